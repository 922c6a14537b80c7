# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL

WEEKDAYS = [
    ("0", "Monday"),
    ("1", "Tuesday"),
    ("2", "Wednesday"),
    ("3", "Thursday"),
    ("4", "Friday"),
    ("5", "Saturday"),
    ("6", "Sunday"),
]
# How far ahead the public form offers collection slots, and from when (a round is
# planned the day before).
OFFER_DAYS = 21
FIRST_DAY = 1


class SectoralCollectionSlot(models.Model):
    """A round a site runs each week, and how many stops it takes: the public form
    offers its dates to people who give, until it is full."""

    _name = "sectoral.collection.slot"
    _description = "Weekly collection slot of a site"
    _order = "warehouse_id, weekday, period"

    warehouse_id = fields.Many2one(
        "stock.warehouse",
        "Site",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('is_reuse_site', '=', True)]",
    )
    company_id = fields.Many2one(related="warehouse_id.company_id", store=True)
    weekday = fields.Selection(WEEKDAYS, required=True)
    period = fields.Selection(
        [("morning", "Morning"), ("afternoon", "Afternoon")],
        required=True,
        default="morning",
    )
    capacity = fields.Integer(
        "Stops", required=True, default=6, help="How many collections the round takes."
    )
    active = fields.Boolean(default=True)

    _capacity_positive = models.Constraint(
        "CHECK (capacity > 0)", "A round takes at least one stop."
    )
    _slot_uniq = models.UniqueIndex(
        "(warehouse_id, weekday, period) WHERE active",
        "The site already has this round in its week.",
    )

    def _booked(self, day):
        """Collections already booked on this slot's round of ``day``."""
        self.ensure_one()
        return (
            self.env["sectoral.collection.window"]
            .sudo()
            .search_count(
                [
                    ("capacity_slot_id", "=", self.id),
                    ("date", "=", day),
                    ("request_id.state", "not in", ("cancel", "failed")),
                ]
            )
        )

    @api.model
    def _offer(self, sites, today=None):
        """What the public form offers: ``[(slot, day, places left)]`` for the next
        weeks, full rounds left out."""
        today = today or fields.Date.context_today(self)
        slots = self.sudo().search([("warehouse_id", "in", sites.ids)])
        offer = []
        for offset in range(FIRST_DAY, FIRST_DAY + OFFER_DAYS):
            day = today + timedelta(days=offset)
            for slot in slots.filtered(
                lambda s, day=day: int(s.weekday) == day.weekday()
            ):
                left = slot.capacity - slot._booked(day)
                if left > 0:
                    offer.append((slot, day, left))
        return offer

    def _take(self, day, today=None):
        """Book one place on this slot's round of ``day``, or say why not: at once
        for one request only (two visitors on the last place: one is told)."""
        self.ensure_one()
        today = today or fields.Date.context_today(self)
        if not (
            today + timedelta(days=FIRST_DAY)
            <= day
            <= today + timedelta(days=FIRST_DAY + OFFER_DAYS - 1)
            and day.weekday() == int(self.weekday)
            and self.active
        ):
            raise ValidationError(self.env._("Choose one of the dates offered."))
        # the slot's row is the lock: bookings of one round wait on each other
        self.env.cr.execute(
            SQL(
                "SELECT id FROM sectoral_collection_slot WHERE id = %s FOR UPDATE",
                self.id,
            )
        )
        if self._booked(day) >= self.capacity:
            raise ValidationError(
                self.env._(
                    "The round of %(day)s is full now: choose another date.",
                    day=day.strftime("%d/%m/%Y"),
                )
            )

# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import AccessError, ConcurrencyError, UserError, ValidationError

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step


class SectoralIntakeTablet(models.AbstractModel):
    """The server side of the intake tablet: what it shows, and a whole intake sent in
    one call, checked field by field and recorded once whatever the network does."""

    _name = "sectoral.intake.tablet"
    _description = "Intake tablet"

    @api.model
    def load(self):
        """Everything the intake tablet shows, in the user's language, in one call."""
        company = self.env.company
        domain = [("company_id", "in", [False, company.id])]
        return {
            "streams": self.env["sectoral.stream"]._tablet_tiles(company),
            "containers": [
                {"id": c.id, "name": c.name, "icon": c.icon or "", "tare_kg": c.tare_kg}
                for c in self.env["sectoral.container"].search(domain)
            ],
            "channels": [
                {"id": c.id, "name": c.name, "code": c.code, "icon": c.icon or ""}
                for c in self.env["sectoral.channel"].search(domain)
            ],
            "sites": [
                {"id": w.id, "name": w.name, "max_kg": w.reuse_max_weighing_kg}
                for w in self.env["stock.warehouse"]._sectoral_tablet_sites(company)
            ],
            "rounds": self._rounds(company),
        }

    @api.model
    def _rounds(self, company):
        """Today's planned rounds and their stops, for a driver unloading."""
        rounds = (
            self.env["sectoral.round"]
            .sudo()
            .search(
                [
                    ("company_id", "=", company.id),
                    ("state", "=", "confirmed"),
                    ("date", "=", fields.Date.context_today(self)),
                ]
            )
        )
        return [
            {
                "id": one.id,
                "name": one.name,
                "site_id": one.warehouse_id.id,
                "stops": [
                    {
                        "id": stop.id,
                        "sequence": stop.sequence,
                        "who": stop.partner_id.name
                        or stop.request_id.contact_name
                        or stop.address
                        or "",
                        "address": stop.address or "",
                        "done": stop.outcome != "pending",
                        "partner_id": stop.partner_id.id,
                        "channel_id": stop.request_id.channel_id.id,
                    }
                    for stop in one.stop_ids.sorted("sequence")
                ],
            }
            for one in rounds
        ]

    # --- donors: found or created by the operator, without contact rights ---------
    @api.model
    def find_donors(self, query):
        """Donors whose name, phone or card number match ``query`` (8 at most)."""
        self._check_operator()
        if not isinstance(query, str) or len(query.strip()) < 2:
            return []
        query = query.strip()[:64]
        partners = (
            self.env["res.partner"]
            .sudo()
            .search(
                [
                    ("company_id", "in", [False, self.env.company.id]),
                    ("type", "=", "contact"),
                    ("is_company", "=", False),
                    "|",
                    "|",
                    ("name", "ilike", query),
                    ("phone", "ilike", query),
                    ("barcode", "=", query),
                ],
                limit=8,
                order="name",
            )
        )
        return [self._donor(partner) for partner in partners]

    @api.model
    def create_donor(self, values):
        """A new donor from the fewest fields: ``{name, zip?, phone?, consent?}``."""
        self._check_operator()
        if not isinstance(values, dict):
            raise ValidationError(self.env._("The tablet sent nothing readable."))
        name = values.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValidationError(self.env._("Type the donor's name."))
        texts = {}
        for key, label, size in (
            ("name", self.env._("the name"), 128),
            ("zip", self.env._("the postcode"), 16),
            ("phone", self.env._("the phone number"), 32),
        ):
            value = values.get(key) or ""
            if not isinstance(value, str) or len(value.strip()) > size:
                raise ValidationError(
                    self.env._("The tablet sent %(field)s unreadable.", field=label)
                )
            texts[key] = value.strip()
        # sent again (a double tap, an answer lost on the way): the donor this operator
        # just added, not a second one
        Partner = self.env["res.partner"].sudo()
        existing = Partner.search(
            [
                ("name", "=", texts["name"]),
                ("zip", "=", texts["zip"] or False),
                ("company_id", "=", self.env.company.id),
                ("create_uid", "=", self.env.uid),
                (
                    "create_date",
                    ">=",
                    fields.Datetime.subtract(fields.Datetime.now(), hours=1),
                ),
            ],
            limit=1,
        )
        if existing:
            return self._donor(existing)
        partner = Partner.create(
            {
                "name": texts["name"],
                "zip": texts["zip"] or False,
                "phone": texts["phone"] or False,
                "company_id": self.env.company.id,
                "sectoral_contact_consent": bool(values.get("consent")),
            }
        )
        return self._donor(partner)

    @api.model
    def _donor(self, partner):
        return {
            "id": partner.id,
            "name": partner.name,
            "zip": partner.zip or "",
            "city": partner.city or "",
        }

    @api.model
    def _check_operator(self):
        if not self.env.user.has_group("sectoral_base.group_intake_operator"):
            raise AccessError(
                self.env._("Only the intake operators find and add donors here.")
            )

    @api.model
    def submit(self, payload):
        """Record a whole intake and validate it, in one transaction.

        ``payload``: ``{client_token, site_id, channel_id, partner_id?, stop_id?,
        weighed_at?, lines: [{stream_id, gross_kg?, tare_kg?, container_id?,
        count?}]}``. A payload whose client_token was already received returns the
        intake recorded the first time (``duplicate: true``): a tablet that lost the
        answer, or sent twice at once, can send again safely."""
        if not isinstance(payload, dict):
            raise ValidationError(self.env._("The tablet sent nothing readable."))
        token = payload.get("client_token")
        if not token or not isinstance(token, str) or len(token) > 64:
            raise ValidationError(
                self.env._("The tablet sent no submission identifier.")
            )
        Intake = self.env["sectoral.intake"]
        company = self.env.company
        existing = Intake.search(
            [("client_token", "=", token), ("company_id", "=", company.id)], limit=1
        )
        if existing:
            return self._result(existing, duplicate=True)
        vals = self._intake_vals(payload, company)
        vals["client_token"] = token
        try:
            with self.env.cr.savepoint(), workflow_step():
                intake = Intake.create(vals)
                intake.flush_recordset()
        except pg_errors.UniqueViolation as error:
            if "client_token" not in str(error):
                raise
            # The same intake, sent twice at the same instant, was recorded by the
            # other request: answer once that one is visible (Odoo replays the call).
            raise ConcurrencyError("intake sent twice at once") from error
        intake.action_validate()
        return self._result(intake, duplicate=False)

    @api.model
    def _intake_vals(self, payload, company):
        Input = self.env["sectoral.input"]
        site = Input._record(
            "stock.warehouse",
            payload.get("site_id", payload.get("warehouse_id")),
            self.env._("the site"),
            company,
        )
        if not site.is_reuse_site:
            raise ValidationError(self.env._("Choose the site where you weigh."))
        channel = Input._record(
            "sectoral.channel",
            payload.get("channel_id"),
            self.env._("the supply channel"),
            company,
        )
        stop = Input._record(
            "sectoral.round.stop",
            payload.get("stop_id"),
            self.env._("the round stop"),
            company,
            required=False,
        )
        if stop and (
            stop.round_id.warehouse_id != site or stop.round_id.state != "confirmed"
        ):
            raise ValidationError(
                self.env._(
                    "%(stop)s is not a stop of a planned round of %(site)s.",
                    stop=stop.display_name,
                    site=site.name,
                )
            )
        partner = Input._record(
            "res.partner",
            payload.get("partner_id"),
            self.env._("the donor"),
            company,
            required=False,
        )
        lines = payload.get("lines")
        if not lines or not isinstance(lines, list):
            raise UserError(self.env._("Weigh at least one thing before validating."))
        return {
            "warehouse_id": site.id,
            "company_id": company.id,
            "channel_id": channel.id,
            "partner_id": (partner or stop.partner_id).id,
            "round_id": stop.round_id.id,
            "stop_id": stop.id,
            "date": self.env["sectoral.input"]._weighed_at(payload.get("weighed_at")),
            "line_ids": [
                fields.Command.create(self._line_vals(line, company, site))
                for line in lines
            ],
        }

    @api.model
    def _line_vals(self, line, company, site):
        Input = self.env["sectoral.input"]
        if not isinstance(line, dict):
            raise ValidationError(
                self.env._("The tablet sent a weighing it cannot read.")
            )
        stream = Input._record(
            "sectoral.stream", line.get("stream_id"), self.env._("the stream"), company
        )
        maximum = site.reuse_max_weighing_kg or None
        vals = {
            "stream_id": stream.id,
            "gross_kg": Input._number(
                line.get("gross_kg"),
                self.env._("the weight"),
                0,
                maximum,
                required=False,
            ),
            "count": int(
                Input._number(
                    line.get("count"),
                    self.env._("the number of items"),
                    0,
                    100000,
                    required=False,
                )
            ),
        }
        # A container's tare comes from its record, never from the tablet's copy.
        container = Input._record(
            "sectoral.container",
            line.get("container_id"),
            self.env._("the container"),
            company,
            required=False,
        )
        if container:
            vals["container_id"] = container.id
        else:
            vals["tare_kg"] = Input._number(
                line.get("tare_kg"), self.env._("the tare"), 0, maximum, required=False
            )
        return vals

    @api.model
    def _result(self, intake, duplicate):
        return {
            "id": intake.id,
            "name": intake.name,
            "total_kg": intake.total_kg,
            "duplicate": duplicate,
        }

# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResPartner(models.Model):
    """Beneficiaries of the solidarity tariff hold a card (its number is the partner's
    barcode, scanned at the till) valid until a date."""

    _inherit = "res.partner"

    # who is a beneficiary is the till's business, not the intake's or the sorting's
    # not copied: a card is a person's, and a copy made by someone outside the tills
    # must not need to read it
    sectoral_beneficiary = fields.Boolean(
        "Solidarity tariff",
        groups="sectoral_base.group_cashier",
        copy=False,
        help="Pays the shop's social tariff on presenting a valid card.",
    )
    sectoral_card_valid_until = fields.Date(
        "Card valid until",
        groups="sectoral_base.group_cashier",
        copy=False,
        help="After this date the card must be renewed: normal prices apply.",
    )

    @api.constrains("sectoral_beneficiary", "barcode")
    def _check_sectoral_card(self):
        # checked whoever writes the barcode (an intake operator reads no status)
        for partner in self.sudo().filtered("sectoral_beneficiary"):
            if not partner.barcode:
                raise ValidationError(
                    self.env._(
                        "%(partner)s needs a card number (the barcode of the card) "
                        "for the solidarity tariff.",
                        partner=partner.display_name,
                    )
                )

    def _sectoral_has_valid_card(self, on_date=None):
        self.ensure_one()
        card = self.sudo()  # the till's server check, whoever its user is
        on_date = on_date or fields.Date.context_today(self)
        return bool(
            card.sectoral_beneficiary
            and card.barcode
            and card.sectoral_card_valid_until
            and card.sectoral_card_valid_until >= on_date
        )

    @api.model
    def _load_pos_data_fields(self, config):
        fields_list = super()._load_pos_data_fields(config)
        if not self.env.user.has_group("sectoral_base.group_cashier"):
            return fields_list  # a till of a shop outside the suite
        return fields_list + ["sectoral_beneficiary", "sectoral_card_valid_until"]

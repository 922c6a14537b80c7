# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class SectoralInsertionTraining(models.Model):
    """A training followed during the pathway: hours, and the certificate if any."""

    _name = "sectoral.insertion.training"
    _description = "Training of an insertion worker"
    _order = "date_start desc, id desc"

    pathway_id = fields.Many2one(
        "sectoral.insertion.pathway", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="pathway_id.company_id", store=True)
    name = fields.Char("Training", required=True)
    provider = fields.Char("Training body")
    date_start = fields.Date("Start", required=True)
    date_end = fields.Date("End")
    hours = fields.Float(required=True)
    certificate = fields.Char(help="The certificate or qualification obtained, if any.")
    certificate_file = fields.Binary(attachment=True)
    certificate_filename = fields.Char()

    _hours_positive = models.Constraint(
        "CHECK (hours > 0)", "A training lasts some hours."
    )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for training in self:
            if training.date_end and training.date_end < training.date_start:
                raise ValidationError(
                    self.env._("A training cannot end before it starts.")
                )

# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models
from odoo.exceptions import AccessError

from .sectoral_workflow import in_workflow_step


class StockMove(models.Model):
    """Every kilogram that moves through the chain says which stream it belongs to, so
    that intake, sorting, shop and reports count by stream from the moves themselves."""

    _inherit = "stock.move"

    sectoral_stream_id = fields.Many2one(
        "sectoral.stream", "Material stream", index="btree_not_null", readonly=True
    )

    def write(self, vals):
        """What a done move counted stays counted: the suite's fields of a done move
        (its stream, intake, donor, sorting session, label...) are written by the
        suite's own workflows only; a client may resend the values it read."""
        traced = [
            name
            for name in vals
            if name.startswith("sectoral_") and name in self._fields
        ]
        if traced and not in_workflow_step():
            for move in self.filtered(lambda move: move.state == "done"):
                for name in traced:
                    field = self._fields[name]
                    if field.convert_to_write(move[name], move) != (
                        vals[name] or False
                    ):
                        raise AccessError(
                            self.env._(
                                "%(field)s of a done stock move is recorded by the "
                                "workflow that made it: correct the document instead "
                                "(intake, sorting session, label).",
                                field=field._description_string(self.env),
                            )
                        )
        return super().write(vals)

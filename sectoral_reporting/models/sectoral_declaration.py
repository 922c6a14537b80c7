# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class SectoralDeclaration(models.AbstractModel):
    """A declaration exported from the impact report as a CSV file (an eco-organism's
    register, the federation's file...). Each declaration is an abstract model
    inheriting this one, in its own file under ``report/``: its code, its name (the
    model's description) and its rows. Installing it adds it to the report's choice."""

    _name = "sectoral.declaration"
    _description = "Declaration of the impact report"
    # the value of the report's "export" field; the base model itself has none
    _declaration_code = None
    _declaration_sequence = 50

    @api.model
    def _declarations(self):
        """The installed declarations by code, in their order."""
        found = [
            self.env[name]
            for name in self.env.registry.descendants([self._name], "_inherit")
            if self.env[name]._declaration_code
        ]
        found.sort(key=lambda model: (model._declaration_sequence, model._name))
        return {model._declaration_code: model for model in found}

    @api.model
    def _selection(self):
        IrModel = self.env["ir.model"]
        return [
            (code, IrModel._get(model._name).name)
            for code, model in self._declarations().items()
        ]

    def _check(self, report):
        """Refuse (UserError) a declaration that cannot be filed for ``report``'s
        period; return the warnings to show with the file."""
        return []

    def _rows(self, report):
        """The declaration of ``report``: (header, rows)."""
        raise NotImplementedError

    @staticmethod
    def _kg(value):
        return f"{value:.1f}"

    @staticmethod
    def _tonnes(kg):
        return f"{kg / 1000:.3f}"

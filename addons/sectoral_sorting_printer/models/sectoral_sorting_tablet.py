# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, models


class SectoralSortingTablet(models.AbstractModel):
    _inherit = "sectoral.sorting.tablet"

    @api.model
    def _send_to_label_printer(self, labels):
        """Where the label roll's report is set to print on the server (for everybody
        or for this sorter), the labels go to that printer; else the browser prints
        them. A printer that fails says so on the screen."""
        report = self.env.ref("sectoral_sorting.action_report_label_roll")
        behaviour = report.behaviour()
        printer = behaviour.get("printer")
        if behaviour.get("action") != "server" or not printer:
            return super()._send_to_label_printer(labels)
        report.print_document(labels.ids)
        return printer.name

# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models

INSERTION_GROUPS = "sectoral_base.group_insertion_officer,hr.group_hr_manager"


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    insertion_pathway_ids = fields.One2many(
        "sectoral.insertion.pathway",
        "employee_id",
        "Insertion pathways",
        groups=INSERTION_GROUPS,
    )
    insertion_pathway_count = fields.Integer(
        compute="_compute_insertion_pathway_count", groups=INSERTION_GROUPS
    )

    def _compute_insertion_pathway_count(self):
        groups = dict(
            self.env["sectoral.insertion.pathway"]._read_group(
                [("employee_id", "in", self.ids)], ["employee_id"], ["__count"]
            )
        )
        for employee in self:
            employee.insertion_pathway_count = groups.get(employee, 0)

    def action_view_insertion_pathways(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sectoral_insertion.sectoral_insertion_pathway_action"
        )
        action["domain"] = [("employee_id", "=", self.id)]
        action["context"] = {"default_employee_id": self.id}
        return action

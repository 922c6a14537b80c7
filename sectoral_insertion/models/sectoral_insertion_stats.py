# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models, tools
from odoo.tools import SQL

from .sectoral_insertion_pathway import EXIT_OUTCOMES


class SectoralInsertionStats(models.Model):
    """The pathways without the people: what managers see of insertion (programmes,
    dates, hours, trainings, exits), never a name or a note."""

    _name = "sectoral.insertion.stats"
    _description = "Insertion statistics"
    _auto = False
    _order = "date_start desc"
    _depends = {
        "sectoral.insertion.pathway": [
            "company_id",
            "employee_id",
            "programme_id",
            "date_start",
            "date_planned_end",
            "exit_date",
            "state",
            "exit_outcome",
            "is_dynamic_exit",
            "weekly_hours",
            "training_hours",
        ],
        "sectoral.round": ["date", "state", "work_hours", "crew_ids"],
        "sectoral.sorting.session": ["date", "state", "work_hours", "sorter_ids"],
    }

    company_id = fields.Many2one("res.company", readonly=True)
    programme_id = fields.Many2one("sectoral.insertion.programme", readonly=True)
    date_start = fields.Date("Start", readonly=True)
    exit_date = fields.Date(readonly=True)
    state = fields.Selection(
        [("draft", "Planned"), ("active", "In progress"), ("exited", "Exited")],
        readonly=True,
    )
    exit_outcome = fields.Selection(EXIT_OUTCOMES, "Outcome", readonly=True)
    is_dynamic_exit = fields.Boolean("Dynamic exit", readonly=True)
    weekly_hours = fields.Float(readonly=True, aggregator="sum")
    training_hours = fields.Float(readonly=True, aggregator="sum")
    floor_hours = fields.Float("Hours on the floor", readonly=True, aggregator="sum")
    pathway_count = fields.Integer("Pathways", readonly=True, aggregator="sum")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE VIEW %s AS (
                    SELECT p.id, p.company_id, p.programme_id, p.date_start,
                           p.exit_date, p.state, p.exit_outcome, p.is_dynamic_exit,
                           p.weekly_hours, p.training_hours, 1 AS pathway_count,
                           COALESCE((
                               SELECT sum(h.hours)
                                 FROM sectoral_insertion_floor_hours h
                                WHERE h.employee_id = p.employee_id
                                  AND h.date >= p.date_start
                                  AND h.date <= COALESCE(p.exit_date,
                                                         p.date_planned_end,
                                                         'infinity'::date)
                           ), 0) AS floor_hours
                      FROM sectoral_insertion_pathway p
                )
                """,
                SQL.identifier(self._table),
            )
        )

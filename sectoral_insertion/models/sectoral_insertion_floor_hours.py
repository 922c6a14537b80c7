# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models, tools
from odoo.tools import SQL


class SectoralInsertionFloorHours(models.Model):
    """Hours on production tasks, read from where the work is already recorded: the
    crew of each collection round done and the sorters of each sorting session
    closed, each for the document's working time. No second entry."""

    _name = "sectoral.insertion.floor.hours"
    _description = "Hours on production tasks"
    _auto = False
    _order = "date desc"
    # what the view reads: flushed before it is searched
    _depends = {
        "sectoral.round": [
            "company_id",
            "warehouse_id",
            "date",
            "state",
            "work_hours",
            "crew_ids",
        ],
        "sectoral.sorting.session": [
            "company_id",
            "warehouse_id",
            "date",
            "state",
            "work_hours",
            "sorter_ids",
        ],
    }

    employee_id = fields.Many2one("hr.employee", "Worker", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    warehouse_id = fields.Many2one("stock.warehouse", "Site", readonly=True)
    date = fields.Date(readonly=True)
    task = fields.Selection(
        [("round", "Collection round"), ("sorting", "Sorting")], readonly=True
    )
    hours = fields.Float(readonly=True, aggregator="sum")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE VIEW %s AS (
                    -- ids made from the source rows (no window function), so that
                    -- filters on a worker and dates reach the tables' indexes
                    SELECT * FROM (
                        SELECT (r.id::bigint * 4194304 + crew.hr_employee_id) * 2
                                   AS id,
                               crew.hr_employee_id AS employee_id,
                               r.company_id, r.warehouse_id, r.date,
                               'round' AS task, r.work_hours AS hours
                          FROM sectoral_round r
                          JOIN hr_employee_sectoral_round_rel crew
                            ON crew.sectoral_round_id = r.id
                         WHERE r.state = 'done' AND r.work_hours > 0
                        UNION ALL
                        SELECT (s.id::bigint * 4194304 + sorter.hr_employee_id) * 2
                                   + 1,
                               sorter.hr_employee_id,
                               s.company_id, s.warehouse_id, s.date,
                               'sorting', s.work_hours
                          FROM sectoral_sorting_session s
                          JOIN hr_employee_sectoral_sorting_session_rel sorter
                            ON sorter.sectoral_sorting_session_id = s.id
                         WHERE s.state = 'done' AND s.work_hours > 0
                    ) hours
                )
                """,
                SQL.identifier(self._table),
            )
        )

# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import api, fields, models, tools
from odoo.exceptions import AccessError
from odoo.tools import SQL

from .sectoral_insertion_pathway import EXIT_OUTCOMES

# A group of fewer people than this is not shown to those who may not read the
# pathways: a manager could recognise a worker in it.
MIN_GROUP_SIZE = 5


class SectoralInsertionStats(models.Model):
    """The pathways without the people: what managers see of insertion (programmes,
    dates, hours, trainings, exits), never a name or a note. Those who may not read
    the pathways (the suite's managers) get grouped figures only, and no group of
    fewer than five pathways."""

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

    # --- grouped figures only, without small groups, for those who see no one --------
    def _sees_people(self):
        return self.env.su or self.env["sectoral.insertion.pathway"].has_access("read")

    def _check_rows_readable(self):
        if not self._sees_people():
            raise AccessError(
                self.env._(
                    "Insertion statistics are read grouped (pivot and graph), never "
                    "row by row."
                )
            )

    def read(self, fields=None, load="_classic_read"):
        self._check_rows_readable()
        return super().read(fields, load=load)

    def fetch(self, field_names=None):
        self._check_rows_readable()
        return super().fetch(field_names)

    @api.model
    def search_fetch(self, domain, field_names=None, offset=0, limit=None, order=None):
        if field_names is None or field_names:  # ids alone tell nothing
            self._check_rows_readable()
        return super().search_fetch(domain, field_names, offset, limit, order)

    @api.model
    def _read_group(
        self,
        domain,
        groupby=(),
        aggregates=(),
        having=(),
        offset=0,
        limit=None,
        order=None,
    ):
        if self._sees_people():
            return super()._read_group(
                domain, groupby, aggregates, having, offset, limit, order
            )
        rows = super()._read_group(
            domain, groupby, (*aggregates, "__count"), having, offset, limit, order
        )
        return self._without_small_groups(rows, len(groupby), len(aggregates))

    @api.model
    def _read_grouping_sets(self, domain, grouping_sets, aggregates=(), order=None):
        if self._sees_people():
            return super()._read_grouping_sets(domain, grouping_sets, aggregates, order)
        results = super()._read_grouping_sets(
            domain, grouping_sets, (*aggregates, "__count"), order
        )
        return [
            self._without_small_groups(rows, len(groupby), len(aggregates))
            for groupby, rows in zip(grouping_sets, results, strict=True)
        ]

    @api.model
    def _without_small_groups(self, rows, group_count, aggregate_count):
        """The rows of groups of at least MIN_GROUP_SIZE pathways, without the count
        added to know it; the overall figures (no grouping) are always given."""
        return [
            row[: group_count + aggregate_count]
            for row in rows
            if not group_count or row[group_count + aggregate_count] >= MIN_GROUP_SIZE
        ]

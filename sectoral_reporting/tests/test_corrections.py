# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from collections import defaultdict

from odoo.tests import tagged

from odoo.addons.sectoral_sorting.tests.test_sorting import SortingCase


@tagged("post_install", "-at_install")
class TestCorrectionsInTheFigures(SortingCase):
    """A corrected intake or sorting session is netted out of the impact figures: its
    reversal counts against it, at the same site."""

    def _flows(self):
        rows = self.env["sectoral.report.flow"]._grouped(
            "2000-01-01", "2100-01-01", self.env.company.ids, self.site.ids
        )
        kg = defaultdict(float)
        for flow, stream_id, _channel, destination, _estimated, total, _amount in rows:
            kg[flow, stream_id, destination] += total
        return kg

    def test_reversed_documents_net_out(self):
        intake = self._receive(self.textiles, 60)
        session = self._session(
            [(self.textiles, 50)],
            [(self.textiles, self.reuse, 30), (self.textiles, self.recycling, 20)],
        )
        session.action_close()
        flows = self._flows()
        self.assertAlmostEqual(flows["inbound", self.textiles.id, None], 60)
        self.assertAlmostEqual(flows["outbound", self.textiles.id, "reuse"], 30)

        session.with_user(self.manager).action_reverse("wrong pile")
        flows = self._flows()
        self.assertAlmostEqual(flows["outbound", self.textiles.id, "reuse"], 0)
        self.assertAlmostEqual(flows["outbound", self.textiles.id, "recycling"], 0)

        intake.with_user(self.manager).action_reverse("weighed twice")
        self.assertAlmostEqual(self._flows()["inbound", self.textiles.id, None], 0)

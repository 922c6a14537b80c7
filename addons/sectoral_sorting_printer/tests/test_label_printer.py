# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from unittest.mock import patch

from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.sectoral_sorting.tests.test_sorting import SortingCase


@tagged("post_install", "-at_install")
class TestLabelPrinter(SortingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.printer = cls.env["printing.printer"].create(
            {"name": "Zebra sorting", "system_name": "zebra_sorting"}
        )
        cls.roll = cls.env.ref("sectoral_sorting.action_report_label_roll")
        cls.Tablet = cls.env["sectoral.sorting.tablet"].with_user(cls.sorter)

    def _label(self):
        self._receive(self.textiles, 5)
        tablet = self.Tablet
        tablet.add({"site_id": self.site.id, "kind": "input"} | self._stream(5))
        line = tablet.add(
            {"site_id": self.site.id, "kind": "label", "price": 4} | self._stream(2)
        )["line"]
        return self.env["sectoral.label"].browse(line["id"])

    def _stream(self, kg):
        return {"stream_id": self.textiles.id, "kg": kg}

    def _send_to_printer(self):
        self.roll.write(
            {
                "property_printing_action_id": self.env.ref(
                    "base_report_to_printer.printing_action_1"
                ).id,
                "printing_printer_id": self.printer.id,
            }
        )

    def test_labels_go_to_the_label_printer(self):
        self._send_to_printer()
        label = self._label()
        with patch.object(
            type(self.env["printing.printer"]), "print_file", autospec=True
        ) as print_file:
            answer = self.Tablet.print_labels(label.ids)
        self.assertEqual(answer, {"printer": "Zebra sorting"})
        print_file.assert_called_once()
        printer, _file_name = print_file.call_args.args
        self.assertEqual(printer, self.printer)
        self.assertEqual(print_file.call_args.kwargs["res_ids"], label.ids)

    def test_without_a_printer_the_browser_prints(self):
        label = self._label()
        with patch.object(
            type(self.env["printing.printer"]), "print_file", autospec=True
        ) as print_file:
            answer = self.Tablet.print_labels(label.ids)
        self.assertEqual(answer, {"printer": False})
        print_file.assert_not_called()

    def test_a_failing_printer_says_so(self):
        self._send_to_printer()
        label = self._label()
        with (
            patch.object(
                type(self.env["printing.printer"]),
                "print_file",
                side_effect=OSError("printer offline"),
            ),
            self.assertRaisesRegex(UserError, "printer offline"),
        ):
            self.Tablet.print_labels(label.ids)

# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .test_sorting import SortingCase


@tagged("post_install", "-at_install")
class TestOutbound(SortingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.recycler = cls.env["res.partner"].create({"name": "Recyclage Textile SA"})
        cls.waste_company = cls.env["res.partner"].create({"name": "Déchets Services"})

    def _sorted(self):
        self._receive(self.textiles, 500)  # the test site weighs 500 kg at most
        self._receive(self.textiles, 500)
        self._session(
            [(self.textiles, 500), (self.textiles, 500)],
            [
                (self.textiles, self.recycling, 400),
                (self.textiles, self.recycling, 400),
                (self.textiles, self.disposal, 195),
            ],
        ).action_close()

    def _outbound(self, kind, partner, kg, **vals):
        return self.env["sectoral.outbound"].create(
            {
                "warehouse_id": self.site.id,
                "kind": kind,
                "partner_id": partner.id,
                "line_ids": [Command.create({"stream_id": self.textiles.id, "kg": kg})],
                **vals,
            }
        )

    def test_recyclables_sold_by_the_tonne(self):
        self._sorted()
        outbound = self._outbound(
            "recycling_sale", self.recycler, 600, price_per_tonne=120
        )
        self.assertAlmostEqual(outbound.amount, 72.0)
        outbound.action_ship()
        self.assertEqual(outbound.picking_id.state, "done")
        self.assertEqual(
            outbound.picking_id.location_id, self.site.reuse_recycling_location_id
        )
        self.assertAlmostEqual(
            self._quant_kg(self.textiles, self.site.reuse_recycling_location_id), 200
        )
        invoice = outbound.invoice_id
        self.assertEqual(invoice.move_type, "out_invoice")
        self.assertEqual(invoice.partner_id, self.recycler)
        self.assertAlmostEqual(invoice.amount_untaxed, 72.0)
        self.assertEqual(
            outbound.picking_id.move_ids.sectoral_destination_id, self.recycling
        )

    def test_goods_of_the_shop_sold_on_or_given_away(self):
        """Goods that leave the shop floor to be used again: sold on to another reuse
        operator (invoiced when priced) or given away (never invoiced)."""
        self._receive(self.textiles, 300)
        self._session(
            [(self.textiles, 300)],
            [(self.textiles, self.reuse, 250), (self.textiles, self.recycling, 50)],
        ).action_close()
        shop = self.site.reuse_shop_location_id
        operator = self.env["res.partner"].create({"name": "Friperie solidaire"})
        sale = self._outbound("reuse_sale", operator, 100, price_per_tonne=300)
        sale.action_ship()
        self.assertEqual(sale.picking_id.location_id, shop)
        self.assertEqual(sale.picking_id.move_ids.sectoral_destination_id, self.reuse)
        self.assertEqual(sale.invoice_id.move_type, "out_invoice")
        self.assertAlmostEqual(sale.invoice_id.amount_untaxed, 30.0)
        gift = self._outbound("giveaway", operator, 40)
        gift.action_ship()
        self.assertFalse(gift.invoice_id)
        self.assertEqual(gift.picking_id.move_ids.sectoral_destination_id, self.reuse)
        self.assertAlmostEqual(self._quant_kg(self.textiles, shop), 250 - 100 - 40)
        with self.assertRaises(UserError):
            self._outbound("giveaway", operator, 200).action_ship()

    def test_handover_needs_the_weighbridge_ticket(self):
        self._sorted()
        outbound = self._outbound("rep_handover", self.recycler, 800)
        with self.assertRaisesRegex(UserError, "weighbridge"):
            outbound.action_ship()
        outbound.weighbridge_ref = "PB-2026-0042"
        outbound.action_ship()
        self.assertFalse(outbound.invoice_id, "declared, not invoiced")
        self.assertAlmostEqual(
            self._quant_kg(self.textiles, self.site.reuse_recycling_location_id), 0
        )

    def test_disposal_cost_is_a_vendor_bill(self):
        self._sorted()
        outbound = self._outbound(
            "disposal", self.waste_company, 195, price_per_tonne=180
        )
        self.assertEqual(outbound.line_ids.destination_id, self.disposal)
        outbound.action_ship()
        self.assertEqual(
            outbound.picking_id.location_id, self.site.reuse_waste_location_id
        )
        self.assertEqual(outbound.invoice_id.move_type, "in_invoice")
        self.assertAlmostEqual(outbound.invoice_id.amount_untaxed, 35.1)

    def test_cannot_ship_more_than_the_pile(self):
        self._sorted()
        outbound = self._outbound(
            "recycling_sale", self.recycler, 900, price_per_tonne=100
        )
        with self.assertRaisesRegex(UserError, "Only 800"):
            outbound.action_ship()
        self.assertEqual(outbound.state, "draft")
        self.assertFalse(outbound.picking_id)

    def test_sale_needs_a_price_and_shipped_is_frozen(self):
        self._sorted()
        outbound = self._outbound("recycling_sale", self.recycler, 100)
        with self.assertRaisesRegex(UserError, "price per tonne"):
            outbound.action_ship()
        outbound.price_per_tonne = 90
        outbound.action_ship()
        with self.assertRaises(UserError):
            outbound.line_ids.kg = 50
        with self.assertRaises(UserError):
            outbound.partner_id = self.waste_company

    def test_zero_weight_refused(self):
        with (
            self.assertRaisesRegex(ValidationError, "above zero"),
            self.env.cr.savepoint(),
        ):
            self._outbound("disposal", self.waste_company, 0)

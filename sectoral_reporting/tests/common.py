# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date, datetime

from odoo import Command

from odoo.addons.account.tests.common import AccountTestInvoicingHttpCommon


class ImpactCase(AccountTestInvoicingHttpCommon):
    """Two years of a small reuse enterprise (A, with its books) and of a second
    member of the federation (B), written through the suite's own flows (intake,
    sorting, goods leaving the shop and the workshop) and dated after the fact.

    Every figure the tests expect is worked out by hand from the numbers below. An
    HTTP case: the board PDF's renderer reads the report's styles from the server,
    which then shares the test's transaction."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        env.user.group_ids += env.ref("sectoral_base.group_manager")
        cls.company_a = env.company
        cls.company_b = env["res.company"].create({"name": "Ressourcerie B"})
        env.user.company_ids += cls.company_b
        cls.env = env = env(
            context=dict(
                env.context, allowed_company_ids=[cls.company_a.id, cls.company_b.id]
            )
        )
        cls.site_a = env["stock.warehouse"].create(
            {"name": "Site A", "code": "SA", "reuse_population": 100000}
        )
        cls.site_a.action_setup_reuse_site()
        cls.site_b = env["stock.warehouse"].create(
            {
                "name": "Site B",
                "code": "SB",
                "company_id": cls.company_b.id,
                "reuse_population": 50000,
            }
        )
        cls.site_b.action_setup_reuse_site()
        cls.textiles = env.ref("sectoral_base.stream_textiles")
        cls.books = env.ref("sectoral_base.stream_books_media")
        cls.seating = env.ref("sectoral_base.stream_furniture_seating")
        # CO2e: textiles per kg, books per item (of half a kilo), seating without
        cls.textiles.write({"co2_basis": "kg", "co2_factor": 6.0})
        cls.books.write({"avg_weight_kg": 0.5, "co2_basis": "unit", "co2_factor": 2.0})
        cls.seating.write({"avg_weight_kg": 12, "co2_basis": False})
        cls.appliances = env.ref("sectoral_base.stream_eee_small")
        cls.drop_off = env.ref("sectoral_base.channel_drop_off")
        cls.door = env.ref("sectoral_base.channel_door_to_door")
        cls.reuse = env.ref("sectoral_base.destination_reuse")
        cls.repair = env.ref("sectoral_base.destination_repair")
        cls.recycling = env.ref("sectoral_base.destination_recycling")
        cls.disposal = env.ref("sectoral_base.destination_disposal")
        cls.operator = env["res.partner"].create({"name": "Friperie solidaire"})
        cls._flows()
        cls._exits()
        cls._books_of_a()

    # --- helpers -----------------------------------------------------------------
    @classmethod
    def _date_moves(cls, moves, day):
        cls.env.flush_all()
        cls.env.cr.execute(
            "UPDATE stock_move SET date = %s WHERE id = ANY(%s)",
            (datetime.combine(day, datetime.min.time().replace(hour=10)), moves.ids),
        )
        cls.env.invalidate_all()

    @classmethod
    def _intake(cls, site, day, channel, lines):
        intake = cls.env["sectoral.intake"].create(
            {
                "company_id": site.company_id.id,
                "warehouse_id": site.id,
                "channel_id": channel.id,
                "date": datetime.combine(day, datetime.min.time()),
                "line_ids": [Command.create(line) for line in lines],
            }
        )
        intake.action_validate()
        cls._date_moves(intake.picking_id.move_ids, day)
        return intake

    @classmethod
    def _sort(cls, site, day, stream, kg, outputs):
        session = cls.env["sectoral.sorting.session"].create(
            {
                "company_id": site.company_id.id,
                "warehouse_id": site.id,
                "date": day,
                "input_ids": [Command.create({"stream_id": stream.id, "kg": kg})],
                "output_ids": [
                    Command.create(
                        {"stream_id": stream.id, "destination_id": d.id, "kg": out}
                    )
                    for d, out in outputs
                ],
            }
        )
        session.action_close()
        cls._date_moves(session.move_ids, day)
        return session

    # --- the fixture ---------------------------------------------------------------
    @classmethod
    def _flows(cls):
        env = cls.env
        a, b = cls.site_a, cls.site_b
        # A, 2024 (the previous period)
        cls._intake(
            a,
            date(2024, 5, 1),
            cls.drop_off,
            [{"stream_id": cls.textiles.id, "gross_kg": 400}],
        )
        cls._sort(
            a,
            date(2024, 5, 2),
            cls.textiles,
            400,
            [(cls.reuse, 120), (cls.recycling, 260), (cls.disposal, 20)],
        )
        # A, 2025
        cls._intake(
            a,
            date(2025, 2, 10),
            cls.drop_off,
            [
                {"stream_id": cls.textiles.id, "gross_kg": 500},
                {"stream_id": cls.books.id, "gross_kg": 200},
            ],
        )
        cls._intake(
            a,
            date(2025, 6, 15),
            cls.door,
            [
                {"stream_id": cls.seating.id, "count": 5},  # 5 chairs, counted
                {"stream_id": cls.textiles.id, "gross_kg": 300},
            ],
        )
        cls._intake(
            a,
            date(2025, 9, 1),
            cls.drop_off,
            [{"stream_id": cls.appliances.id, "gross_kg": 40}],
        )
        cls._sort(
            a,
            date(2025, 3, 1),
            cls.textiles,
            500,
            [(cls.reuse, 200), (cls.recycling, 250), (cls.disposal, 40)],
        )
        cls._sort(
            a, date(2025, 7, 1), cls.books, 200, [(cls.reuse, 150), (cls.recycling, 50)]
        )
        cls._sort(
            a, date(2025, 7, 2), cls.seating, 60, [(cls.reuse, 48), (cls.repair, 12)]
        )
        cls._sort(
            a,
            date(2025, 9, 2),
            cls.appliances,
            40,
            [(cls.repair, 10), (cls.recycling, 30)],
        )
        # the toaster cannot be repaired: the workshop sends it to recycling (what a
        # repair order closed as not repairable does)
        failed = env["stock.move"].create(
            {
                "product_id": cls.appliances.product_id.id,
                "product_uom": cls.appliances.product_id.uom_id.id,
                "product_uom_qty": 10,
                "location_id": a.reuse_workshop_location_id.id,
                "location_dest_id": a.reuse_recycling_location_id.id,
                "sectoral_stream_id": cls.appliances.id,
                "sectoral_destination_id": cls.recycling.id,
            }
        )
        failed._action_confirm()
        failed.quantity = 10
        failed.picked = True
        failed._action_done()
        cls._date_moves(failed, date(2025, 10, 1))
        # B, 2025
        cls._intake(
            b,
            date(2025, 3, 3),
            cls.drop_off,
            [{"stream_id": cls.books.id, "gross_kg": 100}],
        )
        cls._sort(
            b, date(2025, 3, 4), cls.books, 100, [(cls.reuse, 80), (cls.disposal, 20)]
        )

    @classmethod
    def _ship(cls, site, day, kind, stream, kg, **vals):
        outbound = cls.env["sectoral.outbound"].create(
            {
                "company_id": site.company_id.id,
                "warehouse_id": site.id,
                "kind": kind,
                "partner_id": cls.operator.id,
                "date": day,
                "line_ids": [Command.create({"stream_id": stream.id, "kg": kg})],
                **vals,
            }
        )
        outbound.action_ship()
        cls._date_moves(outbound.picking_id.move_ids, day)
        return outbound

    @classmethod
    def _exits(cls):
        """What left to be used again: given away, sold on to another reuse operator,
        a repaired chair delivered from the workshop, and a return."""
        env = cls.env
        a, b = cls.site_a, cls.site_b
        cls._ship(a, date(2024, 6, 1), "giveaway", cls.textiles, 20)
        cls._ship(a, date(2025, 4, 10), "giveaway", cls.textiles, 50)
        cls._ship(a, date(2025, 8, 1), "reuse_sale", cls.books, 100, price_per_tonne=30)
        cls._ship(a, date(2025, 7, 10), "giveaway", cls.seating, 10)
        repaired = env["stock.move"].create(
            {
                "product_id": cls.seating.product_id.id,
                "product_uom": cls.seating.product_id.uom_id.id,
                "product_uom_qty": 6,
                "location_id": a.reuse_workshop_location_id.id,
                "location_dest_id": env.ref("stock.stock_location_customers").id,
                "sectoral_stream_id": cls.seating.id,
            }
        )
        repaired._action_confirm()
        repaired.quantity = 6
        repaired.picked = True
        repaired._action_done()
        cls._date_moves(repaired, date(2025, 11, 1))
        # B sells 60 kg of books on, 10 kg come back
        sale = cls._ship(b, date(2025, 5, 5), "reuse_sale", cls.books, 60)
        wizard = (
            env["stock.return.picking"]
            .with_context(active_id=sale.picking_id.id, active_model="stock.picking")
            .create({"picking_id": sale.picking_id.id})
        )
        wizard.product_return_moves.quantity = 10
        returned = wizard._create_return()
        returned.move_ids.quantity = 10
        returned.move_ids.picked = True
        returned._action_done()
        cls._date_moves(returned.move_ids, date(2025, 5, 20))

    @classmethod
    def _books_of_a(cls):
        env = cls.env
        recycler = env["res.partner"].create({"name": "Recycleur"})
        invoice = env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": recycler.id,
                "invoice_date": date(2025, 5, 1),
                "invoice_line_ids": [
                    Command.create(
                        {"name": "Textiles", "price_unit": 120, "tax_ids": []}
                    )
                ],
            }
        )
        invoice.action_post()
        other_income = env["account.account"].create(
            {
                "code": "759099",
                "name": "Produits divers",
                "account_type": "income_other",
            }
        )
        misc = env["account.move"].create(
            {
                "journal_id": cls.company_data["default_journal_misc"].id,
                "date": date(2025, 11, 15),
                "line_ids": [
                    Command.create(
                        {"account_id": other_income.id, "credit": 75, "name": "Divers"}
                    ),
                    Command.create(
                        {
                            "account_id": cls.company_data[
                                "default_journal_cash"
                            ].default_account_id.id,
                            "debit": 75,
                            "name": "Caisse",
                        }
                    ),
                ],
            }
        )
        misc.action_post()

    def _report(self, **vals):
        return self.env["sectoral.impact.report"].create(
            {
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
                "company_ids": [Command.set((self.company_a | self.company_b).ids)],
                **vals,
            }
        )

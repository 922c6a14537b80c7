# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from datetime import date, datetime

from odoo import Command

from odoo.addons.sectoral_pos.tests.common import ShopCase


class ImpactCase(ShopCase):
    """Two years of a small reuse enterprise (A, with its shop, books and payroll of
    subsidies) and of a second member of the federation (B, with its workers in
    insertion), written through the suite's own flows and dated after the fact.

    Every figure the tests expect is worked out by hand from the numbers below."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.company_a = env.company
        cls.company_b = env["res.company"].create({"name": "Ressourcerie B"})
        env.user.company_ids += cls.company_b
        # the fixture hires workers and follows their insertion
        env.user.group_ids += env.ref("hr.group_hr_manager")
        cls.env = env = env(
            context=dict(
                env.context, allowed_company_ids=[cls.company_a.id, cls.company_b.id]
            )
        )
        cls.site_a = cls.site
        cls.site_a.reuse_population = 100000
        cls.site_b = env["stock.warehouse"].create(
            {
                "name": "Site B",
                "code": "SB",
                "company_id": cls.company_b.id,
                "reuse_population": 50000,
            }
        )
        cls.site_b.action_setup_reuse_site()
        cls.books = env.ref("sectoral_base.stream_books_media")
        cls.seating = env.ref("sectoral_base.stream_furniture_seating")
        cls.seating.avg_weight_kg = 12
        cls.appliances = env.ref("sectoral_base.stream_eee_small")
        cls.drop_off = env.ref("sectoral_base.channel_drop_off")
        cls.door = env.ref("sectoral_base.channel_door_to_door")
        cls.reuse = env.ref("sectoral_base.destination_reuse")
        cls.repair = env.ref("sectoral_base.destination_repair")
        cls.recycling = env.ref("sectoral_base.destination_recycling")
        cls.disposal = env.ref("sectoral_base.destination_disposal")
        cls._flows()
        cls._sales()
        cls._books_of_a()
        cls._workers_of_b()

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
    def _sales(cls):
        cls.config.with_user(cls.cashier).open_ui()
        session = cls.config.current_session_id
        Order = cls.env["pos.order"]
        Order.sync_from_ui(
            [
                cls._ui_order(
                    cls,
                    session,
                    [
                        {
                            "product": cls.textiles.product_id,
                            "qty": 1,
                            "price_unit": 18,
                            "label": cls.coat,
                        },
                        {
                            "product": cls.textiles.product_id,
                            "qty": 2.5,
                            "price_unit": 4,
                        },
                    ],
                    date_order="2025-04-01 11:00:00",
                ),
                cls._ui_order(
                    cls,
                    session,
                    [{"product": cls.cup, "qty": 2, "price_unit": 1}],
                    date_order="2025-08-01 15:00:00",
                ),
            ]
        )

    @classmethod
    def _books_of_a(cls):
        env = cls.env
        revenue = cls.company_data["default_account_revenue"]
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
        # the closing entry of a till, in its journal: sales and donations
        till_entry = env["account.move"].create(
            {
                "journal_id": cls.config.journal_id.id,
                "date": date(2025, 12, 31),
                "line_ids": [
                    Command.create(
                        {"account_id": revenue.id, "credit": 30, "name": "Ventes"}
                    ),
                    Command.create(
                        {
                            "account_id": cls.donation_account.id,
                            "credit": 2,
                            "name": "Dons",
                        }
                    ),
                    Command.create(
                        {
                            "account_id": cls.cash.journal_id.default_account_id.id,
                            "debit": 32,
                            "name": "Caisse",
                        }
                    ),
                ],
            }
        )
        till_entry.action_post()
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
                            "account_id": cls.cash.journal_id.default_account_id.id,
                            "debit": 75,
                            "name": "Caisse",
                        }
                    ),
                ],
            }
        )
        misc.action_post()
        # a subsidy for a worker of A, posted on 30 June 2025
        subsidy_journal = env["account.journal"].create(
            {"name": "Subsides", "type": "general", "code": "SUBS"}
        )
        cls.company_a.write(
            {
                "insertion_subsidy_journal_id": subsidy_journal.id,
                "insertion_subsidy_account_id": env["account.account"]
                .create(
                    {"code": "740099", "name": "Subsides", "account_type": "income"}
                )
                .id,
            }
        )
        plan = env.ref("sectoral_insertion.analytic_plan_insertion")
        analytic = env["account.analytic.account"].create(
            {"name": "Art. 60", "plan_id": plan.id}
        )
        worker = env["hr.employee"].create({"name": "Travailleur A"})
        pathway = env["sectoral.insertion.pathway"].create(
            {
                "employee_id": worker.id,
                "programme_id": env.ref("sectoral_insertion.programme_be_art60").id,
                "funder_id": env["res.partner"].create({"name": "CPAS"}).id,
                "date_start": date(2025, 1, 1),
                "weekly_hours": 38,
            }
        )
        subsidy = env["sectoral.insertion.subsidy"].create(
            {
                "pathway_id": pathway.id,
                "name": "Art. 60",
                "date_from": date(2025, 6, 1),
                "date_to": date(2025, 6, 30),
                "amount": 1850,
                "analytic_account_id": analytic.id,
            }
        )
        subsidy.action_post()

    @classmethod
    def _workers_of_b(cls):
        env = cls.env
        b = cls.company_b
        programme = env.ref("sectoral_insertion.programme_be_art60")
        calendar = env["resource.calendar"].create({"name": "40 h", "company_id": b.id})
        cls.calendar_hours = calendar.hours_per_week

        def worker(name, start, end=False):
            employee = env["hr.employee"].create(
                {"name": name, "company_id": b.id, "resource_calendar_id": calendar.id}
            )
            employee.version_id.write(
                {
                    "contract_date_start": start,
                    "contract_date_end": end,
                    "resource_calendar_id": calendar.id,
                }
            )
            return employee

        worker("Eb1", date(2024, 1, 1))
        eb2 = worker("Eb2", date(2025, 7, 1))
        eb3 = worker("Eb3", date(2024, 3, 1), date(2025, 4, 30))
        eb4 = worker("Eb4", date(2024, 2, 1), date(2024, 10, 31))
        Pathway = env["sectoral.insertion.pathway"]

        def pathway(employee, start, hours, **vals):
            return Pathway.create(
                {
                    "company_id": b.id,
                    "employee_id": employee.id,
                    "programme_id": programme.id,
                    "date_start": start,
                    "weekly_hours": hours,
                    "state": "active",
                    **vals,
                }
            )

        pathway(eb2, date(2025, 7, 1), 26)
        exited = pathway(
            eb3,
            date(2024, 3, 1),
            38,
            training_ids=[
                Command.create(
                    {"name": "Cariste", "date_start": date(2025, 1, 10), "hours": 14}
                ),
                Command.create(
                    {"name": "Tri", "date_start": date(2024, 6, 1), "hours": 20}
                ),
            ],
        )
        exited._exit(date(2025, 4, 30), "hired", "durable")
        pathway(eb4, date(2024, 2, 1), 38)._exit(date(2024, 10, 31), "end", "other")

    def _report(self, **vals):
        return self.env["sectoral.impact.report"].create(
            {
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
                "company_ids": [Command.set((self.company_a | self.company_b).ids)],
                **vals,
            }
        )

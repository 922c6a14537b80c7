# A year of history for the demo ressourcerie, so that its impact dashboard and report
# show months of work: each month, at each site, intakes by several channels, the
# sorting of what came in, goods given away and sold on from the shop, textiles sold to
# a recycler. Everything goes through the suite's own flows (intake, sorting session,
# outgoing shipment), then the documents and their stock moves are dated in their month.
#
# Run by setup/run.sh through `odoo-bin shell` when it creates the demo database; it
# refuses any database that is not a demo one.
import random
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from odoo import Command

# env is given by odoo-bin shell
env = env  # noqa: F821, PLW0127
kind = env["ir.config_parameter"].sudo().get_param("sectoral.database_kind")
if kind == "production" or not env.ref(
    "sectoral_base.company_ressourcerie", raise_if_not_found=False
):
    raise SystemExit("demo_history: not the demo database, nothing done")

env = env(user=env.ref("base.user_admin").id, su=True)
company = env.ref("sectoral_base.company_ressourcerie")
env = env(
    context=dict(env.context, allowed_company_ids=company.ids, tracking_disable=True)
)
rng = random.Random(2026)
ref = env.ref
sites = [ref("sectoral_base.warehouse_charleroi"), ref("sectoral_base.warehouse_namur")]
channels = [
    ref("sectoral_base.channel_drop_off"),
    ref("sectoral_base.channel_door_to_door"),
    ref("sectoral_base.channel_recycling_centre"),
    ref("sectoral_base.channel_clearance"),
]
# stream, kilograms of an intake (low, high), share sorted to the shop, to the workshop
STREAMS = [
    (ref("sectoral_base.stream_textiles"), (60, 220), 0.45, 0.0),
    (ref("sectoral_base.stream_furniture_seating"), (30, 120), 0.55, 0.10),
    (ref("sectoral_base.stream_furniture_storage"), (40, 160), 0.50, 0.05),
    (ref("sectoral_base.stream_books_media"), (20, 90), 0.60, 0.0),
    (ref("sectoral_base.stream_eee_small"), (15, 60), 0.30, 0.20),
    (ref("sectoral_base.stream_household"), (15, 70), 0.55, 0.0),
    (ref("sectoral_base.stream_bikes"), (14, 56), 0.40, 0.30),
]
reuse = ref("sectoral_base.destination_reuse")
repair = ref("sectoral_base.destination_repair")
recycling = ref("sectoral_base.destination_recycling")
disposal = ref("sectoral_base.destination_disposal")
Partner = env["res.partner"]
recycler = Partner.search([("name", "=", "Recytex")], limit=1) or Partner.create(
    {"name": "Recytex", "is_company": True, "company_id": company.id}
)
solidarity = Partner.search(
    [("name", "=", "Épicerie sociale de Marcinelle")], limit=1
) or Partner.create(
    {
        "name": "Épicerie sociale de Marcinelle",
        "is_company": True,
        "company_id": company.id,
    }
)
operator = Partner.search(
    [("name", "=", "Friperie Le Fil")], limit=1
) or Partner.create(
    {"name": "Friperie Le Fil", "is_company": True, "company_id": company.id}
)


def chunks(kg, size=400.0):
    """Kilograms in weighings no site refuses."""
    while kg > 0:
        part = round(min(kg, size), 1)
        yield part
        kg = round(kg - part, 1)


def dated(moves, day):
    env.flush_all()
    env.cr.execute(
        "UPDATE stock_move SET date = %s WHERE id = ANY(%s)",
        (datetime.combine(day, time(10)), moves.ids),
    )
    env.cr.execute(
        "UPDATE stock_move_line SET date = %s WHERE move_id = ANY(%s)",
        (datetime.combine(day, time(10)), moves.ids),
    )
    env.invalidate_all()


first = date.today().replace(day=1) - relativedelta(months=12)
for month in range(12):
    start = first + relativedelta(months=month)
    # more comes in spring and autumn, as in the sector's clearances and moves
    season = 1.0 + 0.35 * (start.month in (3, 4, 5, 9, 10))
    for site in sites:
        received = {}
        for day in (3, 7, 11, 15, 19, 23):
            picked = rng.sample(STREAMS, 3)
            lines = []
            for stream, (low, high), _shop, _workshop in picked:
                kg = round(rng.uniform(low, high) * season, 1)
                lines.append({"stream_id": stream.id, "gross_kg": kg})
                received[stream] = received.get(stream, 0.0) + kg
            when = start + timedelta(days=day - 1)
            intake = env["sectoral.intake"].create(
                {
                    "company_id": company.id,
                    "warehouse_id": site.id,
                    "channel_id": rng.choice(channels).id,
                    "date": datetime.combine(when, time(9)),
                    "line_ids": [Command.create(line) for line in lines],
                }
            )
            intake.action_validate()
            dated(intake.picking_id.move_ids, when)
        # sorting, stream by stream, of what came in this month
        sort_day = start + timedelta(days=25)
        shop_kg = {}
        for stream, _kg_range, shop_share, workshop_share in STREAMS:
            kg = round(received.get(stream, 0.0), 1)
            if not kg:
                continue
            # the reuse rate improves over the year, as sorters gain experience
            shop = round(kg * min(shop_share + 0.01 * month, 0.8), 1)
            workshop = round(kg * workshop_share, 1)
            waste = round(kg * 0.05, 1)
            outputs = [(reuse, shop), (repair, workshop), (disposal, waste)]
            outputs.append((recycling, round(kg - shop - workshop - waste, 1)))
            session = env["sectoral.sorting.session"].create(
                {
                    "company_id": company.id,
                    "warehouse_id": site.id,
                    "date": sort_day,
                    "input_ids": [
                        Command.create({"stream_id": stream.id, "kg": part})
                        for part in chunks(kg)
                    ],
                    "output_ids": [
                        Command.create(
                            {
                                "stream_id": stream.id,
                                "destination_id": destination.id,
                                "kg": part,
                            }
                        )
                        for destination, out in outputs
                        for part in chunks(out)
                    ],
                }
            )
            session.action_close()
            dated(session.move_ids, sort_day)
            shop_kg[stream] = shop
        # what left the shop to be used again, and the textiles sold to a recycler
        exit_day = start + timedelta(days=27)
        for kind, partner, share in (
            ("giveaway", solidarity, 0.15),
            ("reuse_sale", operator, 0.25),
        ):
            lines = [
                {"stream_id": stream.id, "kg": round(kg * share, 1)}
                for stream, kg in shop_kg.items()
                if round(kg * share, 1) > 0
            ]
            if not lines:
                continue
            outbound = env["sectoral.outbound"].create(
                {
                    "company_id": company.id,
                    "warehouse_id": site.id,
                    "kind": kind,
                    "partner_id": partner.id,
                    "date": exit_day,
                    "price_per_tonne": 120 if kind == "reuse_sale" else 0,
                    "line_ids": [
                        Command.create({"stream_id": line["stream_id"], "kg": part})
                        for line in lines
                        for part in chunks(line["kg"])
                    ],
                }
            )
            outbound.action_ship()
            dated(outbound.picking_id.move_ids, exit_day)
        textiles = ref("sectoral_base.stream_textiles")
        recyclable = env["stock.quant"]._get_available_quantity(
            textiles.product_id, site.reuse_recycling_location_id
        )
        if recyclable >= 50:
            outbound = env["sectoral.outbound"].create(
                {
                    "company_id": company.id,
                    "warehouse_id": site.id,
                    "kind": "recycling_sale",
                    "partner_id": recycler.id,
                    "date": exit_day,
                    "price_per_tonne": 80,
                    "line_ids": [
                        Command.create({"stream_id": textiles.id, "kg": part})
                        for part in chunks(round(recyclable * 0.9, 1))
                    ],
                }
            )
            outbound.action_ship()
            dated(outbound.picking_id.move_ids, exit_day)
env.cr.commit()
print("demo_history: 12 months of intakes, sorting and exits at 2 sites")

#!/usr/bin/env python3
"""The shop till: loading its data and syncing orders, with and without the suite.

Two databases served by the same Odoo process on this machine: one with Odoo's point of
sale alone (the baseline), one with the whole suite. Both get the same catalogue and a
till; the suite's till is a reuse shop's, with labelled items on its floor. Measured in
one run, alternating sides:

- loading the till's data (``pos.session.load_data``, what a till does when it opens);
- syncing N orders of three lines (``pos.order.sync_from_ui`` in batches of 20, as a
  till sends what it took offline), the same shape on both sides: an item, a sale by
  the kilo and two pieces. The baseline sells stock-tracked products, as a shop does
  that follows its stock; the suite's side sells a labelled item, textiles by the kilo
  and a cup, which leave the shop as kilograms of their streams.

Then checks that each side recorded exactly N orders (and the suite N labels sold).
"""

import argparse
import statistics
import sys
import time
import uuid

from common import Client, report

PRODUCTS = 200
BATCH = 20


def setup_till(client, suite, labels):
    """A till with a cash payment method and PRODUCTS products; on the suite's side,
    a reuse site's till with `labels` labelled items on its shop floor."""
    company = client.call("res.users", "read", [client.uid], ["company_id"])[0][
        "company_id"
    ][0]
    # a code of its own, so that the benchmark runs again on the same database
    journal = client.call(
        "account.journal",
        "create",
        {
            "name": "Bench cash",
            "type": "cash",
            "code": "B" + uuid.uuid4().hex[:4].upper(),
            "company_id": company,
        },
    )
    cash = client.call(
        "pos.payment.method",
        "create",
        {"name": "Bench cash", "journal_id": journal, "company_id": company},
    )
    products = client.call(
        "product.product",
        "create",
        [
            {
                "name": f"Bench item {n}",
                "available_in_pos": True,
                "is_storable": True,
                "list_price": 1 + n % 9,
                "taxes_id": [(5, 0, 0)],
            }
            for n in range(PRODUCTS)
        ],
    )
    config_vals = {"name": "Bench till", "payment_method_ids": [(6, 0, [cash])]}
    # what a shop without the suite sells by weight: a stock-tracked product in kg
    by_weight = client.call(
        "product.product",
        "create",
        {
            "name": "Bench by the kilo",
            "available_in_pos": True,
            "is_storable": True,
            "to_weight": True,
            "uom_id": client.ref("uom.product_uom_kgm"),
            "list_price": 5,
            "taxes_id": [(5, 0, 0)],
        },
    )
    extra = {"by_weight": by_weight}
    if suite:
        site = client.call(
            "stock.warehouse", "search", [("is_reuse_site", "=", True)], limit=1
        )
        if not site:
            site = client.call("stock.warehouse", "search", [], limit=1)
            client.call("stock.warehouse", "action_setup_reuse_site", site)
        site = site[0]
        textiles = client.ref("sectoral_base.stream_textiles")
        household = client.ref("sectoral_base.stream_household")
        textile_product = client.call(
            "sectoral.stream", "read", [textiles], ["product_id"]
        )[0]["product_id"][0]
        client.call(
            "product.product",
            "write",
            [textile_product],
            {"available_in_pos": True, "to_weight": True, "list_price": 5},
        )
        cup = client.call(
            "product.product",
            "create",
            {
                "name": "Bench cup",
                "available_in_pos": True,
                "list_price": 1,
                "taxes_id": [(5, 0, 0)],
                "sectoral_stream_id": household,
                "sectoral_piece_weight_kg": 0.3,
            },
        )
        # the labelled items come in at intake and are sorted into the shop, as the
        # suite's workflow has them (a label is on sale once its session is closed)
        weights = [0.5 + n % 5 / 10 for n in range(labels)]
        chunks = [900.0] * int(sum(weights) // 900) + [round(sum(weights) % 900, 3)]
        chunks = [kg for kg in chunks if kg > 0]
        client.call(
            "sectoral.intake.tablet",
            "submit",
            {
                "client_token": f"bench-pos-{site}-{labels}-{time.time()}",
                "site_id": site,
                "channel_id": client.ref("sectoral_base.channel_drop_off"),
                "lines": [{"stream_id": textiles, "gross_kg": kg} for kg in chunks],
            },
        )
        session = client.call(
            "sectoral.sorting.session",
            "create",
            {
                "warehouse_id": site,
                "input_ids": [
                    (0, 0, {"stream_id": textiles, "kg": kg}) for kg in chunks
                ],
            },
        )
        label_ids = []
        for start in range(0, labels, 500):
            label_ids += client.call(
                "sectoral.label",
                "create",
                [
                    {
                        "session_id": session,
                        "warehouse_id": site,
                        "stream_id": textiles,
                        "weight_kg": weights[n],
                        "price": 2 + n % 20,
                    }
                    for n in range(start, min(start + 500, labels))
                ],
            )
        client.call("sectoral.sorting.session", "action_close", [session])
        config_vals["sectoral_warehouse_id"] = site
        extra = {
            **extra,
            "textile_product": textile_product,
            "cup": cup,
            "labels": client.call("sectoral.label", "read", label_ids, ["id", "price"]),
        }
    config = client.call("pos.config", "create", config_vals)
    client.call("pos.config", "open_ui", [config])
    session = client.call("pos.config", "read", [config], ["current_session_id"])[0][
        "current_session_id"
    ][0]
    return {"config": config, "session": session, "products": products, **extra}


def order_lines(till, index, suite):
    if suite:
        label = till["labels"][index]
        specs = [
            (till["textile_product"], 1, label["price"], label["id"]),
            (till["textile_product"], 1.5, 5, False),
            (till["cup"], 2, 1, False),
        ]
    else:
        products = till["products"]
        specs = [
            (products[index % PRODUCTS], 1, 1 + index % 9, False),
            (till["by_weight"], 1.5, 5, False),
            (products[(index + 2) % PRODUCTS], 2, 1 + (index + 2) % 9, False),
        ]
    lines = []
    for product, qty, price, label in specs:
        vals = {
            "product_id": product,
            "qty": qty,
            "price_unit": price,
            "discount": 0,
            "price_subtotal": qty * price,
            "price_subtotal_incl": qty * price,
            "tax_ids": [],
            "uuid": str(uuid.uuid4()),
        }
        if label:
            vals["sectoral_label_id"] = label
        lines.append((0, 0, vals))
    return lines


def ui_order(till, index, suite, cash):
    lines = order_lines(till, index, suite)
    total = sum(line[2]["price_subtotal_incl"] for line in lines)
    order_uuid = str(uuid.uuid4())
    return {
        "uuid": order_uuid,
        "name": f"Bench {order_uuid}",
        "session_id": till["session"],
        "lines": lines,
        "payment_ids": [
            (0, 0, {"amount": total, "payment_method_id": cash, "name": "2026-01-01"})
        ],
        "amount_paid": total,
        "amount_total": total,
        "amount_tax": 0,
        "amount_return": 0,
        "last_order_preparation_change": "{}",
        "state": "paid",
        "to_invoice": False,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--suite-db", required=True)
    parser.add_argument("--plain-db", required=True)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--labels", type=int, default=3000)
    parser.add_argument("--loads", type=int, default=15)
    args = parser.parse_args()
    if args.labels < args.orders:
        sys.exit("--labels must be at least --orders (each order sells one label)")

    sides = {}
    for name, db, suite in (
        ("suite", args.suite_db, True),
        ("plain", args.plain_db, False),
    ):
        client = Client(args.url, db, "admin", "admin")
        till = setup_till(client, suite, args.labels)
        cash = client.call(
            "pos.config", "read", [till["config"]], ["payment_method_ids"]
        )[0]["payment_method_ids"][0]
        sides[name] = {"client": client, "till": till, "suite": suite, "cash": cash}

    def load(side):
        begin = time.perf_counter()
        data = side["client"].call(
            "pos.session", "load_data", [side["till"]["session"]], []
        )
        side["records"] = sum(len(v) for v in data.values() if isinstance(v, list))
        return time.perf_counter() - begin

    def label_index(side):
        begin = time.perf_counter()
        index = side["client"].call(
            "sectoral.label", "pos_label_index", side["till"]["config"]
        )
        side["indexed"] = len(index["rows"])
        return time.perf_counter() - begin

    loads = {"suite": [], "plain": [], "index": []}
    for _ in range(args.loads + 1):  # the first of each side warms up
        for name, side in sides.items():
            loads[name].append(load(side))
        loads["index"].append(label_index(sides["suite"]))
    load_ms = {name: statistics.median(t[1:]) * 1000 for name, t in loads.items()}

    sync_s = {"suite": 0.0, "plain": 0.0}
    for start in range(0, args.orders, BATCH):
        for name, side in sides.items():
            batch = [
                ui_order(side["till"], index, side["suite"], side["cash"])
                for index in range(start, min(start + BATCH, args.orders))
            ]
            begin = time.perf_counter()
            side["client"].call("pos.order", "sync_from_ui", batch)
            sync_s[name] += time.perf_counter() - begin

    for name, side in sides.items():
        count = side["client"].call(
            "pos.order", "search_count", [("session_id", "=", side["till"]["session"])]
        )
        if count != args.orders:
            sys.exit(f"{name}: expected {args.orders} orders, found {count}")
    sold = sides["suite"]["client"].call(
        "sectoral.label",
        "search_count",
        [
            ("state", "=", "sold"),
            ("id", "in", [lb["id"] for lb in sides["suite"]["till"]["labels"]]),
        ],
    )
    if sold != args.orders:
        sys.exit(f"expected {args.orders} labels sold, found {sold}")

    print(
        f"Till: data of a till ({sides['suite']['records']} records with "
        f"{args.labels} labels on the floor, {sides['plain']['records']} plain), "
        f"{args.orders} orders of 3 lines synced"
    )
    report(
        "pos",
        "till data loading (baseline: plain POS)",
        load_ms["suite"],
        load_ms["plain"],
        "ms",
    )
    report(
        "pos",
        f"same, then the index of {sides['suite']['indexed']} labels (baseline: plain)",
        load_ms["suite"] + load_ms["index"],
        load_ms["plain"],
        "ms",
    )
    report(
        "pos",
        f"sync of {args.orders} orders (baseline: plain POS)",
        sync_s["suite"],
        sync_s["plain"],
        "s",
    )


if __name__ == "__main__":
    main()

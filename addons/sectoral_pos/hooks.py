# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).


def post_init_hook(env):
    """Sites set up before the shop addon was installed get their shop-sales
    operation type, and their tills sell from the shop location."""
    env["stock.warehouse"]._sectoral_mend_shop_sales()

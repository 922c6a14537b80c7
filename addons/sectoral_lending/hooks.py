# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).


def post_init_hook(env):
    """The reuse sites already set up get their library's shelf."""
    env["stock.warehouse"].search(
        [("is_reuse_site", "=", True)]
    ).action_setup_reuse_site()

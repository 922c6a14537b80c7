# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade

FURNITURE = ("seating", "bedding", "storage", "surface", "textile_deco")


def _ids(env, xmlids):
    return tuple(
        record.id
        for record in (env.ref(xmlid, raise_if_not_found=False) for xmlid in xmlids)
        if record
    )


@openupgrade.migrate()
def migrate(env, version):
    cr = env.cr
    # Ecomaison is declared per scheme (furniture, toys, DIY-garden): the toys stream
    # goes to toys, building materials (not in Ecomaison's social-economy
    # declaration) leave it, every other Ecomaison stream was furniture.
    toys = _ids(env, ["sectoral_base.stream_toys"])
    building = _ids(env, ["sectoral_base.stream_building"])
    if toys:
        openupgrade.logged_query(
            cr,
            "UPDATE sectoral_stream SET rep_scheme = 'ecomaison_toys', "
            "rep_category = NULL WHERE rep_scheme = 'ecomaison' AND id IN %s",
            (toys,),
        )
    if building:
        openupgrade.logged_query(
            cr,
            "UPDATE sectoral_stream SET rep_scheme = NULL, rep_category = NULL "
            "WHERE rep_scheme = 'ecomaison' AND id IN %s",
            (building,),
        )
    openupgrade.logged_query(
        cr,
        "UPDATE sectoral_stream SET rep_scheme = 'ecomaison_furniture' "
        "WHERE rep_scheme = 'ecomaison'",
    )
    # a furniture category left on a stream of another scheme would now be refused
    openupgrade.logged_query(
        cr,
        "UPDATE sectoral_stream SET rep_category = NULL "
        "WHERE rep_category IN %s AND rep_scheme IS DISTINCT FROM "
        "'ecomaison_furniture'",
        (FURNITURE,),
    )
    # the federation's file counts the default streams in its own five streams;
    # children follow their parent
    for xmlid, stream in [
        ("sectoral_base.stream_textiles", "textiles"),
        ("sectoral_base.stream_furniture", "bulky"),
        ("sectoral_base.stream_eee", "weee"),
        ("sectoral_base.stream_bikes", "bikes"),
    ]:
        ids = _ids(env, [xmlid])
        if ids:
            openupgrade.logged_query(
                cr,
                "UPDATE sectoral_stream SET federation_stream = %s "
                "WHERE id IN %s AND federation_stream IS NULL",
                (stream, ids),
            )
    # Ecomaison's origins of the default supply channels (the column's default,
    # voluntary drop-off, holds for the others)
    for xmlid, origin in [
        ("sectoral_base.channel_recycling_centre", "recycling_centre"),
        ("sectoral_base.channel_building_foot", "door_to_door"),
        ("sectoral_base.channel_clearance", "professional"),
    ]:
        ids = _ids(env, [xmlid])
        if ids:
            openupgrade.logged_query(
                cr,
                "UPDATE sectoral_channel SET ecomaison_origin = %s WHERE id IN %s",
                (origin, ids),
            )

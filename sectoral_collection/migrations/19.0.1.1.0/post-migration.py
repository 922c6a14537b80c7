# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from openupgradelib import openupgrade


@openupgrade.migrate()
def migrate(env, version):
    # Before intakes could be corrected, a wrong intake was undone by returning its
    # receipt in the inventory. An intake whose receipt was returned in full is now
    # shown as reversed, with that return.
    openupgrade.logged_query(
        env.cr,
        """
        UPDATE sectoral_intake intake
           SET state = 'reversed',
               reversal_picking_id = ret.id,
               correction_reason = 'Receipt returned in the inventory'
          FROM stock_picking receipt
          JOIN stock_picking ret ON ret.return_id = receipt.id AND ret.state = 'done'
         WHERE intake.picking_id = receipt.id
           AND intake.state = 'done'
           AND NOT EXISTS (
                SELECT 1
                  FROM stock_move m
                 WHERE m.picking_id = receipt.id AND m.state = 'done'
                   AND m.quantity > COALESCE((
                        SELECT sum(r.quantity)
                          FROM stock_move r
                         WHERE r.origin_returned_move_id = m.id AND r.state = 'done'
                       ), 0) + 0.0001
               )
        """,
    )

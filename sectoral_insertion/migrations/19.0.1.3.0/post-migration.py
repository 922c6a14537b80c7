# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import logging

from openupgradelib import openupgrade

_logger = logging.getLogger(__name__)


@openupgrade.migrate()
def migrate(env, version):
    # A worker placed by a CPAS (article 60 §7) is employed by the CPAS: what the
    # enterprise records for them is the contribution it pays the CPAS. Drafts
    # become contributions; posted entries are the books' and stay as they are,
    # for the accountant to reverse if they were not a subsidy.
    openupgrade.logged_query(
        env.cr,
        """
        UPDATE sectoral_insertion_subsidy subsidy
           SET kind = 'contribution'
          FROM sectoral_insertion_pathway pathway
          JOIN sectoral_insertion_programme programme
            ON programme.id = pathway.programme_id
         WHERE pathway.id = subsidy.pathway_id
           AND programme.employment = 'placement'
           AND subsidy.state IN ('draft', 'cancel')
        """,
    )
    env.cr.execute(
        """
        SELECT subsidy.id
          FROM sectoral_insertion_subsidy subsidy
          JOIN sectoral_insertion_pathway pathway ON pathway.id = subsidy.pathway_id
          JOIN sectoral_insertion_programme programme
            ON programme.id = pathway.programme_id
         WHERE programme.employment = 'placement' AND subsidy.state = 'posted'
        """
    )
    posted = [row[0] for row in env.cr.fetchall()]
    if posted:
        _logger.warning(
            "Subsidies %s were posted as income for workers placed by a CPAS "
            "(article 60): check them with the accountant; the enterprise pays the "
            "CPAS a contribution instead.",
            posted,
        )

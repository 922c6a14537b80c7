# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import hashlib
from datetime import timedelta

from odoo import api, fields, models

# At most this many requests from one client address an hour.
MAX_PER_HOUR = 5


class SectoralCollectionFormUse(models.Model):
    """What the public collection form remembers of the requests it received, without
    keeping anyone's address: the digest of the form's token (each form is sent once)
    and of the client's address (a few requests an hour each). Forgotten after two
    days."""

    _name = "sectoral.collection.form.use"
    _description = "Use of the public collection form"
    _log_access = False

    token_digest = fields.Char(required=True, index=True)
    client_digest = fields.Char(required=True, index=True)
    used_at = fields.Datetime(required=True, default=fields.Datetime.now, index=True)

    _token_digest_uniq = models.UniqueIndex(
        "(token_digest)", "This form was already sent."
    )

    @api.model
    def _digest(self, value):
        secret = self.env["ir.config_parameter"].sudo().get_param("database.secret", "")
        return hashlib.sha256(f"{secret}:{value}".encode()).hexdigest()

    @api.model
    def _token_used(self, token):
        return bool(self.search_count([("token_digest", "=", self._digest(token))]))

    @api.model
    def _too_many(self, client):
        since = fields.Datetime.now() - timedelta(hours=1)
        return (
            self.search_count(
                [("client_digest", "=", self._digest(client)), ("used_at", ">=", since)]
            )
            >= MAX_PER_HOUR
        )

    @api.model
    def _record(self, token, client):
        return self.create(
            {"token_digest": self._digest(token), "client_digest": self._digest(client)}
        )

    @api.autovacuum
    def _gc_form_uses(self):
        self.search(
            [("used_at", "<", fields.Datetime.now() - timedelta(days=2))]
        ).unlink()

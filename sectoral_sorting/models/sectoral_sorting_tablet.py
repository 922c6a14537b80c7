# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import ConcurrencyError, UserError, ValidationError

from odoo.addons.sectoral_base.models.sectoral_workflow import workflow_step

# What a weighing of the sorting screen is, and the model that records it.
LINE_MODELS = {
    "input": "sectoral.sorting.input",
    "output": "sectoral.sorting.output",
    "label": "sectoral.label",
}
GRADES = ("a", "b", "c")


class SectoralSortingTablet(models.AbstractModel):
    """The server side of the sorting screen: each weighing is recorded at once in the
    sorter's open session of the day at the site, so the mass balance on screen is the
    one the server keeps. A weighing is named by its kind ("input", "output",
    "label") both when it is added and when it is undone."""

    _name = "sectoral.sorting.tablet"
    _description = "Sorting screen"

    @api.model
    def load(self):
        """Everything the sorting screen shows, in the user's language, in one call."""
        company = self.env.company
        domain = [("company_id", "in", [False, company.id])]
        return {
            "streams": self.env["sectoral.stream"]._tablet_tiles(company),
            "destinations": [
                {
                    "id": d.id,
                    "code": d.code,
                    "name": d.name,
                    "icon": d.icon or "",
                    "kind": d.kind,
                }
                for d in self.env["sectoral.destination"].search(domain)
            ],
            "sites": [
                {
                    "id": site.id,
                    "name": site.name,
                    "max_kg": site.reuse_max_weighing_kg,
                    "waiting": self._waiting_kg(site),
                    "session": self._summary(self._current_session(site)),
                }
                for site in self.env["stock.warehouse"]._sectoral_tablet_sites(company)
            ],
            "currency": {
                "symbol": company.currency_id.symbol,
                "position": company.currency_id.position,
            },
        }

    @api.model
    def _waiting_kg(self, site):
        """{stream id: kg} waiting at the site's intake pile."""
        location = site.reuse_intake_location_id
        if not location:
            return {}
        streams = self.env["sectoral.stream"].search(
            [("company_id", "in", [False, site.company_id.id])]
        )
        stream_by_product = {s.product_id.id: s.id for s in streams}
        groups = (
            self.env["stock.quant"]
            .sudo()
            ._read_group(
                [
                    ("location_id", "child_of", location.id),
                    ("product_id", "in", list(stream_by_product)),
                ],
                ["product_id"],
                ["quantity:sum"],
            )
        )
        return {stream_by_product[product.id]: kg for product, kg in groups if kg > 0}

    @api.model
    def _current_session(self, site, day=None):
        """The session the sorter works in at this site on the day (today unless
        said), if one is open."""
        return self.env["sectoral.sorting.session"].search(
            [
                ("warehouse_id", "=", site.id),
                ("state", "=", "draft"),
                ("date", "=", day or fields.Date.context_today(self)),
                ("create_uid", "=", self.env.uid),
            ],
            order="id desc",
            limit=1,
        )

    @api.model
    def _line_of_token(self, token):
        """The weighing already recorded under this identifier, as (kind, line)."""
        for kind, model in LINE_MODELS.items():
            line = self.env[model].search(
                [
                    ("client_token", "=", token),
                    ("company_id", "=", self.env.company.id),
                ],
                limit=1,
            )
            if line:
                return kind, line
        return None

    @api.model
    def _summary(self, session):
        if not session:
            return False
        session.ensure_one()
        lines = [
            {
                "kind": "input",
                "id": line.id,
                "stream_id": line.stream_id.id,
                "destination_id": False,
                "kg": line.kg,
            }
            for line in session.input_ids
        ]
        lines += [
            {
                "kind": "output",
                "id": line.id,
                "stream_id": line.stream_id.id,
                "destination_id": line.destination_id.id,
                "kg": line.kg,
            }
            for line in session.output_ids
        ]
        lines += [
            {
                "kind": "label",
                "id": label.id,
                "stream_id": label.stream_id.id,
                "destination_id": False,
                "kg": label.weight_kg,
                "barcode": label.barcode,
                "price": label.price,
                "is_free": label.is_free,
            }
            for label in session.label_ids
        ]
        return {
            "id": session.id,
            "name": session.name,
            "state": session.state,
            "input_kg": session.input_kg,
            "output_kg": session.output_kg,
            "difference_pct": session.difference_pct,
            "is_balanced": session.is_balanced,
            "lines": lines,
        }

    @api.model
    def _answer(self, site, session, line=None):
        return {
            "site_id": site.id,
            "line": {"kind": line[0], "id": line[1].id} if line else False,
            "session": self._summary(session),
            "waiting": self._waiting_kg(site),
        }

    @api.model
    def _site(self, site_id):
        site = self.env["sectoral.input"]._record(
            "stock.warehouse", site_id, self.env._("the site"), self.env.company
        )
        if not site.is_reuse_site:
            raise ValidationError(self.env._("Choose the site where you sort."))
        return site

    @api.model
    def _session(self, session_id):
        session = self.env["sectoral.input"]._record(
            "sectoral.sorting.session",
            session_id,
            self.env._("the session"),
            self.env.company,
        )
        if session.state != "draft":
            raise UserError(
                self.env._("Session %(session)s is closed.", session=session.name)
            )
        return session

    @api.model
    def add(self, payload):
        """Record one weighing in the sorter's open session of the day at the site
        (opened on the first weighing), and return the session.

        ``payload``: ``{client_token, weighed_at?, site_id, kind: "input" | "output"
        | "label", stream_id, kg, destination_id? (output), price?, is_free?,
        grade?, description? (label)}``. A weighing whose client_token was already
        received is answered with the one recorded (``duplicate: true``): a screen
        that kept it while offline can send it again safely."""
        if not isinstance(payload, dict):
            raise ValidationError(self.env._("The screen sent nothing readable."))
        Input = self.env["sectoral.input"]
        company = self.env.company
        site = self._site(payload.get("site_id"))
        token = payload.get("client_token")
        if token is not None:
            token = Input._client_token(token)
            recorded = self._line_of_token(token)
            if recorded:
                session = recorded[1].session_id
                return dict(
                    self._answer(session.warehouse_id, session, recorded),
                    duplicate=True,
                )
        day = fields.Date.context_today(
            self, Input._weighed_at(payload.get("weighed_at"))
        )
        kind = payload.get("kind")
        if kind not in LINE_MODELS:
            raise ValidationError(
                self.env._("Choose what the weighing is: taken, or where it goes.")
            )
        stream = Input._record(
            "sectoral.stream",
            payload.get("stream_id"),
            self.env._("the stream"),
            company,
        )
        kg = Input._number(
            payload.get("kg"),
            self.env._("the weight"),
            maximum=site.reuse_max_weighing_kg or None,
        )
        if kg <= 0:
            raise ValidationError(self.env._("Type a weight above zero."))
        vals = {"stream_id": stream.id, "kg": kg}
        if kind == "output":
            destination = Input._record(
                "sectoral.destination",
                payload.get("destination_id"),
                self.env._("where the weighing goes"),
                company,
            )
            vals["destination_id"] = destination.id
        elif kind == "label":
            is_free = payload.get("is_free") is True
            grade = payload.get("grade") or "b"
            if grade not in GRADES:
                raise ValidationError(self.env._("Check the grade of the item."))
            description = payload.get("description") or False
            if description and (
                not isinstance(description, str) or len(description) > 200
            ):
                raise ValidationError(
                    self.env._("Check the description: 200 characters at most.")
                )
            vals = {
                "stream_id": stream.id,
                "weight_kg": kg,
                "price": Input._number(
                    payload.get("price"),
                    self.env._("the price"),
                    minimum=0,
                    maximum=1000000,
                    required=not is_free,
                ),
                "is_free": is_free,
                "grade": grade,
                "description": description,
                "company_id": site.company_id.id,
                "warehouse_id": site.id,
            }
        session = self._current_session(site, day) or self.env[
            "sectoral.sorting.session"
        ].create(
            {
                "warehouse_id": site.id,
                "company_id": site.company_id.id,
                "date": day,
                "sorter_ids": [
                    fields.Command.set(
                        self.env.user.employee_ids.filtered(
                            lambda e: e.company_id == site.company_id
                        ).ids
                    )
                ],
            }
        )
        if kind == "input":
            self._check_pile(session, stream, kg)
        vals.update(session_id=session.id, client_token=token or False)
        try:
            with self.env.cr.savepoint(), workflow_step():
                line = self.env[LINE_MODELS[kind]].create(vals)
                line.flush_recordset()
        except pg_errors.UniqueViolation as error:
            if "client_token" not in str(error):
                raise
            # sent twice at the same instant: answered once the other one is visible
            raise ConcurrencyError("weighing sent twice at once") from error
        return dict(self._answer(site, session, (kind, line)), duplicate=False)

    @api.model
    def _check_pile(self, session, stream, kg):
        """Taking more than waits at the pile, counting what this session already
        took, is refused at once rather than at closing."""
        taken = sum(
            session.input_ids.filtered(lambda i: i.stream_id == stream).mapped("kg")
        )
        self.env["sectoral.stream"]._check_available_kg(
            session.warehouse_id.reuse_intake_location_id, {stream: taken + kg}
        )

    @api.model
    def undo(self, session_id, kind, line_id):
        """Remove a weighing of an open session, made by mistake."""
        session = self._session(session_id)
        if kind not in LINE_MODELS:
            raise UserError(self.env._("This weighing cannot be removed here."))
        line = (
            self.env[LINE_MODELS[kind]]
            .browse(line_id if isinstance(line_id, int) else [])
            .exists()
        )
        if line and line.session_id != session:
            raise UserError(self.env._("This weighing belongs to another session."))
        line.unlink()
        return self._answer(session.warehouse_id, session)

    @api.model
    def close(self, session_id, reason=None):
        """Close the session from the screen; a manager may give the reason for a
        difference beyond the tolerance."""
        session = self._session(session_id)
        if reason and not session.is_balanced:
            if not isinstance(reason, str):
                raise ValidationError(
                    self.env._("Check the reason for the difference.")
                )
            session.unbalanced_reason = reason[:2000]
        session.action_close()
        return self._answer(session.warehouse_id, session)

    @api.model
    def print_labels(self, label_ids):
        """The labels of one tap on the printer button. A label printer the server
        prints to directly takes them (see ``_send_to_label_printer``): the answer
        names it; otherwise the screen prints them in the browser, on the roll's
        format."""
        if not isinstance(label_ids, list) or not all(
            isinstance(i, int) for i in label_ids
        ):
            raise ValidationError(self.env._("There is no label to print."))
        labels = self.env["sectoral.label"].browse(label_ids).exists()
        if not labels:
            raise UserError(self.env._("There is no label to print."))
        labels.check_access("read")
        return {"printer": self._send_to_label_printer(labels) or False}

    @api.model
    def _send_to_label_printer(self, labels):
        """The name of the printer the labels were sent to; none without a print
        server (``sectoral_sorting_printer`` adds OCA's)."""
        return False

# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import contextlib
import contextvars
import math
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

# A tablet's clock may run a little ahead of the server's.
CLOCK_SLACK = timedelta(minutes=10)
# How long a weighing may wait on a tablet before it must be entered by hand.
OLDEST_QUEUED = timedelta(days=31)

# Set only by server code, for the duration of a workflow step: neither a client's
# context nor its arguments can reach it.
_IN_WORKFLOW = contextvars.ContextVar("sectoral_in_workflow", default=False)


@contextlib.contextmanager
def workflow_step():
    """Within this block, server code may write the workflow fields of the suite's
    documents (their state, their receipts and moves, a label's state...)."""
    token = _IN_WORKFLOW.set(True)
    try:
        yield
    finally:
        _IN_WORKFLOW.reset(token)


def in_workflow_step():
    return _IN_WORKFLOW.get()


class SectoralWorkflowMixin(models.AbstractModel):
    """Fields that only the model's own workflow methods write: ``_workflow_fields``.
    A client (form, import, JSON-RPC) may create the record with their initial value
    and never write them; the workflow methods write them through
    ``_workflow_write``."""

    _name = "sectoral.workflow.mixin"
    _description = "Fields written by the workflow only"

    _workflow_fields = frozenset({"state"})

    def _workflow_write(self, vals):
        with workflow_step():
            return self.write(vals)

    def _workflow_refusal(self, field_names):
        labels = ", ".join(
            sorted(
                self._fields[name]._description_string(self.env) for name in field_names
            )
        )
        return UserError(
            self.env._(
                "%(fields)s of %(document)s change only through its buttons "
                "(validate, close, correct...).",
                fields=labels,
                document=self._description,
            )
        )

    def _workflow_initial_value(self, field_name):
        field = self._fields[field_name]
        return field.default(self) if field.default else False

    @api.model_create_multi
    def create(self, vals_list):
        if not in_workflow_step():
            for vals in vals_list:
                forced = [
                    name
                    for name in self._workflow_fields & set(vals)
                    if vals[name] and vals[name] != self._workflow_initial_value(name)
                ]
                if forced:
                    raise self._workflow_refusal(forced)
        return super().create(vals_list)

    def write(self, vals):
        if not in_workflow_step():
            touched = self._workflow_fields & set(vals)
            if touched:
                raise self._workflow_refusal(touched)
        return super().write(vals)


class SectoralInput(models.AbstractModel):
    """What the touch screens and the public form send is read here, one rule for all:
    a number is a JSON number (or its plain text "12.5"), finite; a record is the id
    of one that exists and belongs to the company. Anything else is refused with a
    translated message naming the field, never a traceback."""

    _name = "sectoral.input"
    _description = "Checks of what a screen sends"

    @api.model
    def _number(self, value, label, minimum=None, maximum=None, required=True):
        if value is None or value is False or value == "":
            if required:
                raise ValidationError(self.env._("Give %(field)s.", field=label))
            return 0.0
        number = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, (int, float)):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = float(value.strip())
            except ValueError:
                number = None
        if number is None or not math.isfinite(number):
            raise ValidationError(
                self.env._(
                    "Check %(field)s: %(value)s is not a number.",
                    field=label,
                    value=str(value)[:40],
                )
            )
        if minimum is not None and number < minimum:
            raise ValidationError(
                self.env._(
                    "Check %(field)s: it cannot be below %(minimum)s.",
                    field=label,
                    minimum=minimum,
                )
            )
        if maximum is not None and number > maximum:
            raise ValidationError(
                self.env._(
                    "Check %(field)s: %(value)s is more than %(maximum)s.",
                    field=label,
                    value=number,
                    maximum=maximum,
                )
            )
        return number

    @api.model
    def _record(self, model, value, label, company=None, required=True):
        """The record of ``model`` whose id was sent, readable by the user and of the
        company (or shared by all companies)."""
        Model = self.env[model]
        if value in (None, False, 0, ""):
            if required:
                raise ValidationError(self.env._("Choose %(field)s.", field=label))
            return Model
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                self.env._(
                    "Check %(field)s: %(value)s is not a choice.",
                    field=label,
                    value=str(value)[:40],
                )
            )
        record = Model.browse(value).exists()
        if record and company is not None and "company_id" in Model._fields:
            owner = record.sudo().company_id
            if owner and owner != company:
                record = Model
        if record:
            try:
                record.check_access("read")
            except AccessError:  # a record one may not read is unknown to them
                record = Model
        if not record:
            raise ValidationError(
                self.env._("Check %(field)s: this choice is unknown here.", field=label)
            )
        return record

    @api.model
    def _client_token(self, value):
        """The identifier a screen gives what it sends, so that it is recorded once
        however often it is sent."""
        if not value or not isinstance(value, str) or len(value) > 64:
            raise ValidationError(
                self.env._("The tablet sent no submission identifier.")
            )
        return value

    @api.model
    def _weighed_at(self, value):
        """When a weighing was taken: the tablet's time for one kept while offline,
        the server's otherwise."""
        now = fields.Datetime.now()
        if not value:
            return now
        try:
            weighed_at = fields.Datetime.to_datetime(str(value)[:19].replace("T", " "))
        except ValueError:
            weighed_at = None
        if not weighed_at or weighed_at > now + CLOCK_SLACK:
            raise ValidationError(
                self.env._(
                    "The time of the weighing is not valid: check the tablet's clock."
                )
            )
        if weighed_at < now - OLDEST_QUEUED:
            raise ValidationError(
                self.env._(
                    "This weighing was taken more than a month ago: enter it by hand."
                )
            )
        return min(weighed_at, now)

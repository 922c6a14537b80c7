# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from .sectoral_workflow import in_workflow_step


class SectoralSiteDocument(models.AbstractModel):
    """What every document of a reuse site has: a reference numbered by the sequence
    whose code is the model's name, a company and the site. Models narrow the fields
    they need further (a required site, tracking...).

    Its ``state`` (and the model's other ``_workflow_fields``) change only through its
    workflow methods. A document whose ``state`` is in ``_frozen_states`` is frozen:
    only its workflow (and ``_frozen_writable_fields``) may still write on it, and a
    ``done`` one, or one that moved stock, cannot be deleted. Models word the refusal
    through ``_frozen_message`` and ``_undeletable_message``."""

    _name = "sectoral.site.document"
    _inherit = ["sectoral.workflow.mixin"]
    _description = "Document of a reuse site"
    _check_company_auto = True

    # States in which the document is frozen (none unless the model says so).
    _frozen_states = frozenset()
    # What may still be written on a frozen document outside its workflow.
    _frozen_writable_fields = frozenset({"message_main_attachment_id"})

    name = fields.Char(
        "Reference", required=True, readonly=True, copy=False, default="/"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    warehouse_id = fields.Many2one(
        "stock.warehouse",
        "Site",
        check_company=True,
        domain="[('is_reuse_site', '=', True)]",
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code(self._name)
        return super().create(vals_list)

    def _frozen_message(self):
        return self.env._("This document is validated and cannot be changed.")

    def _undeletable_message(self):
        return self.env._("This document is validated and cannot be deleted.")

    def _check_draft(self):
        if self._frozen_states and self.filtered(
            lambda d: d.state in self._frozen_states
        ):
            raise UserError(self._frozen_message())

    def write(self, vals):
        if not in_workflow_step() and set(vals) - self._frozen_writable_fields:
            self._check_draft()
        return super().write(vals)

    def _stock_moves(self):
        """The stock moves the documents made (none unless the model moves stock)."""
        return self.env["stock.move"]

    # --- correction -------------------------------------------------------------
    def action_open_correction(self):
        return {
            **self.env["ir.actions.act_window"]._for_xml_id(
                "sectoral_base.sectoral_correction_action"
            ),
            "context": {"active_model": self._name, "active_ids": self.ids},
        }

    def action_reverse(self, reason):
        """Reverse validated documents with a reason (a manager only): each model
        says how in ``_reverse``, the reason goes to the chatter."""
        if not self.env.user.has_group("sectoral_base.group_manager"):
            raise AccessError(
                self.env._("Only a manager can correct a validated document.")
            )
        reason = (reason or "").strip()
        if not reason:
            raise UserError(self.env._("Say why the document is corrected."))
        for document in self:
            document._reverse(reason)
            if hasattr(document, "message_post"):
                document.message_post(
                    body=Markup("<p>%s</p><p>%s</p>")
                    % (self.env._("Reversed by a correction."), reason)
                )
        return True

    def _reverse(self, reason):
        raise UserError(self.env._("This document cannot be corrected."))

    def unlink(self):
        if "done" in self._frozen_states and self.filtered(lambda d: d.state == "done"):
            raise UserError(self._undeletable_message())
        if self.sudo()._stock_moves():
            raise UserError(
                self.env._(
                    "A document that moved stock cannot be deleted: correct it instead."
                )
            )
        return super().unlink()


class SectoralSiteDocumentLine(models.AbstractModel):
    """A line of a site document, frozen with it. ``_document_field`` names the
    Many2one to the document."""

    _name = "sectoral.site.document.line"
    _description = "Line of a reuse site document"

    _document_field = None

    @api.model_create_multi
    def create(self, vals_list):
        field = self._document_field
        self.env[self._fields[field].comodel_name].browse(
            [vals[field] for vals in vals_list if vals.get(field)]
        )._check_draft()
        return super().create(vals_list)

    def write(self, vals):
        if not in_workflow_step():
            self[self._document_field]._check_draft()
            if self._document_field in vals:
                # a line moved to another document joins that one's checks
                self.env[self._fields[self._document_field].comodel_name].browse(
                    vals[self._document_field]
                )._check_draft()
        return super().write(vals)

    def unlink(self):
        if not in_workflow_step():
            self[self._document_field]._check_draft()
        return super().unlink()


class SectoralStreamKgLine(models.AbstractModel):
    """Kilograms of one stream on a line of a site document (taken for sorting,
    sorted, shipped...): above zero, frozen with the document."""

    _name = "sectoral.stream.kg.line"
    _inherit = ["sectoral.site.document.line"]
    _description = "Kilograms of a stream"

    stream_id = fields.Many2one("sectoral.stream", required=True)
    kg = fields.Float("Weight (kg)", digits="Stock Weight", required=True)

    @api.constrains("kg")
    def _check_kg(self):
        for line in self:
            if line.kg <= 0:
                raise ValidationError(
                    self.env._(
                        "A weight must be above zero (%(stream)s).",
                        stream=line.stream_id.display_name,
                    )
                )

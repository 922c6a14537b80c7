# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import binascii

from odoo import api, models
from odoo.exceptions import ValidationError

MAX_PHOTO_BYTES = 8 * 1024 * 1024


class SectoralSortingTablet(models.AbstractModel):
    _inherit = "sectoral.sorting.tablet"

    @api.model
    def publish_online(self, label_id, values):
        """Publish a label made on the screen: ``values`` ``{image?: base64 JPEG or
        PNG, description?, dimensions?}``. Returns the item's price and page."""
        label = self.env["sectoral.input"]._record(
            "sectoral.label", label_id, self.env._("the label"), self.env.company
        )
        if not isinstance(values, dict):
            raise ValidationError(self.env._("The screen sent nothing readable."))
        texts = {}
        for key, label_text in (
            ("description", self.env._("what it is")),
            ("dimensions", self.env._("the dimensions")),
        ):
            value = values.get(key)
            if value is not None and not isinstance(value, str):
                raise ValidationError(
                    self.env._("Check %(field)s: it is text.", field=label_text)
                )
            texts[key] = value
        if not (texts["description"] or label.description or "").strip():
            raise ValidationError(self.env._("Say in a few words what the item is."))
        image = values.get("image") or None
        if image is not None:
            image = self._photo(image)
        label.check_access("write")
        product = label._web_publish(image=image, **texts)
        return {
            "label_id": label.id,
            "name": product.name,
            "price": product.list_price,
            "url": product.website_url,
        }

    @api.model
    def _photo(self, value):
        if not isinstance(value, str):
            raise ValidationError(self.env._("The photo could not be read."))
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as error:
            raise ValidationError(self.env._("The photo could not be read.")) from error
        if len(raw) > MAX_PHOTO_BYTES:
            raise ValidationError(self.env._("The photo is too large: take it again."))
        if not raw.startswith((b"\xff\xd8", b"\x89PNG")):
            raise ValidationError(self.env._("The photo must be a JPEG or PNG image."))
        return value

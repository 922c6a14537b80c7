# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
{
    "name": "Reuse Suite: Online Shop of Unique Items",
    "summary": "Labelled second-hand items sold online on Odoo's eCommerce: one item, "
    "one life, whether sold at a till or on the website",
    "version": "19.0.1.2.0",
    "category": "Website/Website",
    "license": "AGPL-3",
    "author": "Sectoral Suite Contributors",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": [
        "website_sale",
        "website_sale_cart_expire",
        "payment_custom",
        "pos_sale",
        "sectoral_collection",
        "sectoral_pos",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/res_groups.xml",
        "data/product_attribute_data.xml",
        "data/website_data.xml",
        "data/delivery_carrier_data.xml",
        "data/payment_data.xml",
        "data/payment_provider_data.xml",
        "data/ir_cron_data.xml",
        "data/mail_template_data.xml",
        "wizards/sectoral_label_publish_views.xml",
        "views/sectoral_label_views.xml",
        "views/product_template_views.xml",
        "views/website_sale_templates.xml",
        "views/collection_request_templates.xml",
        "views/marketplace_templates.xml",
        "views/res_config_settings_views.xml",
    ],
    "demo": [
        "demo/sectoral_website_demo.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "sectoral_website/static/src/sorting/**/*",
        ],
        "web.assets_frontend": [
            "sectoral_website/static/src/website/**/*",
        ],
        "point_of_sale._assets_pos": [
            "sectoral_website/static/src/pos/**/*",
        ],
        "web.assets_tests": [
            "sectoral_website/static/tests/tours/**/*",
        ],
    },
    "installable": True,
}

from . import (
    payment_provider,
    payment_transaction,
    pos_order,
    pos_order_line,
    product_public_category,
    product_template,
    sale_order,
    sale_order_line,
    sectoral_label,
    sectoral_sorting_tablet,
    stock_picking,
    website,
)

from . import membership_line, pos_order, product_template

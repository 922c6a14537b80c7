from . import (
    account_move,
    product_template,
    repair_order,
    res_company,
    res_config_settings,
    res_partner,
    sectoral_lending_category,
    sectoral_lending_desk,
    sectoral_lending_hold,
    sectoral_lending_loan,
    sectoral_lending_points,
    stock_lot,
)

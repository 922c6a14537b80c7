from . import (
    test_collect_at_shop,
    test_items_online,
    test_marketplace,
    test_publish_tour,
    test_round_delivery,
)

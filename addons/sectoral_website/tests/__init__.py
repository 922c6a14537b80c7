from . import test_collect_at_shop, test_items_online, test_publish_tour

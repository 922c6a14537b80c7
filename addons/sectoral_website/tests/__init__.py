from . import test_items_online, test_publish_tour

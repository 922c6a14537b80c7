from . import test_menus
from . import test_shop
from . import test_till_checks

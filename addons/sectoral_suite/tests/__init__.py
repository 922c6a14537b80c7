from . import test_suite
from . import test_home_screens

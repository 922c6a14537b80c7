from . import test_menus
from . import test_impact
from . import test_corrections
from . import test_dashboard

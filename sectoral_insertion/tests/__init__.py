from . import test_menus
from . import test_pathway
from . import test_subsidy
from . import test_access
from . import test_retention

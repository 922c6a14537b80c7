from . import test_menus
from . import test_sorting
from . import test_label
from . import test_outbound
from . import test_sorting_tablet
from . import test_records_hold

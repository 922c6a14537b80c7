from . import test_menus
from . import test_intake
from . import test_records_hold
from . import test_collection_flow
from . import test_request_form
from . import test_tablet_tour

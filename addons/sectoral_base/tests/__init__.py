from . import test_stream
from . import test_site
from . import test_security
from . import test_server_safety
from . import test_fte

from . import test_stream
from . import test_site
from . import test_security

from . import test_lending

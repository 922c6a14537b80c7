from . import test_library_pages

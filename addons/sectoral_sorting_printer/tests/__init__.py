from . import test_label_printer

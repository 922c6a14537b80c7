from . import intake_page, main

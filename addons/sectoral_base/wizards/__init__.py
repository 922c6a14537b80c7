from . import sectoral_site_setup
from . import sectoral_correction

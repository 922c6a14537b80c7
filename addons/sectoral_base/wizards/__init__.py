from . import sectoral_site_setup

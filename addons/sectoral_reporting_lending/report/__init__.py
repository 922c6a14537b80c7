from . import sectoral_impact_xlsx

from . import sectoral_impact_report

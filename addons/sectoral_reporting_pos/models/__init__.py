from . import sectoral_report_flow
from . import sectoral_impact_report

from . import sectoral_report_flow
from . import sectoral_declaration
from . import sectoral_impact_report
from . import sectoral_impact_dashboard

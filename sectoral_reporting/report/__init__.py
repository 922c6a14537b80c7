from . import sectoral_impact_xlsx
from . import declaration_ecomaison
from . import declaration_refashion
from . import declaration_weee
from . import declaration_federation

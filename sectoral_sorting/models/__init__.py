from . import res_company
from . import sectoral_sorting_session
from . import stock_move
from . import sectoral_label
from . import sectoral_outbound
from . import sectoral_sorting_tablet

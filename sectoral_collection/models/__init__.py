from . import sectoral_container
from . import sectoral_collection_request
from . import sectoral_round
from . import sectoral_intake
from . import stock_move
from . import sectoral_intake_tablet
from . import sectoral_collection_form_use
from . import res_partner

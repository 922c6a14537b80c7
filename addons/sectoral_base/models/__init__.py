from . import sectoral_destination
from . import sectoral_channel
from . import sectoral_stream
from . import stock_warehouse
from . import ir_module_module
from . import stock_move
from . import stock_location
from . import sectoral_site_document

from . import sectoral_stream
from . import sectoral_sorting_session
from . import repair_order

from . import sectoral_sorting_tablet

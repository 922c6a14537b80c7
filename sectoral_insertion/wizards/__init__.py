from . import sectoral_insertion_exit_wizard

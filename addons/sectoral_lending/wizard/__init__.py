from . import sectoral_lending_register

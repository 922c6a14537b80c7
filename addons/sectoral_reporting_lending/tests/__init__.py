from . import test_lending_impact

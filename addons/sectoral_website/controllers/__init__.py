from . import main, payment

from . import main, marketplace, payment

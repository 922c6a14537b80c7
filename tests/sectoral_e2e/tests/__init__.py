from . import test_tours
from . import test_documents
from . import test_web_sale

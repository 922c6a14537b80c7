from . import test_tours
from . import test_documents

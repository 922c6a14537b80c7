from . import test_membership_at_till

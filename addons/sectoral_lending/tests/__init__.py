from . import test_desk_tour, test_lending, test_membership_fee

from . import (
    test_deposit_books,
    test_desk_tour,
    test_from_sorting,
    test_lending,
    test_library_card,
    test_membership_fee,
)

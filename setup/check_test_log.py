#!/usr/bin/env python3
"""Judge an Odoo test log: count tests, refuse skips and unexpected ERROR/WARNING lines.

Usage: check_test_log.py [--tests-only] LOGFILE

Prints the offending lines, then a closing line ``N passed, M failed, K skipped``
and exits non-zero when a test failed or errored, when no test ran, when a test was
skipped (a browser tour that cannot start is skipped by Odoo, which hides it), when
the run never reached its end, or when the log has an ERROR/CRITICAL/WARNING line
that is not on ALLOWED_WARNINGS. With --tests-only (Odoo's own tests, which log
warnings and errors and skip tests on purpose) only failures and errors count.
"""

import re
import sys

LINE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ "
    r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL|TEST|\?) (?P<db>\S+) "
    r"(?P<logger>[\w.]+): (?P<msg>.*)$"
)
RESULT = re.compile(
    r"(?P<failed>\d+) failed, (?P<errors>\d+) error\(s\) of (?P<run>\d+) tests "
    r"when loading database"
)
SKIPPED = re.compile(r"^skipped .* : ")

# WARNING lines that say nothing about the suite, each with the reason it is accepted.
# (logger regex, message regex)
ALLOWED_WARNINGS = []


def allowed(logger, msg):
    return any(
        re.search(lre, logger) and re.search(mre, msg) for lre, mre in ALLOWED_WARNINGS
    )


def _is_problem(level, logger, msg, tests_only=False):
    if tests_only:
        return bool(re.match(r"(FAIL|ERROR): ", msg))
    if level in ("ERROR", "CRITICAL"):
        return True
    return level == "WARNING" and not allowed(logger, msg)


def main(path, tests_only=False):
    problems = []
    result = None
    skipped = 0
    with open(path, encoding="utf-8", errors="replace") as log:
        for raw in log:
            line = raw.rstrip("\n")
            match = LINE.match(line)
            if not match:
                continue
            level, logger, msg = match["level"], match["logger"], match["msg"]
            found = RESULT.search(msg)
            if found and logger == "odoo.tests.result":
                result = {k: int(v) for k, v in found.groupdict().items()}
                if level == "ERROR" or (level == "WARNING" and result["run"] == 0):
                    # the closing summary itself; judged below with its numbers
                    continue
            if level == "INFO" and SKIPPED.match(msg):
                skipped += 1
                problems.append(line)
            elif _is_problem(level, logger, msg, tests_only):
                problems.append(line)

    for line in problems:
        print(f"log: {line}")
    if result is None:
        print("The test run did not reach its end (no final test summary in the log).")
        print("0 passed, 1 failed, 0 skipped")
        return 1
    failed = result["failed"] + result["errors"]
    passed = result["run"] - failed - skipped
    ok = True
    if result["run"] == 0:
        print("No test ran.")
        ok = False
    if skipped and not tests_only:
        print(
            f"{skipped} test(s) skipped: a skipped browser tour means Chromium or "
            "websocket-client is missing; a skipped test is not a passed one."
        )
        ok = False
    if failed:
        ok = False
    unexplained = len(problems) - skipped
    if unexplained and not failed and not tests_only:
        print(
            f"{unexplained} ERROR/WARNING line(s) in the log are not on the allow-list "
            "of setup/check_test_log.py."
        )
        ok = False
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 0 if ok else 1


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--tests-only"]
    if len(args) != 1:
        sys.exit(__doc__)
    sys.exit(main(args[0], tests_only="--tests-only" in sys.argv[1:]))

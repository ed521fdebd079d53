#!/usr/bin/env python3
"""Counts what the last ctest run really ran, from BUILD_DIR/Testing/Temporary/LastTest.log.

    python3 tests/ctest-totals.py BUILD_DIR

ctest counts executables; a QtTest executable passes with some of its test functions skipped (QSKIP: no
sshd, no network namespaces), so a green run can hide a suite that skipped half its cases. This reads the
QtTest "Totals:" line of every executable and the SKIP/FAIL! lines above it, and prints

    tests: 612 ran, 612 passed, 0 failed, 0 skipped (43 executables)
    ctest: 612 passed, 0 failed, 0 skipped

as its last lines ("ran" is what was not skipped: passed, failed and QtTest-blacklisted). An executable that ended without a
Totals line (crashed, timed out, not found) counts as one failed test. Skips are a warning; with CI=true
(CI runs as root, with network namespaces: nothing there has a reason to skip) they are a failure.

Exit status: 0; 1 when a test failed or, in CI, skipped; 2 when there is no log to read.
"""

import os
import re
import sys

SECTION = re.compile(r"^\d+/\d+ Testing: (?P<name>.+)$")
TOTALS = re.compile(
    r"^Totals: (?P<passed>\d+) passed, (?P<failed>\d+) failed, (?P<skipped>\d+) skipped, (?P<blacklisted>\d+) blacklisted"
)
SKIP = re.compile(r"^SKIP   : (?P<test>\S+?\(.*?\))\s*(?P<reason>.*)$")
FAIL = re.compile(r"^FAIL!  : (?P<test>\S+?\(.*?\))\s*(?P<reason>.*)$")
RESULT = re.compile(r"^Test (Passed|Failed|Not Run)")
PASS = re.compile(r"^PASS   : (?P<test>\S+?\(.*?\))")
CRASH = re.compile(r"^(Received signal .*|QFATAL : .*)$")


class Executable:
    def __init__(self, name):
        self.name = name
        self.totals = None  # (passed, failed, skipped, blacklisted) summed over its Totals lines
        self.skips = []  # (test, reason)
        self.failures = []
        self.result = None  # "Test Passed." / "Test Failed." / ...
        self.last_done = None  # the last test function that finished, for a crash after it
        self.crash = None  # "Received signal 6 (SIGABRT)", a QFATAL line

    def add_totals(self, match):
        values = tuple(int(match.group(key)) for key in ("passed", "failed", "skipped", "blacklisted"))
        self.totals = values if self.totals is None else tuple(a + b for a, b in zip(self.totals, values))


def read_log(path):
    executables = []
    current = None
    with open(path, encoding="utf-8", errors="replace") as log:
        for raw in log:
            line = raw.rstrip("\r\n")
            section = SECTION.match(line)
            if section:
                current = Executable(section.group("name"))
                executables.append(current)
                continue
            if current is None:
                continue
            if RESULT.match(line):
                current.result = line  # "Test Passed.", "Test Failed.", "Test Failed.  Reason: ..."
            elif totals := TOTALS.match(line):
                current.add_totals(totals)
            elif passed := PASS.match(line):
                current.last_done = passed.group("test")
            elif skip := SKIP.match(line):
                current.skips.append((skip.group("test"), skip.group("reason")))
                current.last_done = skip.group("test")
            elif current.crash is None and (crash := CRASH.match(line)):
                current.crash = crash.group(1)
            elif fail := FAIL.match(line):
                current.failures.append((fail.group("test"), fail.group("reason")))
    return executables


def in_ci():
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def main(argv):
    if len(argv) != 2:
        print("usage: python3 tests/ctest-totals.py BUILD_DIR", file=sys.stderr)
        return 2
    path = os.path.join(argv[1], "Testing", "Temporary", "LastTest.log")
    if not os.path.isfile(path):
        print(f"tests: no results: {path} does not exist (did ctest run?)")
        print("ctest: 0 passed, 0 failed, 0 skipped")
        return 2

    executables = read_log(path)
    passed = failed = skipped = blacklisted = 0
    skips = []
    failures = []
    for exe in executables:
        if exe.totals is None:
            # Crashed, timed out or never started: its cases did not report, so it counts as one failure.
            failed += 1
            failures += [f"{exe.name}: {test} {reason}".rstrip() for test, reason in exe.failures]
            how = f": {exe.crash}" if exe.crash else ""
            after = f" after {exe.last_done}" if exe.last_done else ""
            failures.append(f"{exe.name}: ended without QtTest totals ({exe.result or 'no result'}){how}{after}")
            continue
        p, f, s, b = exe.totals
        passed += p
        failed += f
        skipped += s
        blacklisted += b
        skips += [f"{exe.name}: {test} {reason}".rstrip() for test, reason in exe.skips]
        failures += [f"{exe.name}: {test} {reason}".rstrip() for test, reason in exe.failures]
        if f == 0 and exe.result is not None and not exe.result.startswith("Test Passed"):
            # All its cases passed, yet ctest failed it (an exit code, a leak checker, a timeout at exit).
            failed += 1
            failures.append(f"{exe.name}: every case passed, but ctest says {exe.result}")
    # A skip that printed no SKIP line (an old QtTest, output cut short) still counts, by number.
    unnamed = skipped - len(skips)

    if failures:
        print(f"failed ({len(failures)}):")
        for failure in failures:
            print(f"  {failure}")
    if skipped:
        print(f"skipped ({skipped}):")
        for skip in skips:
            print(f"  {skip}")
        if unnamed > 0:
            print(f"  ... and {unnamed} more without a SKIP line")
    status = 1 if failed else 0
    if skipped and in_ci():
        print(f"error: {skipped} test(s) skipped; in CI (CI=true) every test must run, so a skip is a failure")
        status = 1
    elif skipped:
        print(f"warning: {skipped} test(s) skipped; with CI=true this run would fail")
    ran = passed + failed + blacklisted
    ignored = f", {blacklisted} blacklisted" if blacklisted else ""
    print(
        f"tests: {ran} ran, {passed} passed, {failed} failed, {skipped} skipped{ignored} ({len(executables)} executables)"
    )
    print(f"ctest: {passed} passed, {failed} failed, {skipped} skipped")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))

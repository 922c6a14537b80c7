"""What the suite's benchmarks share: a JSON-RPC client for a server on this machine,
timing helpers, and the way each benchmark reports its figures.

A figure is printed as one ``RESULT {json}`` line (gathered into one table by run.sh)
and as a readable line: the suite's value, its baseline measured in the same run, and
their ratio.
"""

import json
import statistics
import sys
import time
import urllib.request


class Client:
    """A logged-in JSON-RPC session, as the web client and the tablets have."""

    def __init__(self, url, db, login, password):
        if not url.startswith(("http://127.", "http://localhost")):
            sys.exit("benchmarks only run against a server on this machine")
        self.url = url
        self.cookie = None
        result = self._post(
            "/web/session/authenticate",
            {"db": db, "login": login, "password": password},
        )
        self.uid = result["uid"]

    def _post(self, path, params):
        data = json.dumps({"jsonrpc": "2.0", "method": "call", "params": params})
        request = urllib.request.Request(
            self.url + path,
            data=data.encode(),
            headers={"Content-Type": "application/json"},
        )
        if self.cookie:
            request.add_header("Cookie", self.cookie)
        with urllib.request.urlopen(request, timeout=600) as response:
            for header in response.headers.get_all("Set-Cookie") or []:
                if header.startswith("session_id="):
                    self.cookie = header.split(";")[0]
            body = json.loads(response.read())
        if body.get("error"):
            raise RuntimeError(body["error"]["data"]["message"])
        return body["result"]

    def call(self, model, method, *args, **kwargs):
        return self._post(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )

    def ref(self, xmlid):
        module, name = xmlid.split(".")
        return self.call("ir.model.data", "check_object_reference", module, name)[1]


def timed(fn, count):
    """Runs fn(0..count-1); returns the total seconds and each call's duration."""
    durations = []
    start = time.perf_counter()
    for index in range(count):
        begin = time.perf_counter()
        fn(index)
        durations.append(time.perf_counter() - begin)
    return time.perf_counter() - start, durations


def percentile(durations, pct):
    return statistics.quantiles(durations, n=100)[pct - 1]


def report(benchmark, figure, suite, baseline, unit, lower_is_better=True):
    """Prints one figure beside its baseline and their ratio (suite / baseline)."""
    ratio = suite / baseline if baseline else float("inf")
    print(
        "RESULT "
        + json.dumps(
            {
                "benchmark": benchmark,
                "figure": figure,
                "unit": unit,
                "suite": round(suite, 3),
                "baseline": round(baseline, 3),
                "ratio": round(ratio, 3),
                "lower_is_better": lower_is_better,
            }
        ),
        flush=True,
    )
    print(f"  {figure:52} {suite:10.1f} {baseline:10.1f} {ratio:7.2f}  ({unit})")
    return ratio

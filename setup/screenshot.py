#!/usr/bin/env python3
"""Screenshot a page of a running Odoo as a given user, with headless Chromium.

Usage: screenshot.py URL LOGIN PASSWORD OUT.png [WIDTHxHEIGHT] [SELECTOR] [DATABASE]
(LOGIN "-": as a visitor who is not logged in)

Logs in through /web/session/authenticate, hands the session cookie to Chromium over the
DevTools protocol, opens URL and saves a PNG once SELECTOR (default: the web client's
main action) is on the page. SELECTOR may be a path of buttons to press on the way,
separated by " | " (for instance the till's start button, then an order line); a step
"SELECTOR => TEXT" types TEXT into that field. Used to
keep the README's pictures true to the product.
"""

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from urllib.parse import urlparse

import websocket


def authenticate(base, db, login, password):
    payload = json.dumps(
        {"params": {"db": db, "login": login, "password": password}}
    ).encode()
    request = urllib.request.Request(
        f"{base}/web/session/authenticate",
        data=payload,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        body = json.loads(response.read())
        if body.get("error"):
            sys.exit(f"login failed: {body['error']['data']['message']}")
        for header in response.headers.get_all("Set-Cookie"):
            if header.startswith("session_id="):
                return header.split(";")[0].split("=", 1)[1]
    sys.exit("login failed: no session cookie")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main(url, login, password, out, size="1280x800", selector=None, db=None):
    parsed = urlparse(url)
    base = f"{parsed.scheme}://{parsed.netloc}"
    db = db or os.environ.get("SECTORAL_DB", "sectoral_demo")
    # "-" as the login: the page as a visitor who is not logged in sees it
    session = authenticate(base, db, login, password) if login != "-" else None
    width, height = (int(v) for v in size.split("x"))
    port = free_port()
    profile = tempfile.mkdtemp()
    browser = shutil.which("chromium") or shutil.which("google-chrome")
    chrome = subprocess.Popen(
        [
            browser,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--remote-debugging-port={port}",
            f"--window-size={width},{height}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/json", timeout=2
                ) as response:
                    targets = json.loads(response.read())
                page = next(t for t in targets if t["type"] == "page")
                break
            except (OSError, StopIteration):
                time.sleep(0.2)
        ws = websocket.create_connection(
            page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True
        )
        ids = iter(range(1, 1000))

        def call(method, **params):
            msg_id = next(ids)
            ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
            while True:
                message = json.loads(ws.recv())
                if message.get("id") == msg_id:
                    return message.get("result", {})

        call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        if session:
            call(
                "Network.setCookie",
                name="session_id",
                value=session,
                domain=parsed.hostname,
                path="/",
            )
        call("Page.navigate", url=url)
        steps = (selector or ".o_action_manager > *").split(" | ")
        deadline = time.time() + 90  # the first visit may build the asset bundles
        for step, target in enumerate(steps, start=1):
            # "selector => text": type the text into the field (as a person would,
            # so that the screen's own handlers see it), then go on
            target, _arrow, text = target.partition(" => ")
            while time.time() < deadline:
                found = call(
                    "Runtime.evaluate",
                    expression=f"!!document.querySelector({json.dumps(target)})",
                    returnByValue=True,
                )
                if found.get("result", {}).get("value"):
                    break
                time.sleep(0.5)
            else:
                sys.exit(f"{target} never appeared on {url}")
            if text:
                call(
                    "Runtime.evaluate",
                    expression=f"document.querySelector({json.dumps(target)}).focus()",
                )
                call("Input.insertText", text=text)
                time.sleep(0.3)
            elif step < len(steps):  # a button to press on the way
                call(
                    "Runtime.evaluate",
                    expression=f"document.querySelector({json.dumps(target)}).click()",
                )
                time.sleep(0.3)
        time.sleep(1.5)  # images and fonts
        shot = call("Page.captureScreenshot", format="png")
        with open(out, "wb") as image:
            image.write(base64.b64decode(shot["data"]))
        ws.close()
    finally:
        chrome.terminate()
        chrome.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])

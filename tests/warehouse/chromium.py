"""Drive a real headless Chromium over the DevTools protocol: open a page, click, type, take screenshots.

Only for tests (the project itself never starts a browser). Chromium listens on a loopback port; the
websockets client is the one Prefect already installs.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path


def chromium_path() -> str | None:
    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p),
                None)


class Browser:
    """One headless Chromium with one page; ``with Browser(exe, profile) as page: ...``."""

    def __init__(self, exe: str, profile: Path, width: int = 1000, height: int = 1400):
        self.exe, self.profile, self.size = exe, profile, (width, height)
        self._ids = itertools.count(1)

    def __enter__(self) -> Browser:
        from websockets.sync.client import connect

        self.proc = subprocess.Popen(
            [self.exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
             f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        port = None
        while port is None and time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line and self.proc.poll() is not None:
                raise RuntimeError("chromium exited before it listened")
            m = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            port = m and int(m.group(1))
        if port is None:
            raise RuntimeError("chromium did not start its DevTools server")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            target = next(t for t in json.load(resp) if t["type"] == "page")
        self.ws = connect(target["webSocketDebuggerUrl"], max_size=None, open_timeout=30)
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=self.size[0], height=self.size[1],
                  deviceScaleFactor=1, mobile=False)
        self.console: list[str] = []
        return self

    def __exit__(self, *exc) -> None:
        self.ws.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.proc.stderr.close()

    def call(self, method: str, **params) -> dict:
        msg_id = next(self._ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=60))
            if msg.get("method") in ("Runtime.consoleAPICalled", "Runtime.exceptionThrown"):
                self.console.append(json.dumps(msg.get("params"))[:300])
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url: str, ready: str = "document.body && document.body.dataset.report") -> str:
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + 30
        state = None
        while time.monotonic() < deadline:
            state = self.js(ready)
            if state and state != "pending":
                return state
            time.sleep(0.1)
        return state

    def center(self, selector: str) -> tuple[float, float]:
        """Scroll the element into view; its centre in viewport coordinates."""
        rect = self.js(f"(function(){{var e=document.querySelector({json.dumps(selector)});"
                       "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                       "return [r.left + r.width / 2, r.top + r.height / 2];})()")
        return rect[0], rect[1]

    def click(self, selector: str) -> None:
        """A real mouse click (pressed and released) at the element's centre."""
        x, y = self.center(selector)
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def type(self, selector: str, text: str) -> None:
        self.click(selector)
        self.call("Input.insertText", text=text)

    def screenshot(self, path: Path, selector: str | None = None) -> Path:
        """PNG of the viewport, or of one element (scrolled into view)."""
        params = {"format": "png"}
        if selector:
            rect = self.js(f"(function(){{var e=document.querySelector({json.dumps(selector)});"
                           "e.scrollIntoView({block:'start'});var r=e.getBoundingClientRect();"
                           "return [r.left + scrollX, r.top + scrollY, r.width, r.height];})()")
            params.update(clip={"x": rect[0], "y": rect[1], "width": rect[2], "height": min(rect[3], 3000),
                                "scale": 1}, captureBeyondViewport=True)
        data = self.call("Page.captureScreenshot", **params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

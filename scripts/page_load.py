#!/usr/bin/env python3
"""How fast a graph.html is usable in headless Chromium, with the network cut off.

Usage: .venv/bin/python scripts/page_load.py out/graph.html [NAME ...]

Prints the page's size, the time from navigation until the first view is drawn (the page sets
window.kgReady once its data is read and the overview is on screen), and for each NAME the time
kgSearch takes to find it and draw its neighbourhood. Needs Debian's chromium and chromedriver.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        print("needs chromium and chromedriver", file=sys.stderr)
        return 2
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    with tempfile.TemporaryDirectory() as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium")
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--user-data-dir={profile}", "--proxy-server=http://127.0.0.1:9",
                     "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1400,900"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
        try:
            size = args.page.stat().st_size
            started = time.perf_counter()
            driver.get(args.page.resolve().as_uri())
            WebDriverWait(driver, 120, poll_frequency=0.05).until(
                lambda d: d.execute_script("return window.kgReady === true"))
            ready = time.perf_counter() - started
            drawn = driver.execute_script("return window.kgNetwork.body.data.nodes.length")
            labelled = driver.execute_script(
                "return window.kgNetwork.body.data.nodes.get().filter(n => n.label).length")
            print(f"{args.page}: {size / 1e6:.1f} MB; first view drawn in {ready:.2f} s "
                  f"({drawn} entities, {labelled} labelled)")
            for name in args.names:
                started = time.perf_counter()
                found = driver.execute_script("return window.kgSearch(arguments[0])", name)
                took = time.perf_counter() - started
                shown = driver.execute_script("return window.kgNetwork.body.data.nodes.length")
                print(f"  search {name!r}: {'found' if found else 'NOT FOUND'} in {took:.2f} s, {shown} entities drawn")
        finally:
            driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())

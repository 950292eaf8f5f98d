"""Headless Chromium as a participant's phone (Debian's chromium and chromium-driver), for the
tests of the phone page. Selenium is given the driver's path and SE_OFFLINE: it never downloads
anything."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
needs_chromium = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver"
)
PAGE_LOAD_S = 10


@contextmanager
def phone_browser() -> Iterator[object]:
    """A browser with a phone's screen: 360 css pixels wide, touch."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
    ):
        options.add_argument(argument)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 3}}
    )
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(PAGE_LOAD_S)
    try:
        yield driver
    finally:
        driver.quit()


def type_into(browser: object, element: object, text: str) -> None:
    """Type ``text`` into the focused ``element`` as a phone's keyboard commits it, emoji
    included (ChromeDriver's send_keys refuses characters outside the BMP since Chromium 150)."""
    element.click()  # type: ignore[attr-defined]
    browser.execute_cdp_cmd("Input.insertText", {"text": text})  # type: ignore[attr-defined]

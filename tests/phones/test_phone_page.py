"""The phone page as a participant uses it: headless Chromium in a phone-sized window, against
the real server on 127.0.0.1 (Debian's chromium and chromium-driver; .ci/run installs them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from atelier.services.phones import inbox
from tests.browser import needs_chromium, phone_browser, type_into

pytestmark = needs_chromium
WAIT_S = 10


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with phone_browser() as driver:
        yield driver


def page(browser, served):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"http://127.0.0.1:{served.port}/p/{served.opening.token}/")
    wait = WebDriverWait(browser, WAIT_S)
    wait.until(lambda b: b.find_element("id", "vraag").text == served.opening.vraag)
    return wait


def waiting(database, werkvorm_id):
    with database.transaction() as session:
        return inbox.waiting(session, werkvorm_id)


def send(browser, wait, text: str) -> None:
    type_into(browser, browser.find_element("id", "tekst"), text)
    browser.find_element("id", "verstuur").click()
    wait.until(lambda b: "Ontvangen" in b.find_element("id", "status").text)


def test_a_participant_types_and_sends_notes_from_a_phone(browser, served, database, werkvorm):
    from selenium.webdriver.support.ui import Select

    wait = page(browser, served)
    assert browser.execute_script("return window.innerWidth") == 360
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    button = browser.find_element("id", "verstuur")
    assert button.size["height"] >= 44  # a thumb's target
    Select(browser.find_element("id", "organisatie")).select_by_visible_text(
        "Huurdersvereniging Klaverveld"
    )
    send(browser, wait, "Buurtbatterij bij de school <b>&</b>")
    assert browser.find_element("id", "tekst").get_attribute("value") == ""  # ready for the next
    send(browser, wait, "Warmtenet langs de vaart")
    rows = waiting(database, werkvorm.id)
    assert [r.text for r in rows] == [
        "Buurtbatterij bij de school <b>&</b>",
        "Warmtenet langs de vaart",
    ]
    assert rows[0].author_organisation_id == served.opening.organisations[0][0]


def test_the_phone_keeps_a_note_the_laptop_did_not_confirm_and_sends_it_once(
    browser, served, database, werkvorm
):
    wait = page(browser, served)
    store = served.server.deliver
    calls = []

    def lose_the_first_reply(submission):
        calls.append(submission)
        future = store(submission)  # stored for real...
        if len(calls) == 1:
            future.result(timeout=5)
            import concurrent.futures

            lost: concurrent.futures.Future = concurrent.futures.Future()
            return lost  # ...but the phone never hears so (the server answers 503)
        return future

    served.server.deliver = lose_the_first_reply
    served.server.limits = type(served.server.limits)(reply_timeout=0.3)
    browser.find_element("id", "tekst").send_keys("Zonnedak op de sporthal")
    browser.find_element("id", "verstuur").click()
    wait.until(lambda b: "opnieuw" in b.find_element("id", "status").text)
    assert browser.find_element("id", "status").text == (  # it tries again: no task for you
        "De notitie is nog niet aangekomen. Atelier probeert het zo opnieuw."
    )
    wait.until(lambda b: "Ontvangen" in b.find_element("id", "status").text)  # retried by itself
    assert len(calls) >= 2 and len({c.client_id for c in calls}) == 1
    assert [r.text for r in waiting(database, werkvorm.id)] == ["Zonnedak op de sporthal"]


def test_a_note_sent_as_the_werkvorm_closes_comes_back_into_the_field(
    browser, served, database, werkvorm
):
    wait = page(browser, served)
    browser.find_element("id", "tekst").send_keys("Te laat ingestuurd")
    served.server.deliver = lambda _submission: _closing(served)  # closes while it is sent
    browser.find_element("id", "verstuur").click()
    wait.until(lambda b: b.find_element("id", "titel").text == "Gesloten")
    assert "niet (meer) open" in browser.find_element("id", "status").text
    assert browser.find_element("id", "tekst").get_attribute("value") == "Te laat ingestuurd"
    assert waiting(database, werkvorm.id) == []


def _closing(served):
    """A window that closes phones just as a note arrives: the phone hears "gesloten"."""
    import concurrent.futures

    from atelier.phones.opening import Reply

    served.server.publish(None)
    answer: concurrent.futures.Future = concurrent.futures.Future()
    answer.set_result(Reply(False, "Deze werkvorm staat niet (meer) open voor telefoons."))
    return answer


def test_the_page_hears_at_once_that_its_werkvorm_closed(browser, served):
    import time

    page(browser, served)
    deadline = time.monotonic() + WAIT_S
    while served.server.live_count() == 0 and time.monotonic() < deadline:
        time.sleep(0.05)  # the page's live channel is open
    served.server.publish(None)
    started = time.monotonic()
    while browser.find_element("id", "titel").text != "Gesloten":
        assert time.monotonic() - started < 2, "not told within 2 s (polling alone takes 5)"
        time.sleep(0.05)

"""The seed pair's HTML report in real headless Chromium: rows, highlights, links, keys, axe-core.

Needs the Debian packages chromium and chromium-driver, the Python package selenium and the npm
package axe-core in tests/node (``npm install --prefix tests/node``); skipped with the reason
when one is missing. The screenshot goes to build/screenshots/seed-report.png; the one shown in
README.md is a copy of it in docs/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from align_check.cli import EXIT_FINDINGS, main
from align_check.reading import read_document
from paths import ENGLISH, FRENCH, ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE = ROOT / "tests" / "node" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT = ROOT / "build" / "screenshots" / "seed-report.png"
WINDOW = (1280, 900)
ADDED = (
    "Work will be taken forward rapidly on priorities identified in the regular joint UK "
    "France security reviews."
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
"""Chromium switches: headless, and nothing that reaches for the network (it would hang)."""


def _missing() -> str | None:
    """Why the browser test cannot run here, or None."""
    for path, install in (
        (CHROMIUM, "apt-get install chromium"),
        (CHROMEDRIVER, "apt-get install chromium-driver"),
        (AXE, "npm install --prefix tests/node"),
    ):
        if not path.exists():
            return f"{path} is absent ({install})"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=str(_missing()))


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed pair's HTML report, written by ``align-check compare``."""
    out = tmp_path_factory.mktemp("report") / "seed.html"
    args = ["compare", str(FRENCH), str(ENGLISH), "--format", "html", "-o", str(out)]
    assert main(args) == EXIT_FINDINGS
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Chromium driven by chromedriver, with a fresh profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        *FLAGS,
        f"--user-data-dir={tmp_path_factory.mktemp('profile')}",
        "--window-size={},{}".format(*WINDOW),
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    yield driver
    driver.quit()


@pytest.fixture()
def page(browser: Any, seed: Path) -> Any:
    """The seed report freshly loaded, scrolled to the top."""
    browser.get("about:blank")
    browser.get(seed.as_uri())
    return browser


def _added_row(page: Any) -> Any:
    """The row holding the sentence the English version adds."""
    cell = page.find_element(
        "xpath", f"//td[contains(@class, 'lone')][p[normalize-space()='{ADDED}']]"
    )
    return cell.find_element("xpath", "./ancestor::tr")


def _in_view(page: Any, element: Any) -> bool:
    script = (
        "var r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;"
    )
    return bool(page.execute_script(script, element))


SIDES = [pytest.param(FRENCH, "fr", id="French"), pytest.param(ENGLISH, "en", id="English")]


@pytest.mark.parametrize(("path", "lang"), SIDES)
def test_the_rows_show_every_sentence_once_in_order(page: Any, path: Path, lang: str) -> None:
    cells = page.find_elements("css selector", f"table.alignment tbody td[lang='{lang}'] p")
    sentences = read_document(str(path), lang, False).sentences
    assert [cell.get_attribute("textContent") for cell in cells] == [s.text for s in sentences]


def test_the_added_sentence_stands_out_against_an_empty_french_cell(page: Any) -> None:
    row = _added_row(page)
    gap, lone = row.find_elements("css selector", "td.side")
    assert "gap" in gap.get_attribute("class")
    assert gap.find_elements("css selector", "p") == []
    assert lone.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    assert "flagged" in row.get_attribute("class")


def test_every_finding_link_leads_to_a_row(page: Any) -> None:
    links = page.find_elements("css selector", "ol.findings a")
    total = page.find_element("css selector", "table.counts tfoot td:last-child").text
    assert len(links) == int(total)
    targets = [link.get_attribute("hash")[1:] for link in links]
    assert all(page.find_elements("id", target) for target in targets)


def test_following_a_finding_link_brings_its_row_into_view(page: Any) -> None:
    row = _added_row(page)
    assert not _in_view(page, row)
    page.find_element("css selector", f"ol.findings a[href='#{row.get_attribute('id')}']").click()
    assert _in_view(page, row)


def test_the_j_key_moves_to_the_first_finding_then_k_back(page: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(page).send_keys("j").send_keys("j").perform()
    second = page.switch_to.active_element
    ActionChains(page).send_keys("k").perform()
    first = page.switch_to.active_element
    flagged = page.find_elements("css selector", "tr.flagged")
    assert (first, second) == (flagged[0], flagged[1])
    assert _in_view(page, first)


def test_unticking_a_severity_hides_its_findings(page: Any) -> None:
    page.find_element("css selector", "input[name='severity'][value='error']").click()
    hidden = page.find_elements("css selector", "ol.findings li[data-severity='error']")
    assert hidden and not any(item.is_displayed() for item in hidden)
    assert "flagged" not in _added_row(page).get_attribute("class")


def test_axe_finds_no_serious_or_critical_violation(page: Any) -> None:
    page.execute_script(AXE.read_text(encoding="utf-8"))
    result = page.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document).then(function (r) { done(r); }, function (e) { done(String(e)); });"
    )
    assert isinstance(result, dict), result
    serious = [
        (v["id"], len(v["nodes"]))
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    assert len(result["passes"]) > 10


def test_a_screenshot_shows_the_added_sentence(page: Any) -> None:
    row = _added_row(page)
    page.execute_script("arguments[0].scrollIntoView({block: 'center'});", row)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert page.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert _in_view(page, row)


def test_the_page_loads_nothing_from_the_network(page: Any) -> None:
    names = page.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });"
    )
    assert names == []

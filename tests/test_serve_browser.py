"""drafter serve end to end, in a real headless Chromium (Debian's chromium and chromedriver, which
.ci/run installs): from ``drafter new --scheme`` to the downloaded .docx, with the server killed and
started again half-way. Screenshots at 1366×768 and 1920×1080 go to $DRAFTER_SCREENSHOTS if set
(docs/ holds the ones the README shows)."""

import base64
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.data.reading import yaml_values

from test_serve import same_parts, started, stopped

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("CI"):
        raise RuntimeError("CI must install chromium and chromium-driver (.ci/run does) for drafter serve's browser test")
    pytest.skip("needs Debian's chromium and chromium-driver", allow_module_level=True)

pytestmark = pytest.mark.chromium


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1366,768", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


class Clerk:
    """What a clerk does on the page, each step waiting for the page to say it is done."""

    def __init__(self, driver):
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver = driver
        self.wait = WebDriverWait(driver, 20, poll_frequency=0.05)

    def find(self, selector):
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def text_of(self, selector) -> str:
        return self.driver.execute_script("const n = document.querySelector(arguments[0]); return n ? n.textContent : '';", selector)

    def go_to(self, label: str) -> None:
        """Click the walk's line that starts with ``label``."""
        from selenium.webdriver.common.by import By

        links = [a for a in self.driver.find_elements(By.CSS_SELECTOR, "#walk a") if a.text.strip().startswith(label)]
        assert links, label
        self.swapped(links[0].click)

    def swapped(self, action) -> None:
        """Do ``action`` and wait for the page to show a field anew (a link, the next field, a button)."""
        self.driver.execute_script("document.querySelector('#answer').dataset.old = '1'")
        action()
        self.wait.until(lambda d: d.execute_script("const f = document.querySelector('#answer'); return f && !f.dataset.old"))

    def type(self, text: str, clear: bool = True) -> None:
        box = self.find("#text")
        if clear:
            box.clear()
        box.send_keys(text)

    def saved(self) -> None:
        """The field in hand is written (the page's copy of the file's value equals what was typed)."""
        self.wait.until(lambda d: d.execute_script(
            "const f = document.querySelector('#answer'), t = document.querySelector('#text');"
            "return f && t && t.value === f.elements.before.value && document.querySelector('#status').className === 'saved';"),
            message="the field in hand was not saved")

    def answer(self, text: str) -> None:
        self.type(text)
        self.saved()

    def next(self) -> None:
        self.swapped(self.find("button[value=next]").click)

    def press(self, label: str) -> None:
        from selenium.webdriver.common.by import By

        buttons = [b for b in self.driver.find_elements(By.CSS_SELECTOR, "#field button") if b.text.strip() == label]
        assert buttons, (label, self.text_of("#field"))
        button = buttons[0]
        self.swapped(button.click)

    def preview(self) -> str:
        return self.text_of("#preview article")

    def errors(self) -> list:
        """What went wrong in the page's script (a refused answer's 422 is the page working)."""
        return [entry for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE" and entry["source"] != "network"]


def test_a_clerk_drafts_a_report_in_the_browser_from_new_to_the_docx(tmp_path, browser):
    data = tmp_path / "2025.yaml"
    subprocess.run([sys.executable, "-m", "drafter", "new", "--scheme", "county-annual-assessment", "-o", str(data)], check=True, capture_output=True)
    process, address = started(data)
    clerk = Clerk(browser)
    try:
        browser.get(address)
        assert "token=" not in browser.current_url
        clerk.go_to("报告信息")
        clerk.answer("XX县关于2024—2025学年度教育工作考核自查自评情况的报告")
        clerk.next()
        clerk.answer("XX县人民政府")
        clerk.next()
        clerk.answer("市教育局")
        clerk.next()
        clerk.type("2025-02-30")  # an impossible date is said so, and not written
        clerk.wait.until(lambda d: "日期要存在" in clerk.text_of("#check"))
        assert "2025-02-30" not in data.read_text(encoding="utf-8")
        clerk.answer("2025-06-30")
        assert "2025年6月30日" in clerk.preview()

        clerk.go_to("1.1 党政重视教育发展")
        clerk.answer("县委常委会专题研究教育工作7次")
        assert "一是县委常委会专题研究教育工作7次；二是" in clerk.preview()
        assert "县委常委会专题研究教育工作7次" in clerk.text_of("#preview p.current")  # the paragraph in hand, marked
        clerk.next()
        clerk.answer("5")
        assert "自评得分 5 / 100 分" in clerk.text_of("#totals")

        # points: the numbering in the preview follows each insertion and move
        clerk.go_to("存在问题")
        clerk.answer("经费保障还不够充分")
        assert "经费保障还不够充分。" in clerk.preview() and "一是经费保障" not in clerk.preview()
        clerk.press("在后面加一条")
        clerk.answer("师资结构有待优化")
        assert "一是经费保障还不够充分；二是师资结构有待优化。" in clerk.preview()
        clerk.press("上移")
        assert "一是师资结构有待优化；二是经费保障还不够充分。" in clerk.preview()

        clerk.go_to("4.3 高中教育")
        clerk.find("form.not-applicable input[name=reason]").send_keys("本县没有普通高中")
        clerk.press("标为不适用")
        clerk.wait.until(lambda d: "/ 95 分" in clerk.text_of("#totals"))
        assert re.search(r"4\.3 高中教育\s*不适用", clerk.text_of("#walk li.not-applicable"))

        # killed mid-way: every accepted answer is in the file and on the page of a new server
        clerk.go_to("4.4 职业教育")
        clerk.type("这一项还在输入中", clear=True)
        process.kill()
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
    process, address = started(data)
    try:
        browser.get(address)
        for kept in ("县委常委会专题研究教育工作7次", "一是师资结构有待优化；二是经费保障还不够充分。", "2025年6月30日"):
            assert kept in clerk.preview()
        assert "/ 95 分" in clerk.text_of("#totals")
        values = yaml_values(data.read_text(encoding="utf-8"), str(data))[0]
        assert values["issuer"] == "XX县人民政府" and values["recipient"] == "市教育局"
        # an edit made in an editor meanwhile: the page says so and, asked, reads the file again
        data.write_text(data.read_text(encoding="utf-8").replace("recipient: 市教育局", "recipient: 市教育局办公室", 1), encoding="utf-8")
        clerk.wait.until(lambda d: d.execute_script("return !document.querySelector('#banner').hidden"))
        clerk.swapped(clerk.find("#reload").click)
        assert "市教育局办公室：" in clerk.preview()
        shots = Path(os.environ["DRAFTER_SCREENSHOTS"]) if os.environ.get("DRAFTER_SCREENSHOTS") else tmp_path
        screenshots(browser, clerk, shots)

        # finish: every field the page stops at, in its order, then the .docx
        finish(clerk)
        assert "已填写 " in clerk.text_of("#totals") and "（100%）" in clerk.text_of("#totals")
        docx = base64.b64decode(browser.execute_async_script(
            "const done = arguments[0]; fetch('/download/docx').then(r => r.arrayBuffer()).then(b => {"
            " let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); });"))
        built = tmp_path / "built.docx"
        subprocess.run([sys.executable, "-m", "drafter", "build", str(data), "-o", str(built)], check=True, capture_output=True)
        assert same_parts(docx, built.read_bytes())
        assert clerk.errors() == []
    finally:
        stopped(process)


def finish(clerk: Clerk) -> None:
    """Answer every field still empty, going on from the first one with 保存并下一项."""
    typed = {"score": "4", "number": "12", "date": "2025-06-30"}
    clerk.driver.get(clerk.driver.current_url.split("?")[0])  # the page opens at the first unanswered field
    for _turn in range(200):
        if "（100%）" in clerk.text_of("#totals"):
            return
        kind = clerk.driver.execute_script("return document.querySelector('#answer').dataset.kind")
        if not clerk.find("#text").get_attribute("value").strip():
            clerk.type(typed.get(kind, "按要求完成了这项工作"))
        clerk.next()
    raise AssertionError("the walk did not finish: " + clerk.text_of("#totals"))


def screenshots(browser, clerk: Clerk, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    clerk.go_to("1.1 党政重视教育发展")
    for width, height in ((1366, 768), (1920, 1080)):  # the page's own size, whatever the window's frame takes
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        browser.save_screenshot(str(folder / f"serve-{width}x{height}.png"))
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def listener(host: str = "127.0.0.1"):
    """Another local web server (another user's, say), on a port of its own: it records the Cookie
    header of every request it gets."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    heard = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self):
            heard.append(f"{self.path} {self.headers.get('Cookie') or ''}")
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>another server</p>")

        def log_message(self, *args):
            pass

    server = HTTPServer((host, 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, heard


def test_no_credential_of_the_page_reaches_another_local_server(tmp_path, browser):
    data = tmp_path / "2025.yaml"
    process, address = started(data, "--scheme", "county-bureau-work-report")
    token = address.split("token=")[1]
    others = [listener("127.0.0.1")]
    page_host, page_port = re.match(r"http://([\d.]+):(\d+)/", address).groups()
    try:
        browser.get(address)
        assert "token=" not in browser.current_url and browser.get_cookies()  # the page's cookie is set
        for server, _heard in others:
            port = server.server_address[1]
            for url in (f"http://127.0.0.1:{port}/", f"http://localhost:{port}/from-a-link"):
                browser.get(url)
                assert "another server" in browser.page_source
        browser.get(f"http://{page_host}:{page_port}/")  # and the page still opens
        assert "drafter" in browser.title or "起草" in browser.page_source
    finally:
        stopped(process)
        for server, _heard in others:
            server.shutdown()
    heard = [line for _server, recorded in others for line in recorded]
    assert heard and not any(token in line or "drafter_" in line for line in heard), heard

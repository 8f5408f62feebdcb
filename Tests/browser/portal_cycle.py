#!/usr/bin/env python3
"""A whole year's cycle through the Huizong portal in real headless Chromium.

An accountant signs in and uploads the unit's file; the finance office's approval is
refused while its warnings have no 审核说明; the accountant explains each warning, uploads the
file again and confirms the explanations the new version offers; the office accepts all but
one and rejects that one with a comment, approves, runs the consolidation, opens the
base-data table and its charts (one bar per figure of the report's JSON) and downloads
it, then follows one of its figures to the units and the lines behind it (provenance),
opens the report, and in the HTML report shown in the browser follows 公用经费's link to its
units. Each step checks the page
contract (the ids and data- attributes the portal renders) and leaves a screenshot
DIR/NN-step-name.png; the first thing that is not as expected ends the run with exit
status 1 and a message naming the step, the URL and what was found instead (and a
screenshot DIR/NN-step-name-FAILED.png). Exit status 2: the browser could not be started.

Run by Tests/HuizongIntegrationTests/Portal/PortalBrowserTests.swift with the venv that
`make browser-deps` creates (.build/browser-venv); by hand:

    .build/browser-venv/bin/python Tests/browser/portal_cycle.py --base http://127.0.0.1:8080 \\
        --artifacts /tmp/shots --accountant a401001 --accountant-password … \\
        --office office401 --office-password … --file samples/reference-department/401001-2022.csv \\
        --expect-figure 3708.44
"""

import argparse
import base64
import decimal
import json
import os
import shutil
import sys
import time
import traceback
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urljoin, urlparse

from selenium import webdriver
from selenium.common.exceptions import (
    NoSuchElementException,
    StaleElementReferenceException,
    TimeoutException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

WINDOW = (1280, 900)


class Failure(Exception):
    """Something on a page is not what the contract says."""


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the portal, e.g. http://127.0.0.1:8080")
    parser.add_argument("--artifacts", required=True, help="directory for screenshots and downloads")
    parser.add_argument("--accountant", required=True, help="the accountant's account name")
    parser.add_argument("--accountant-password", required=True)
    parser.add_argument("--office", required=True, help="the finance office's account name")
    parser.add_argument("--office-password", required=True)
    parser.add_argument("--file", required=True, help="the submission the accountant uploads")
    parser.add_argument("--unit", default="401001", help="the accountant's unit (default 401001)")
    parser.add_argument("--node", default="401", help="the office's node (default 401)")
    parser.add_argument("--year", default="2022", help="the fiscal year uploaded (default 2022)")
    parser.add_argument("--expect-figure", required=True, help="text table#base-data must contain, e.g. 3708.44")
    parser.add_argument(
        "--follow-figure",
        default="base_data.basic.public_funds.actual",
        help="the key of the base-data figure to follow to its lines (default: 公用经费, this year's actual)",
    )
    parser.add_argument(
        "--report-text",
        help="a report's text the office checks on the report page (the reference report); without it the step only looks",
    )
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--timeout", type=float, default=20, help="seconds to wait for a page (default 20)")
    parser.add_argument("--run-timeout", type=float, default=180, help="seconds to wait for a run (default 180)")
    return parser.parse_args()


class Cycle:
    def __init__(self, arguments):
        self.arguments = arguments
        self.base = arguments.base.rstrip("/")
        self.artifacts = os.path.abspath(arguments.artifacts)
        self.downloads = os.path.join(self.artifacts, "downloads")
        self.step_number = 0
        self.step_name = "start"
        self.driver = None
        self.submission_id = None
        self.versions = []
        self.explanations = {}
        self.run_url = None

    # --- the browser -------------------------------------------------------------------

    def start_browser(self):
        for path in (self.arguments.chromium, self.arguments.chromedriver):
            if not os.access(path, os.X_OK):
                print(f"error: {path} is missing: run `make browser-deps` (or `make test`)", file=sys.stderr)
                sys.exit(2)
        options = webdriver.ChromeOptions()
        options.binary_location = self.arguments.chromium
        for flag in (
            "--headless=new",
            "--no-sandbox",  # Chromium refuses to run as root with its sandbox
            f"--window-size={WINDOW[0]},{WINDOW[1]}",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--lang=zh-CN",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--password-store=basic",
        ):
            options.add_argument(flag)
        options.add_experimental_option(
            "prefs",
            {
                "download.default_directory": self.downloads,
                "download.prompt_for_download": False,
                "download.directory_upgrade": True,
                "safebrowsing.enabled": False,
                "credentials_enable_service": False,
                "profile.password_manager_enabled": False,
                "intl.accept_languages": "zh-CN,zh",
            },
        )
        service = Service(
            executable_path=self.arguments.chromedriver, log_output=os.path.join(self.artifacts, "chromedriver.log")
        )
        try:
            self.driver = webdriver.Chrome(service=service, options=options)
        except WebDriverException as error:
            print(f"error: Chromium did not start: {error.msg}", file=sys.stderr)
            sys.exit(2)
        # Headless Chromium saves downloads only where it is told to, without asking.
        self.driver.execute_cdp_cmd(
            "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": self.downloads, "eventsEnabled": True}
        )
        self.driver.set_page_load_timeout(self.arguments.run_timeout)
        # --window-size is the outer window: grow it until the page itself gets 1280×900.
        self.driver.get("about:blank")
        inner = self.driver.execute_script("return [window.innerWidth, window.innerHeight]")
        outer = self.driver.get_window_size()
        self.driver.set_window_size(outer["width"] + WINDOW[0] - inner[0], outer["height"] + WINDOW[1] - inner[1])

    def stop_browser(self):
        if self.driver is not None:
            try:
                self.driver.quit()
            except WebDriverException:
                pass

    # --- helpers -----------------------------------------------------------------------

    def step(self, name):
        self.step_number += 1
        self.step_name = name
        print(f"step {self.step_number:02d} {name}", flush=True)

    def fail(self, message):
        raise Failure(message)

    def screenshot(self, full_page=False, suffix=""):
        path = os.path.join(self.artifacts, f"{self.step_number:02d}-{self.step_name}{suffix}.png")
        if full_page:
            metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            width = max(WINDOW[0], int(size["width"] + 0.999))
            height = max(WINDOW[1], int(size["height"] + 0.999))
            shot = self.driver.execute_cdp_cmd(
                "Page.captureScreenshot",
                {
                    "format": "png",
                    "captureBeyondViewport": True,
                    "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
                },
            )
            with open(path, "wb") as file:
                file.write(base64.b64decode(shot["data"]))
        elif not self.driver.save_screenshot(path):
            self.fail(f"could not write the screenshot {path}")
        print(f"  screenshot {os.path.basename(path)}", flush=True)

    def url(self, path):
        return urljoin(self.base + "/", path.lstrip("/"))

    def path_and_query(self):
        parsed = urlparse(self.driver.current_url)
        return parsed.path, {key: values[-1] for key, values in parse_qs(parsed.query).items()}

    def open(self, path):
        self.driver.get(self.url(path))
        self.wait_loaded()

    def wait_loaded(self):
        WebDriverWait(self.driver, self.arguments.timeout).until(
            lambda driver: driver.execute_script("return document.readyState") == "complete"
        )

    def find(self, css, what=None):
        try:
            return self.driver.find_element(By.CSS_SELECTOR, css)
        except NoSuchElementException:
            self.fail(f"no {what or css} on the page ({css} not found)")

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def attribute(self, css, name):
        value = self.find(css).get_attribute(name)
        if value is None:
            self.fail(f"{css} has no {name} attribute")
        return value

    def click_and_wait(self, element, timeout=None):
        """Clicks something that leaves the page (a form's button, a link) and waits for the next one."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        element.click()
        try:
            WebDriverWait(self.driver, timeout or self.arguments.timeout).until(lambda _: left(page))
        except TimeoutException:
            self.fail(
                f"clicking {describe(element)} did not lead to another page within {timeout or self.arguments.timeout:.0f} s"
            )
        self.wait_loaded()

    def fill(self, css, text):
        field = self.find(css)
        field.clear()
        field.send_keys(text)

    def expect_path(self, expected, what):
        path, _ = self.path_and_query()
        if path != expected:
            self.fail(f"{what}: expected to be on {expected}, but the browser is on {self.driver.current_url}")

    def expect_signed_in_as(self, name):
        shown = self.find("span#whoami", "span#whoami (the signed-in account)").text.strip()
        if name not in shown:
            self.fail(f"span#whoami shows {shown!r}, expected the account name {name!r}")
        self.find("form#logout button#logout-submit", "the sign-out button form#logout button#logout-submit")

    def page_excerpt(self, limit=600):
        try:
            text = self.driver.find_element(By.TAG_NAME, "body").text
        except WebDriverException:
            return "(no page)"
        text = " ".join(text.split())
        return text[:limit] + ("…" if len(text) > limit else "")

    # --- the steps ---------------------------------------------------------------------

    def sign_in(self, name, password):
        self.open("/login")
        self.find("form#login", "the sign-in form form#login")
        self.fill("form#login input#user[name=user]", name)
        self.fill("form#login input#password[name=password]", password)
        self.click_and_wait(self.find("form#login button#login-submit"))
        path, _ = self.path_and_query()
        if path == "/login":
            errors = " ".join(error.text for error in self.find_all(".error"))
            self.fail(
                f"signing in as {name} was refused: {errors!r}" if errors else f"signing in as {name} stayed on /login"
            )
        self.expect_signed_in_as(name)

    def sign_out(self):
        self.click_and_wait(self.find("form#logout button#logout-submit"))
        if self.find_all("span#whoami"):
            self.fail(f"still signed in after #logout-submit (span#whoami shows {self.find('span#whoami').text!r})")
        # A signed-out browser may not see a signed-in page any more.
        self.open("/")
        if self.find_all("span#whoami"):
            self.fail(f"/ still shows a signed-in page after signing out ({self.driver.current_url})")

    def wrong_password_refused(self, name):
        self.open("/login")
        self.fill("form#login input#user[name=user]", name)
        self.fill("form#login input#password[name=password]", "not-the-password")
        self.click_and_wait(self.find("form#login button#login-submit"))
        self.expect_path("/login", "a wrong password")
        if not self.find_all(".error"):
            self.fail("a wrong password brought back /login without an .error")
        if self.find_all("span#whoami"):
            self.fail("a wrong password signed in")

    def accountant_signs_in(self):
        self.step("accountant-signed-in")
        self.wrong_password_refused(self.arguments.accountant)
        self.sign_in(self.arguments.accountant, self.arguments.accountant_password)
        self.expect_path("/", "after signing in")
        self.screenshot()

    def upload(self):
        self.step("upload-accepted")
        self.upload_file()
        self.screenshot()

    def upload_file(self):
        self.open("/")
        self.find("form#upload", "the upload form form#upload")
        year = self.find("form#upload input#upload-year[name=year]")
        if not (year.get_attribute("value") or "").strip():
            self.fail("input#upload-year is not prefilled")
        self.fill("form#upload input#upload-year[name=year]", self.arguments.year)
        self.find("form#upload input#upload-file[name=file]").send_keys(os.path.abspath(self.arguments.file))
        self.click_and_wait(self.find("form#upload button#upload-submit"), timeout=self.arguments.run_timeout)
        path, _ = self.path_and_query()
        parts = path.strip("/").split("/")
        if len(parts) != 2 or parts[0] != "submissions" or not parts[1].isdigit():
            self.fail(f"the upload should land on /submissions/{{id}}, the browser is on {self.driver.current_url}")
        self.submission_id = parts[1]
        status = self.attribute("#submission-status", "data-status")
        if status not in ("accepted", "accepted_with_warnings"):
            findings = " | ".join(row.text for row in self.find_all("table#findings tbody tr"))
            self.fail(
                f"#submission-status data-status is {status!r}, expected accepted or accepted_with_warnings; findings: {findings}"
            )
        findings = self.find_all("table#findings")
        none = self.find_all("p#no-findings")
        if not findings and not none:
            self.fail("neither table#findings nor p#no-findings is on the submission page")
        shown = [element for element in findings + none if element.is_displayed()]
        if not shown:
            self.fail("table#findings / p#no-findings is there but not displayed")
        rows = len(self.find_all("table#findings tbody tr"))
        print(f"  submission {self.submission_id}: {status}, {rows} finding row(s)", flush=True)
        if self.find_all("form#approve") or self.find_all("form#return"):
            self.fail("the accountant is offered form#approve / form#return on the own submission")
        raw, _ = self.fetch(self.find("a#raw-download", "the raw file link a#raw-download").get_attribute("href"))
        with open(self.arguments.file, "rb") as file:
            if raw != file.read():
                self.fail(
                    f"a#raw-download gives {len(raw)} bytes, not the {os.path.getsize(self.arguments.file)} uploaded"
                )
        print(f"  a#raw-download: the {len(raw)} bytes uploaded", flush=True)
        self.versions.append(self.submission_id)

    def history(self):
        self.step("history")
        self.open("/history")
        self.find("table#history", "the upload history table#history")
        rows = self.find_all("table#history tbody tr")
        if not rows:
            self.fail("table#history has no rows after an upload")
        uploaders = [cell.text.strip() for cell in self.find_all("table#history tbody tr td.uploaded-by")]
        if self.arguments.accountant not in uploaders:
            self.fail(f"no row of table#history has td.uploaded-by {self.arguments.accountant!r} (found {uploaders})")
        self.screenshot()
        self.sign_out()

    # --- 审核说明 (explanations) ---------------------------------------------------------

    def warning_rows(self):
        """The finding ids of the warning rows (tr.finding[data-finding]) of the page."""
        return [row.get_attribute("data-finding") for row in self.find_all("table#findings tr.finding[data-finding]")]

    def open_submission(self):
        self.open(f"/submissions/{self.submission_id}")
        self.expect_path(f"/submissions/{self.submission_id}", "the submission page")

    def approval_refused(self):
        self.step("approval-refused")
        self.sign_in(self.arguments.office, self.arguments.office_password)
        self.open_submission()
        warnings = self.warning_rows()
        if not warnings:
            self.fail("the submission page shows no warning row tr.finding[data-finding]")
        count = self.attribute("p#unexplained", "data-count")
        if count != str(len(warnings)):
            self.fail(f"p#unexplained data-count is {count!r}, expected {len(warnings)} (the unexplained warnings)")
        if self.find_all("form.decide"):
            self.fail("form.decide is offered before any explanation")
        self.click_and_wait(self.find("form#approve button#approve-submit"))
        refusal = " ".join(error.text for error in self.find_all(".error"))
        expected = f"还有 {len(warnings)} 条警告没有单位的审核说明"
        if expected not in refusal:
            self.fail(f"approving before the explanations should show {expected!r}; the page reads {refusal!r}")
        missing = [key for key in warnings if key not in refusal]
        if missing:
            self.fail(f"the refusal does not name the warnings {missing}: {refusal!r}")
        print(f"  refused: {refusal}", flush=True)
        self.screenshot()
        self.sign_out()

    def explain_each(self, prefix):
        """Writes an explanation for every warning on the submission page through its form.explain."""
        for key in self.warning_rows():
            row = f'table#findings tr.finding[data-finding="{key}"]'
            text = f"{prefix}：{key} 的数字已核对，变动有文件依据。"
            self.fill(f"{row} form.explain textarea[name=text]", text)
            self.click_and_wait(self.find(f"{row} form.explain button[type=submit]"))
            self.expect_path(f"/submissions/{self.submission_id}", "explaining should return to the submission")
            shown = self.find(f"{row} td.explanation", f"the explanation cell of {key}").text
            if text not in shown:
                self.fail(f"td.explanation of {key} reads {shown!r} after explaining, expected {text!r}")
            self.explanations[key] = text

    def accountant_explains(self):
        self.step("accountant-explained")
        self.sign_in(self.arguments.accountant, self.arguments.accountant_password)
        self.open_submission()
        warnings = self.warning_rows()
        forms = self.find_all("table#findings tr.finding[data-finding] form.explain")
        if len(forms) != len(warnings):
            self.fail(f"{len(forms)} form.explain for {len(warnings)} warning rows")
        if self.find_all("form.decide"):
            self.fail("the accountant is offered form.decide")
        self.explain_each("浏览器测试")
        print(f"  explained {len(warnings)} warning(s)", flush=True)
        self.screenshot()

    def second_version_offers(self):
        self.step("second-version-offered")
        self.upload_file()
        if self.submission_id == self.versions[0]:
            self.fail("the second upload did not make a new submission")
        for key, text in self.explanations.items():
            row = f'table#findings tr.finding[data-finding="{key}"]'
            self.find(row, f"the warning row of {key} in version 2")
            note = self.find(f"{row} form.explain .offer", f"the offer note of {key}").text
            if "来自版本 1" not in note:
                self.fail(f"the offer note of {key} reads {note!r}, expected it to say 来自版本 1")
            prefilled = self.find(f"{row} form.explain textarea[name=text]").get_attribute("value")
            if prefilled != text:
                self.fail(f"the textarea of {key} is prefilled with {prefilled!r}, expected {text!r}")
            state = self.attribute(f"{row} td.explanation", "data-state")
            if state != "unexplained":
                self.fail(f"td.explanation of {key} is {state!r} before confirming; an offer counts only once submitted")
        self.screenshot(suffix="-before")
        for key, text in self.explanations.items():
            row = f'table#findings tr.finding[data-finding="{key}"]'
            self.click_and_wait(self.find(f"{row} form.explain button[type=submit]"))
            shown = self.find(f"{row} td.explanation").text
            if text not in shown or "沿用自版本 1" not in shown:
                self.fail(f"td.explanation of {key} reads {shown!r} after confirming, expected the text and 沿用自版本 1")
        print(f"  version {self.submission_id}: {len(self.explanations)} explanation(s) offered and confirmed", flush=True)
        self.screenshot()
        self.sign_out()

    def office_decides(self):
        self.step("office-decided")
        self.sign_in(self.arguments.office, self.arguments.office_password)
        self.open_submission()
        keys = self.warning_rows()
        if len(self.find_all("form.decide")) != len(keys):
            self.fail(f"{len(self.find_all('form.decide'))} form.decide for {len(keys)} explained warnings")
        if self.find_all("p#unexplained"):
            self.fail("p#unexplained is still shown after every warning was explained")
        *accepted, rejected = keys
        for key in accepted:
            row = f'table#findings tr.finding[data-finding="{key}"]'
            self.click_and_wait(self.find(f'{row} form.decide button[name=decision][value=accepted]'))
        row = f'table#findings tr.finding[data-finding="{rejected}"]'
        self.click_and_wait(self.find(f'{row} form.decide button[name=decision][value=rejected]'))
        refusal = " ".join(error.text for error in self.find_all(".error"))
        if "不接受审核说明时需要填写意见" not in refusal:
            self.fail(f"rejecting without a comment should be refused; the page reads {refusal!r}")
        self.open_submission()
        self.fill(f"{row} form.decide textarea[name=comment]", "请补充说明依据的文件编号。")
        self.click_and_wait(self.find(f'{row} form.decide button[name=decision][value=rejected]'))
        self.expect_path(f"/submissions/{self.submission_id}", "deciding should return to the submission")
        for key in keys:
            want = "rejected" if key == rejected else "accepted"
            cell = f'table#findings tr.finding[data-finding="{key}"] td.explanation'
            got = self.attribute(f"{cell} .decision", "data-decision")
            if got != want:
                self.fail(f"{cell} .decision data-decision is {got!r}, expected {want!r}")
        if "请补充说明依据的文件编号。" not in self.find(f"{row} td.explanation .decision").text:
            self.fail("the rejection's comment is not shown with its decision")
        print(f"  accepted {len(accepted)}, rejected 1 (with a comment)", flush=True)
        self.screenshot(full_page=True)
        self.sign_out()

    def run_lists_explanations(self):
        self.find("table#run-explanations", "the run's warnings with their explanations table#run-explanations")
        rows = self.find_all(f'table#run-explanations tr.run-warning[data-unit="{self.arguments.unit}"]')
        if len(rows) != len(self.explanations):
            self.fail(f"table#run-explanations lists {len(rows)} warning(s) of {self.arguments.unit}, expected {len(self.explanations)}")
        decisions = sorted(
            element.get_attribute("data-decision")
            for element in self.find_all(f'table#run-explanations tr.run-warning[data-unit="{self.arguments.unit}"] .decision')
        )
        if decisions != sorted(["accepted"] * (len(rows) - 1) + ["rejected"]):
            self.fail(f"table#run-explanations shows the decisions {decisions} for {self.arguments.unit}")
        print(f"  run page: {len(rows)} explained warning(s) of {self.arguments.unit}, decisions {decisions}", flush=True)

    def office_approves(self):
        self.step("office-approved")
        self.sign_in(self.arguments.office, self.arguments.office_password)
        path, query = self.path_and_query()
        expected = {"unit": self.arguments.node, "year": self.arguments.year}
        if path != "/status" or {key: query.get(key) for key in expected} != expected:
            self.fail(
                f"the office's / should redirect to /status?unit={self.arguments.node}&year={self.arguments.year}, the browser is on {self.driver.current_url}"
            )
        self.find("table#units", "the status table table#units")
        row = f'table#units tr[data-unit="{self.arguments.unit}"]'
        state = self.attribute(f"{row} td.state", "data-state")
        print(f"  {self.arguments.unit} state before review: {state}", flush=True)
        review = self.find(f"{row} a.review", f"the review link of {self.arguments.unit} ({row} a.review)")
        self.click_and_wait(review)
        path, _ = self.path_and_query()
        if path != f"/submissions/{self.submission_id}":
            self.fail(
                f"a.review of {self.arguments.unit} should open the newest submission /submissions/{self.submission_id}, it opened {self.driver.current_url}"
            )
        before = self.attribute("#review-state", "data-state")
        if before != "none":
            self.fail(f"#review-state data-state is {before!r} before the review, expected 'none'")
        self.find(
            "form#return textarea#return-comment", "the return form's comment form#return textarea#return-comment"
        )
        self.find("form#return button#return-submit", "the return form's button form#return button#return-submit")
        self.fill("form#approve textarea#approve-comment", "浏览器测试：数据核对无误，同意。")
        self.click_and_wait(self.find("form#approve button#approve-submit"))
        self.expect_path(f"/submissions/{self.submission_id}", "approving should return to the submission")
        after = self.attribute("#review-state", "data-state")
        if after != "approved":
            self.fail(f"#review-state data-state is {after!r} after #approve-submit, expected 'approved'")
        self.screenshot()

    def run(self):
        self.step("run-finished")
        self.open(f"/status?unit={self.arguments.node}&year={self.arguments.year}")
        self.find("form#run", "the run form form#run")
        self.click_and_wait(self.find("form#run button#run-submit"), timeout=self.arguments.run_timeout)
        path, _ = self.path_and_query()
        parts = path.strip("/").split("/")
        if len(parts) != 2 or parts[0] != "runs" or not parts[1].isdigit():
            self.fail(f"#run-submit should land on /runs/{{id}}, the browser is on {self.driver.current_url}")
        # The run goes on after the redirect; its page reloads itself (meta refresh) until it ends.
        WebDriverWait(self.driver, self.arguments.run_timeout).until(
            lambda driver: driver.find_elements(By.CSS_SELECTOR, "#run-outcome[data-exit]")
        )
        exit_status = self.attribute("#run-outcome", "data-exit")
        if exit_status != "0":
            self.fail(
                f"#run-outcome data-exit is {exit_status!r}, expected '0' (a complete consolidation): {self.find('#run-outcome').text!r}"
            )
        print(f"  run {parts[1]}: exit {exit_status}", flush=True)
        self.run_url = self.driver.current_url
        self.run_lists_explanations()
        self.screenshot(full_page=True)

    def base_data(self):
        self.step("base-data")
        self.click_and_wait(self.find("a#base-data-link", "the link to the base-data table a#base-data-link"))
        path, query = self.path_and_query()
        expected = {"unit": self.arguments.node, "year": self.arguments.year}
        if path != "/base-data" or {key: query.get(key) for key in expected} != expected:
            self.fail(
                f"a#base-data-link should open /base-data?unit={self.arguments.node}&year={self.arguments.year}, it opened {self.driver.current_url}"
            )
        table = self.find("table#base-data", "the base-data table table#base-data")
        cells = [cell.text.strip() for cell in table.find_elements(By.CSS_SELECTOR, "td, th")]
        if self.arguments.expect_figure not in cells:
            if self.arguments.expect_figure in table.text:
                print(
                    f"  note: {self.arguments.expect_figure} is in table#base-data, but not as a cell of its own",
                    flush=True,
                )
            else:
                self.fail(
                    f"table#base-data does not contain {self.arguments.expect_figure}; it reads: {' '.join(table.text.split())[:400]}"
                )
        self.screenshot(full_page=True)

    def base_data_charts(self):
        """The base-data page's five charts: inline SVG (no script), each with one bar per figure
        the report's JSON gives for it, the bar count also in figure[data-bars]; a screenshot of
        each chart and of the page."""
        self.step("base-data-charts")
        report, _ = self.fetch(f"/api/reports?unit={self.arguments.node}&year={self.arguments.year}&format=json")
        report = json.loads(report)
        amounts = lambda parts: [part["amount"] for part in parts if part["amount"] is not None]
        expected = {
            "nature": [report["expenditure"]["basic"], report["expenditure"]["project"]],
            "unit": amounts(report["basic"]["by_unit"]),
            "three-public": [
                value for part in report["three_public"]["parts"] for value in (part["budget"], part["actual"])
            ],
            "econ": sorted(amounts(report["basic"]["by_econ"]) + amounts(report["project"]["by_econ"])),
            "prior-year": [
                value
                for row in report["base_data"]["rows"]
                for value in (row["prior_actual"], row["actual"])
                if value is not None
            ],
        }
        if self.find_all("script"):
            self.fail("the base-data page has a script")
        charts = self.find_all("figure.chart")
        if [chart.get_attribute("id") for chart in charts] != [
            f"figure-{key}" for key in ("nature", "unit", "three-public", "econ", "prior-year")
        ]:
            self.fail(f"expected the five charts, found {[chart.get_attribute('id') for chart in charts]}")
        for chart in charts:
            key = chart.get_attribute("id")[len("figure-") :]
            svg = chart.find_element(By.CSS_SELECTOR, "svg")
            bars = svg.find_elements(By.CSS_SELECTOR, "rect.bar")
            values = [bar.get_attribute("data-value") for bar in bars]
            if key == "econ":
                values = sorted(values)
            if values != expected[key] or chart.get_attribute("data-bars") != str(len(bars)):
                self.fail(f"chart {key}: bars {values} (data-bars {chart.get_attribute('data-bars')}), expected {expected[key]}")
            if svg.size["width"] < 300 or svg.size["height"] < 60:
                self.fail(f"chart {key} is drawn {svg.size}, too small to read")
            path = os.path.join(self.artifacts, f"{self.step_number:02d}-{self.step_name}-{key}.png")
            if not chart.screenshot(path):
                self.fail(f"could not write the screenshot {path}")
            print(f"  chart {key}: {len(bars)} bars, {svg.size['width']}×{svg.size['height']} px", flush=True)
        self.screenshot(full_page=True)

    def downloads_work(self):
        self.step("downloads")
        for format in ("json", "csv", "md", "xlsx"):
            self.find(
                f'a.download[data-format="{format}"]', f'the {format} download a.download[data-format="{format}"]'
            )
        xlsx = self.find('a.download[data-format="xlsx"]', 'the xlsx download a.download[data-format="xlsx"]')
        before = set(os.listdir(self.downloads))
        xlsx.click()
        path = self.wait_for_download(before)
        with open(path, "rb") as file:
            magic = file.read(4)
        if magic != b"PK\x03\x04":
            self.fail(
                f"the xlsx download {os.path.basename(path)} starts with {magic!r}, not the ZIP magic PK\\x03\\x04"
            )
        print(f"  xlsx: {os.path.basename(path)}, {os.path.getsize(path)} bytes", flush=True)
        csv = self.find('a.download[data-format="csv"]', 'the csv download a.download[data-format="csv"]')
        href = csv.get_attribute("href")
        body, kind = self.fetch(href)
        if not body.strip():
            self.fail(f"the csv download {href} is empty")
        with open(os.path.join(self.downloads, "base-data.csv"), "wb") as file:
            file.write(body)
        first = body.decode("utf-8", "replace").splitlines()[0][:80]
        print(f"  csv: {len(body)} bytes ({kind}), first line {first!r}", flush=True)
        self.screenshot()

    def report(self):
        """The run page's a#report-link: the report's figures, its downloads, and check-report on
        the reference report's text, which must give its two findings with the figure marked."""
        self.step("report")
        self.driver.get(self.run_url)
        self.wait_loaded()
        self.click_and_wait(self.find("a#report-link", "the run page's link to the report a#report-link"))
        path, query = self.path_and_query()
        if path != "/report" or query.get("unit") != self.arguments.node or query.get("year") != self.arguments.year:
            self.fail(f"a#report-link should open /report?unit={self.arguments.node}&year={self.arguments.year}, it opened {self.driver.current_url}")
        figures = self.find("table#report-figures", "the report's figures table#report-figures")
        if self.arguments.expect_figure not in figures.text:
            self.fail(f"table#report-figures does not show {self.arguments.expect_figure}: {' '.join(figures.text.split())[:300]}")
        for format in ("json", "md", "xlsx"):
            self.find(f'a.download[data-format="{format}"]', f"the report's {format} download")
        body, kind = self.fetch(self.find('a.download[data-format="md"]').get_attribute("href"))
        if "部门整体支出绩效自评报告" not in body.decode("utf-8", "replace"):
            self.fail(f"the report's md download ({kind}) lacks its title")
        self.screenshot(full_page=True)
        if not self.arguments.report_text:
            return
        self.find("input#check-file", "the check-report file input input#check-file").send_keys(
            os.path.abspath(self.arguments.report_text)
        )
        self.click_and_wait(self.find("button#report-check-submit"))
        codes = [row.get_attribute("data-code") for row in self.find_all("tr.check-finding")]
        if codes != ["sum_rounding", "rate_unsupported"]:
            self.fail(f"check-report listed {codes}, expected the 0.01 note and the 98 % warning")
        marks = [mark.text for mark in self.find_all("table#check-findings mark")]
        if "98%" not in marks:
            self.fail(f"the 98 % is not marked in its sentence (marked: {marks})")
        print(f"  check-report: {codes}, marked {marks}", flush=True)
        self.screenshot(full_page=True, suffix="-check")

    def report_html(self):
        """The report shown in the browser (a#report-view): every figure with lines a link; 公用经费
        (basic.by_econ.302) followed to its /figures page of the report's own run, whose figure is
        the linked number and whose units add up to it."""
        self.step("report-html")
        self.open(f"/report?unit={self.arguments.node}&year={self.arguments.year}")
        self.click_and_wait(self.find("a#report-view", "the link to the report in the browser a#report-view"))
        self.expect_path("/report/view", "a#report-view")
        if "部门整体支出绩效自评报告" not in self.driver.title:
            self.fail(f"the HTML report's title is {self.driver.title!r}")
        links = self.find_all("a.figure")
        if len(links) < 80:
            self.fail(f"the HTML report has {len(links)} figure links, expected every figure with lines")
        if len(self.find_all("main svg")) != 5:
            self.fail("the HTML report does not show its five charts")
        key = "basic.by_econ.302"
        link = self.find(f'a.figure[data-key="{key}"]', f"the link of {key} a.figure")
        shown = link.text.strip()
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        self.screenshot(suffix="-report")
        self.click_and_wait(link)
        path, query = self.path_and_query()
        if path != "/figures" or query.get("key") != key or not query.get("run"):
            self.fail(f"the figure's link should open /figures?…&run=N&key={key}, it opened {self.driver.current_url}")
        value = self.find("p#figure-value", "the figure p#figure-value")
        strong = value.find_element(By.TAG_NAME, "strong").text.strip()
        if strong != shown or value.get_attribute("data-balanced") != "true":
            self.fail(f"the report links {shown}, the figure page shows {strong} ({value.text})")
        units = len(self.find_all("table#figure-units tbody tr"))
        print(f"  {len(links)} figure links; {key}: {shown} 万元 from {units} units (run {query['run']})", flush=True)
        self.screenshot(full_page=True)

    def fetch(self, href):
        """GETs href outside the page with the browser's session cookie (the portal's
        Content-Security-Policy rightly forbids a page's own scripts to fetch anything)."""
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        try:
            request = urllib.request.Request(urljoin(self.driver.current_url, href), headers={"Cookie": cookie})
            with urllib.request.urlopen(request, timeout=self.arguments.timeout) as response:
                return response.read(), response.headers.get("Content-Type")
        except urllib.error.HTTPError as error:
            self.fail(f"{href} answered {error.code}: {error.read()[:200]!r}")
        except OSError as error:
            self.fail(f"{href} failed: {error}")

    def wait_for_download(self, before):
        deadline = time.monotonic() + self.arguments.timeout
        while time.monotonic() < deadline:
            new = [
                name for name in set(os.listdir(self.downloads)) - before if not name.endswith((".crdownload", ".tmp"))
            ]
            if new and not any(name.endswith(".crdownload") for name in os.listdir(self.downloads)):
                path = os.path.join(self.downloads, new[0])
                size = os.path.getsize(path)
                time.sleep(0.2)
                if size > 0 and os.path.getsize(path) == size:
                    return path
            time.sleep(0.1)
        self.fail(
            f"no download arrived in {self.downloads} within {self.arguments.timeout:.0f} s (there: {sorted(os.listdir(self.downloads))})"
        )

    def figure_provenance(self):
        """From the base-data page, one figure → its units (adding up to it) → one unit's lines
        (adding up to that unit's share)."""
        self.step("figure-units")
        self.open(f"/base-data?unit={self.arguments.node}&year={self.arguments.year}")
        key = self.arguments.follow_figure
        link = self.find(f'table#base-data a.figure[href*="key={key}"]', f"the link of figure {key} a.figure")
        shown = link.text.strip()
        self.click_and_wait(link)
        path, query = self.path_and_query()
        if path != "/figures" or query.get("key") != key:
            self.fail(f"the figure's link should open /figures?…&key={key}, it opened {self.driver.current_url}")
        value = self.find("p#figure-value", "the figure p#figure-value")
        if value.get_attribute("data-balanced") != "true":
            self.fail(f"p#figure-value says the units do not add up: {value.text}")
        strong = value.find_element(By.TAG_NAME, "strong").text.strip()
        if strong != shown:
            self.fail(f"the base-data page shows {shown}, the figure page {strong}")
        rows = self.find_all("table#figure-units tbody tr")
        if not rows:
            self.fail("table#figure-units lists no unit")
        shares = {row.get_attribute("data-unit"): row.find_elements(By.CSS_SELECTOR, "td") for row in rows}
        total = sum(decimal.Decimal(cells[3].text.strip()) for cells in shares.values())
        footer = decimal.Decimal(self.find("tr#figure-total").find_elements(By.CSS_SELECTOR, "td")[3].text.strip())
        wan = (footer / 10000).quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_UP)
        if total != footer or str(wan) != shown:
            self.fail(f"the units add to {total} yuan, the total row says {footer}, the figure is {shown} 万元")
        print(f"  {key}: {shown} 万元 = {len(rows)} units, {footer} yuan", flush=True)
        self.screenshot(full_page=True)

        self.step("figure-lines")
        unit, cells = next(iter(shares.items()))
        share, count = decimal.Decimal(cells[3].text.strip()), int(cells[4].text)
        self.click_and_wait(cells[0].find_element(By.CSS_SELECTOR, "a.unit-lines"))
        table = self.find(f'table#figure-lines[data-unit="{unit}"]', f"the lines of {unit} table#figure-lines")
        amounts = [
            row.find_elements(By.CSS_SELECTOR, "td")[-1].text.strip()
            for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")
        ]
        if sum(decimal.Decimal(amount) for amount in amounts) != share or len(amounts) != count:
            self.fail(f"the {len(amounts)} lines of {unit} add to {sum(map(decimal.Decimal, amounts))}, its share is {share}")
        print(f"  {unit}: {len(amounts)} lines add to {share} yuan", flush=True)
        self.screenshot(full_page=True)

    def office_signs_out(self):
        self.step("signed-out")
        self.sign_out()
        self.screenshot()

    def run_all(self):
        os.makedirs(self.artifacts, exist_ok=True)
        for name in os.listdir(self.artifacts):
            path = os.path.join(self.artifacts, name)
            if name.endswith(".png") or name == "chromedriver.log":
                os.remove(path)
            elif name == "downloads":
                shutil.rmtree(path)
        os.makedirs(self.downloads)
        self.start_browser()
        try:
            for action in (
                self.accountant_signs_in,
                self.upload,
                self.history,
                self.approval_refused,
                self.accountant_explains,
                self.second_version_offers,
                self.office_decides,
                self.office_approves,
                self.run,
                self.base_data,
                self.base_data_charts,
                self.downloads_work,
                self.figure_provenance,
                self.report,
                self.report_html,
                self.office_signs_out,
            ):
                action()
        except (Failure, WebDriverException) as error:
            message = str(error) if isinstance(error, Failure) else f"the browser failed: {error.msg or error!r}"
            print(f"FAILED at step {self.step_number:02d} {self.step_name}: {message}", file=sys.stderr)
            try:
                print(f"  page: {self.driver.current_url}", file=sys.stderr)
                print(f"  reads: {self.page_excerpt()}", file=sys.stderr)
                self.screenshot(suffix="-FAILED")
            except Exception:  # the failure report must not hide the failure
                pass
            if isinstance(error, WebDriverException):
                traceback.print_exc()
            return 1
        finally:
            self.stop_browser()
        print(f"portal cycle passed: {self.step_number} steps, screenshots in {self.artifacts}", flush=True)
        return 0


def left(page):
    """True once `page` (the old document's root) is gone. While Chromium swaps documents it
    may answer "Node with given id does not belong to the document" instead of a stale
    element: that too means the old page is gone."""
    try:
        page.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def describe(element):
    try:
        identifier = element.get_attribute("id")
        return f"{element.tag_name}#{identifier}" if identifier else element.tag_name
    except WebDriverException:
        return "the element"


if __name__ == "__main__":
    sys.exit(Cycle(parse_arguments()).run_all())

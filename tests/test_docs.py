"""The README stays true: every configuration variable with its default, and the API's documented limits."""

from __future__ import annotations

import re
from pathlib import Path

from schemas.common import DRAFT_MAX_CHARS, LIMIT_MAX, PAGE_SIZE_MAX, QUOTE_MAX_CHARS
from service.config import SETTINGS, Config

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# os.environ.get("X"), os.getenv("X"), environ["X"], environ.get("X") anywhere in the code that runs the service.
ENV_READ = re.compile(r"""(?:getenv|environ\.get|environ)\s*[(\[]\s*["']([A-Z][A-Z0-9_]*)["']""")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def configuration_table() -> dict[str, str]:
    rows = re.findall(r"^\| `([A-Z][A-Z0-9_]*)` \| `([^`]*)` \|", section("Configuration"), re.M)
    return dict(rows)


def test_every_setting_is_in_the_readme_with_its_default():
    table = configuration_table()
    for setting in SETTINGS:
        assert setting.name in table, f"{setting.name} is not in README's Configuration table"
        documented = table[setting.name]
        assert documented == setting.default, f"README gives {setting.name} the default {documented!r}"
    assert set(table) == {s.name for s in SETTINGS}, "README lists a variable the code does not read"


def test_every_variable_the_code_reads_is_a_setting():
    names = {s.name for s in SETTINGS}
    sources = [ROOT / "gunicorn.conf.py", *(ROOT / "service").rglob("*.py"), *(ROOT / "schemas").rglob("*.py")]
    for path in sources:
        for name in ENV_READ.findall(path.read_text(encoding="utf-8")):
            assert name in names, f"{path.relative_to(ROOT)} reads {name}, which is no documented setting"


def test_the_limits_in_the_readme_are_the_enforced_ones():
    api = section("API")
    assert f"{Config.MAX_CONTENT_LENGTH:,} bytes" in api
    assert f"at most {QUOTE_MAX_CHARS:,} characters" in api
    assert f"at most {DRAFT_MAX_CHARS:,} characters" in api
    assert f"`limit`: 1 to {LIMIT_MAX}; `page_size`: 1 to {PAGE_SIZE_MAX}" in api
    for status in ("413", "415", "400", "404", "405", "422"):
        assert f"| {status}" in api

"""Issue 9, point 12: every source link in a Telegram reply points at one clean URL. A source with
two URLs used to become `<a href="http://sd773.com/news/130081.html,">`."""
from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest

from bot.index.vectorstore import read_all
from bot.telegram.formatting import format_sources
from bot.types import Source


class Links(HTMLParser):
    def __init__(self, text: str):
        super().__init__()
        self.hrefs: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href", ""))


def assert_clean_links(html_text: str) -> list[str]:
    hrefs = Links(html_text).hrefs
    for href in hrefs:
        parsed = urlparse(href)
        assert parsed.scheme in ("http", "https") and "." in parsed.netloc, href
        assert not set(href) & set(",;，；。、）) "), href
        assert not href.endswith((".", ":", "!", "?")), href
    return hrefs


@pytest.mark.parametrize("source", [
    "http://sd773.com/news/130081.html, http://m.socomic.net/guoji/2021/1203/120368690.html",
    "http://sd773.com/news/130081.html,http://m.socomic.net/guoji/2021/1203/120368690.html",
    "转载：http://sd773.com/news/130081.html；http://www.jnkspt.com/w13/c1585。",
    "see http://sd773.com/news/130081.html; and https://turnnewsapp.com/choice/247332.html.",
    "(http://sd773.com/news/130081.html)",
])
def test_each_url_of_a_source_is_its_own_clean_link(source):
    hrefs = assert_clean_links(format_sources([Source("Standard", source)], "Sources"))
    assert hrefs[0] == "http://sd773.com/news/130081.html"
    assert len(hrefs) == len(set(hrefs)) == source.count("http")


def test_every_source_in_the_knowledge_base_renders_clean_links(advisor):
    records = read_all(advisor.store.open(advisor.store.active().name))["metadatas"]
    sources = {Source(m.get("title", ""), m.get("source", ""), m.get("section", "")) for m in records}
    for meta in records:
        for row in (meta.get("faq_sources") or "").splitlines():
            title, source, section = (row.split("\t") + ["", "", ""])[:3]
            sources.add(Source(title, source, section))
    linked = 0
    for source in sources:
        linked += len(assert_clean_links(format_sources([source], "Sources")))
    assert linked > 10

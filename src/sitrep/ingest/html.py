"""Web pages: the article's text without navigation, footers and comments (trafilatura), with
title, URL, site name and date from the page's metadata (trafilatura, htmldate)."""

from __future__ import annotations

from datetime import date

import lxml.html
import trafilatura
from lxml import etree

from ..errors import InputError
from ..records import Document
from .dates import parse_published
from .decode import clean_field, normalise
from .furniture import blank_furniture

NO_TEXT = "no article text found in HTML"
# htmldate settings: the date the article first appeared (not "last modified"), from the page's
# markup only; the extensive search reads dates out of free text and guesses too often.
DATE_SEARCH = {"original_date": True, "extensive_search": False}
# Elements that break text into paragraphs in a feed item's HTML.
_BLOCKS = tuple(
    "p div br li ul ol blockquote pre table tr h1 h2 h3 h4 h5 h6 hr figure figcaption section"
    " article".split()
)


def read_html(markup: str, origin: str, published: date | None) -> Document:
    text = blank_furniture(normalise(
        trafilatura.extract(markup, favor_precision=False, include_comments=False) or ""
    ))
    if not text.strip():
        raise InputError(origin, NO_TEXT)
    # extract_metadata runs htmldate.find_date(tree, **DATE_SEARCH) for the date.
    meta = trafilatura.extract_metadata(markup, date_config=dict(DATE_SEARCH))
    return Document.from_text(
        text,
        title=clean_field(meta.title),
        url=clean_field(meta.url),
        source=clean_field(meta.sitename),
        published=published or _page_date(meta.date),
        origin=origin,
    )


def fragment_text(markup: str) -> str:
    """Text of an HTML fragment (a feed item's summary), one paragraph a line.

    trafilatura wants a whole page: on a three-paragraph summary it finds no "main content".
    """
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return normalise(markup)
    etree.strip_elements(root, "script", "style", with_tail=False)
    for element in root.iter(*_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    # In HTML a run of whitespace is one space; only the block boundaries break lines.
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _page_date(found: str | None) -> date | None:
    # A page's date is a guess from its markup: a bad guess loses the date, not the article.
    try:
        return parse_published(found)
    except ValueError:
        return None

"""Publication dates: one parser for every input format and for `--published`.

A date is kept as the publisher wrote it: `Wed, 24 Apr 2013 21:30:00 -0400` is 24 April, not the
25 April it already was in UTC, because the article's own dateline and "on Wednesday" agree with it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

EARLIEST = date(1900, 1, 1)
# Time zones ahead of ours, and feeds stamped a little early; beyond that the clock is wrong.
FUTURE_SLACK = timedelta(days=2)


def parse_published(value: str | None) -> date | None:
    """Parse a publication date; None or blank is None.

    Accepts `YYYY-MM-DD`, ISO 8601 datetimes (with or without a time zone), RFC 822 feed dates and
    `YYYY/MM/DD`. Raises ValueError, with a message fit for a user, on anything else and on dates
    before 1900 or more than two days after today.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    day = _parse(text)
    if day is None:
        raise ValueError(f"unparseable date {text!r}")
    _check_plausible(day, text)
    return day


def _parse(text: str) -> date | None:
    for parse in (_iso, _slashed, _rfc822):
        try:
            return parse(text)
        except (ValueError, TypeError, OverflowError):
            continue
    return None


def _iso(text: str) -> date:
    return datetime.fromisoformat(text).date()


def _slashed(text: str) -> date:
    return datetime.strptime(text, "%Y/%m/%d").date()


def _rfc822(text: str) -> date:
    return parsedate_to_datetime(text).date()


def _check_plausible(day: date, text: str) -> None:
    if day < EARLIEST:
        raise ValueError(f"implausible date {text!r} (before 1900)")
    if day > date.today() + FUTURE_SLACK:
        raise ValueError(f"implausible date {text!r} (more than 2 days in the future)")

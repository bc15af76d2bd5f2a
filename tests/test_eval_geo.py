"""Reading the geo gold sets: a toponym's offsets may be off, by one character throughout
(GeoVirus) or by a drift that grows within an article (TR-News: up to 10 characters in some
articles). The toponym is the gold name nearest its offsets, found by following the drift."""

from __future__ import annotations

import pytest

from sitrep.eval.geo import read_articles, split_articles

TEXT = ("Edmonton needs to start eating its vegetables.\n"
        "Overall Edmonton received a B ranking, Theriault said. The physical health of the "
        "population put Edmonton near the bottom. Edmonton remains among Canada's wealthiest "
        "metro areas.")


def _toponym(name: str, start: int, lat: float = 53.55, lon: float = -113.47) -> str:
    return (f"<toponym><start>{start}</start><end>{start + len(name)}</end><phrase>{name}"
            f"</phrase><gaztag><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>")


def _write(tmp_path, toponyms: list[str]):
    path = tmp_path / "set.xml"
    path.write_text(f"<articles><article><text>{TEXT}</text><toponyms>{''.join(toponyms)}"
                    "</toponyms></article></articles>")
    return path


def test_offsets_drifting_further_than_a_few_characters_are_followed(tmp_path):
    starts = [TEXT.index("Edmonton", i) for i in (0, 40, 120, 150)] + [TEXT.index("Canada")]
    drifts = [0, 4, 5, 6, 6]  # the gold counts characters the text no longer has
    toponyms = [_toponym("Edmonton", s + d) for s, d in zip(starts[:4], drifts)]
    toponyms.append(_toponym("Canada", starts[4] + drifts[4], 60.0, -95.0))
    [(_, gold)] = read_articles(_write(tmp_path, toponyms))
    assert [g.phrase for g in gold] == ["Edmonton"] * 4 + ["Canada"]
    assert [g.start for g in gold] == starts


def test_offsets_that_fit_are_kept(tmp_path):
    start = TEXT.index("Canada")
    [(_, gold)] = read_articles(_write(tmp_path, [_toponym("Canada", start, 60.0, -95.0)]))
    assert (gold[0].start, gold[0].end, gold[0].phrase) == (start, start + 6, "Canada")


def test_the_halves_are_dev_and_test_and_no_other_split_reads_the_test_half():
    articles = list(range(6))
    assert split_articles(articles, "dev") == [0, 2, 4]
    assert split_articles(articles, "test") == [1, 3, 5]
    for split in ("train", "all"):  # "train" once returned every article, test half included
        with pytest.raises(ValueError):
            split_articles(articles, split)

"""Names that are no places in news: a news organisation's name the actors layer knows
(data/actors.tsv, kind media: "wrote Noah Feldman, Bloomberg" is no Blumberg in Germany,
"Xinhua reported" no town), a leader's surname before "administration" that the article also
gives a person even where a city of 100,000 bears it ("the Bush administration" … "as Obama
and Bush did" is no Būsh, Egypt); and bare "Korea", which the gazetteer (build 16) now holds as South
Korea's short name instead of reading it as Koréa, Côte d'Ivoire. Found in AllSides and on the
dev halves (Xinhua, GeoVirus and TR-News; "the Korea Baseball Organization", GeoWebNews)."""

from __future__ import annotations

from .place_cases import places_by_text, places_of


def test_a_news_organisations_name_is_no_place(pipeline):
    places = places_by_text(pipeline, (
        "The tariffs will hurt farmers in Iowa, wrote Noah Feldman, Bloomberg. About 1,118 new "
        "cases were reported in Sichuan on Monday, Xinhua reported."))
    assert "Bloomberg" not in places and "Xinhua" not in places
    assert places["Iowa"].country == "US" and places["Sichuan"].country == "CN"


def test_the_bush_administration_is_no_town(pipeline):
    places = places_of(pipeline, (
        "The Bush administration had imposed similar tariffs on steel in 2002. The pact upset "
        "the balance of power in the Middle East, as Obama and Bush did."))
    assert all("Bush" not in p.text for p in places)


def test_bare_korea_is_south_korea(pipeline):
    places = places_by_text(pipeline, (
        "Americans fought and died in Korea, and the deal with Korea was signed in Seoul on "
        "Monday."))
    assert places["Korea"].country == "KR" and places["Korea"].feature_type == "country"

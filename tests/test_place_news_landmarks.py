"""Places English news keeps naming that no package holds (data/facilities.tsv, version 5):
'Pearl Harbor' had been Pearl, Mississippi (the feature word 'Harbor' split off the name; 4
mentions in 190 AllSides articles), 'the Soviet Union', 'the Yellow Sea', 'the Suez Canal', 'the
Demilitarized Zone' and 'the Crimean Peninsula' no place at all (16 more)."""

from __future__ import annotations

from .place_cases import near, places_by_text

PEARL_HARBOR = (21.37, -157.97)
RUSSIA_GEONAMES = (60.0, 100.0)  # where GeoWebNews dev puts 'the Soviet Union'


def test_pearl_harbor_is_the_base_in_hawaii(pipeline):
    places = places_by_text(pipeline, (
        "Admiral Harry Harris spoke to The Associated Press at his headquarters in Pearl "
        "Harbor. Several of the Virginia-class submarines are based at Pearl Harbor."))
    assert near(places["Pearl Harbor"], PEARL_HARBOR)


def test_named_regions_and_waters_news_uses_are_found(pipeline):
    places = places_by_text(pipeline, (
        "The drills in the Yellow Sea came days after soldiers fired across the Demilitarized "
        "Zone, in scenes not seen since the collapse of the Soviet Union, a Seoul analyst said."))
    assert near(places["the Yellow Sea"], (35.0, 123.0), km=200)
    assert near(places["the Demilitarized Zone"], (38.3, 127.2), km=100)
    assert near(places["the Soviet Union"], RUSSIA_GEONAMES)


def test_a_canal_and_a_peninsula_are_found(pipeline):
    places = places_by_text(pipeline, (
        "Ships queued at both ends of the Suez Canal, while Russian troops massed on the "
        "Crimean Peninsula, officials in Cairo and Kyiv said."))
    assert near(places["the Suez Canal"], (30.7, 32.34))
    assert near(places["the Crimean Peninsula"], (45.3, 34.4), km=100)


def test_a_headlines_short_n_korea_is_the_north(pipeline):
    # gazetteer build 17: "N. Korea" and "S. Korea" are names of the two countries (34 and 8
    # times in the AllSides corpus; unresolved before)
    places = places_by_text(pipeline, (
        "U.S. official: We're committed to peace, unlike N. Korea. The talks in Seoul went on "
        "into the night."))
    assert near(places["N. Korea"], (40.0, 127.0), km=100)


def test_the_islamic_republic_alone_is_iran(pipeline):
    # gazetteer build 18: "the Islamic Republic" is a name of Iran (95 times in 72 AllSides
    # articles, each naming Iran; unresolved before)
    places = places_by_text(pipeline, (
        "Tehran has vowed to respond to the sanctions. The Islamic Republic denies seeking a "
        "bomb, and the Islamic Republic's foreign minister said talks could resume."))
    assert places["The Islamic Republic"].country == "IR"


def test_landmarks_news_names_as_places_are_found(pipeline):
    # facilities.tsv version 6: unresolved in the 150 AllSides articles of places pass 26
    places = places_by_text(pipeline, (
        "Moon met Kim in the truce village of Panmunjom on Friday. In Brussels, a wounded woman "
        "was helped outside the Maelbeek metro station, and fans held a minute's silence at "
        "Fenway Park in Boston."))
    assert near(places["Panmunjom"], (37.96, 126.68), km=10)
    assert near(places["Maelbeek metro station"], (50.84, 4.38), km=5)
    assert near(places["Fenway Park"], (42.35, -71.10), km=5)


THEATER_DISTRICT = (40.759, -73.9845)


def test_broadway_bare_is_manhattans_theatres(pipeline):
    # facilities.tsv version 10: GeoWebNews dev's Hamilton story, the only place of its
    # article, had read Broadway, Virginia (3,807 people), 478 km from the gold point
    places = places_by_text(pipeline, (
        "Lin-Manuel Miranda thought he had a migraine. It turns out the Broadway star really "
        "had shingles. The 38-year-old wrote the book, music and lyrics and starred in the "
        "Broadway smash \"Hamilton.\""))
    assert near(places["Broadway"], THEATER_DISTRICT, km=5)


def test_a_town_called_broadway_its_dateline_places_stays(pipeline):
    places = places_by_text(pipeline, (
        "BROADWAY, Va. (AP) — A man was killed when his truck overturned on Interstate 81, "
        "state police said."))
    assert places["BROADWAY"].admin1 == "Virginia"

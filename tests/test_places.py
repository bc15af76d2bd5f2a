"""The places layer: name keys, the gazetteer (built once per test session into tmp, see
conftest), ranking, and the seed article's places against their true coordinates."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from sitrep.extract.places import distance_km
from sitrep.gazetteer import Gazetteer, default_path, import_geonames, name_key, open_or_build
from sitrep.gazetteer.names import split_feature

from .place_cases import places_of as _places


@pytest.mark.parametrize("a, b", [
    ("Khmeimim", "Hmeimim"), ("Tartous", "Tartus"), ("Tartous", "Tartoos"),
    ("al-Tanf", "Tanf"), ("Deir ez-Zor", "Deir Zor"), ("İncirlik", "Incirlik"),
    ("Ḩimş", "Hims"), ("Mezzeh", "Mezeh"), ("Qamishli", "Kamishli"),
])
def test_transliteration_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_feature_words_split_from_the_name():
    assert split_feature("Khmeimim airbase") == ("Khmeimim", "air")
    assert split_feature("Latakia international airport") == ("Latakia", "air")
    assert split_feature("Tartous port") == ("Tartous", "port")
    assert split_feature("airport") == ("airport", None)


@pytest.fixture(scope="session")
def gazetteer():
    g = open_or_build()
    assert g is not None
    return g


def test_gazetteer_knows_airbases_ports_and_towns(gazetteer):
    for name, feature in (("Khmeimim", "airbase"), ("Humaymim", "airbase"), ("T4", "airbase"),
                          ("Tartoos", "city"), ("Incirlik", "airbase")):
        assert any(c.feature == feature for c in gazetteer.lookup(name_key(name))), name
    assert gazetteer.lookup(name_key("Damascus"))[0].country == "SY"
    assert gazetteer.alpha2["SYR"] == "SY"


def test_geonames_dump_import(tmp_path, gazetteer):
    copy = tmp_path / "g.sqlite"
    copy.write_bytes(Path(gazetteer.path).read_bytes())
    dump = tmp_path / "SY.txt"
    dump.write_text("\t".join([
        "99999001", "Jeb Testiyeh", "Jeb Testiyeh", "Jabal Testiya,جبل", "34.1", "36.2", "T",
        "MT", "SY", "", "11", "", "", "", "0", "", "1200", "Asia/Damascus", "2024-01-01"]) + "\n",
        encoding="utf-8")
    assert import_geonames(dump, copy) == 1
    found = Gazetteer(copy).lookup(name_key("Jabal Testiya"))
    assert found and found[0].id == "geonames:99999001" and found[0].feature == "terrain"


TRUTH = {  # Wikipedia / OurAirports coordinates
    "Khmeimim airbase": (35.401, 35.949), "Latakia international airport": (35.401, 35.949),
    "T4 airbase": (34.523, 37.630), "Tartous port": (34.895, 35.870), "Homs": (34.727, 36.723),
    "Idlib": (35.930, 36.633), "Damascus": (33.513, 36.292), "Moscow": (55.756, 37.617),
}


def test_seed_places_resolve_within_10_km(seed_extraction):
    places = {p.text: p for p in seed_extraction.places}
    for text, (lat, lon) in TRUTH.items():
        p = places[text]
        assert p.lat is not None, text
        assert distance_km(lat, lon, p.lat, p.lon) < 10, (text, p.name, p.lat, p.lon)
    assert places["Khmeimim airbase"].feature_type == "airbase"
    assert places["Khmeimim airbase"].country == "SY"
    assert places["T4 airbase"].admin1 == "Homs Governorate"


def test_moscow_offering_aid_is_an_actor_not_a_location(seed_extraction):
    text = seed_extraction.document.text
    start = text.index("Moscow offered humanitarian aid")
    moscow = next(p for p in seed_extraction.places if p.span[0] == start)
    assert moscow.role == "actor"
    assert all(p.role == "demonym" for p in seed_extraction.places if p.text == "Russian")


def test_context_prefers_the_country_the_article_is_about(pipeline):
    from sitrep.records import Document

    doc = Document.from_text("Shelling hit Tripoli, the capital of Libya, on Monday, and "
                             "residents fled toward Misrata.")
    tripoli = next(p for p in pipeline.extract(doc).places if p.text == "Tripoli")
    assert tripoli.country == "LY"
    doc = Document.from_text("Clashes broke out in Tripoli, in northern Lebanon, near the "
                             "Syrian border.")
    tripoli = next(p for p in pipeline.extract(doc).places if p.text == "Tripoli")
    assert tripoli.country == "LB"


def test_places_are_stored_and_exported_as_geojson(tmp_path, seed_extraction):
    from sitrep.export.geojson import export_geojson
    from sitrep.store import Store

    with Store(tmp_path / "s.duckdb") as store:
        store.write(seed_extraction)
        assert store.counts()["places"] == len(seed_extraction.places)
        path = export_geojson(store, tmp_path / "out")
    collection = json.loads(path.read_text())
    kinds = {f["properties"]["kind"] for f in collection["features"]}
    assert kinds == {"place", "event"} or kinds == {"place"}
    lon, lat = next(f["geometry"]["coordinates"] for f in collection["features"]
                    if f["properties"].get("text") == "T4 airbase")
    assert distance_km(34.523, 37.630, lat, lon) < 5


def test_stage_degrades_without_a_gazetteer(pipeline, seed_document):
    from sitrep.extract.places import PlaceExtractor

    stage = PlaceExtractor(None)
    doc = pipeline.nlp(seed_document.text)
    layers = dict(zip(("actors", "mentions"), _actors(pipeline, doc, seed_document)))
    places = stage(doc, seed_document, layers)["places"]
    assert places and all(p.lat is None for p in places)


def _actors(pipeline, doc, document):
    actors_stage = dict(pipeline.stages)["actors"]
    layers = actors_stage(doc, document, {})
    return layers["actors"], layers["mentions"]


def test_default_path_honours_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SITREP_GAZETTEER", str(tmp_path / "x.sqlite"))
    assert default_path() == tmp_path / "x.sqlite"


# --- issue 5, second pass: bugs seen on real text ---------------------------------------------


def test_a_person_is_never_a_place(pipeline):
    places = _places(pipeline, "Syrian President Bashar al-Assad met Russian officials in "
                               "Damascus on Tuesday. Assad said the talks went well.")
    assert not [p for p in places if "Assad" in p.text]
    assert any(p.text == "Damascus" and p.country == "SY" for p in places)


def test_first_level_divisions_beat_small_towns_abroad(pipeline):
    places = _places(pipeline, "Russian forces were redeployed from Chechnya to Dagestan after "
                               "an attack on a police post in Makhachkala.")
    by_text = {p.text: p for p in places}
    assert by_text["Chechnya"].country == "RU" and by_text["Chechnya"].feature_type == "admin1"
    assert by_text["Dagestan"].country == "RU" and by_text["Dagestan"].lat is not None


def test_moscow_city_is_not_in_moscow_oblast(gazetteer):
    moscow = next(c for c in gazetteer.lookup(name_key("Moscow"))
                  if c.feature == "city" and c.country == "RU")
    assert moscow.admin1 != "Moscow Oblast"


def test_moscow_the_city_wins_over_its_province(pipeline):
    moscow = next(p for p in _places(pipeline, "Protesters gathered in Moscow on Sunday.")
                  if p.text == "Moscow")
    assert moscow.feature_type == "city" and distance_km(55.756, 37.617, moscow.lat, moscow.lon) < 10


@pytest.mark.parametrize("a, b", [("Deir Ezzor", "Deir ez-Zor"), ("Deir Ez-Zor", "Deir el-Zor")])
def test_glued_arabic_articles_share_a_key(a, b):
    assert name_key(a) == name_key(b)
    assert name_key("Assad") == "asad"  # a first word keeps its letters


def test_deir_ezzor_resolves(pipeline):
    deir = next(p for p in _places(pipeline, "US-backed fighters advanced on Deir Ezzor, in "
                                             "eastern Syria.") if p.text.startswith("Deir"))
    assert deir.country == "SY" and distance_km(35.336, 40.140, deir.lat, deir.lon) < 60


def test_regions_are_coarse_and_low_confidence(pipeline):
    levant = next(p for p in _places(pipeline, "The group once held territory across the Levant "
                                               "and Iraq.") if "Levant" in p.text)
    assert levant.feature_type == "region" and levant.confidence <= 0.4
    assert levant.country is None


def test_a_country_labelled_as_a_demonym_still_resolves(pipeline):
    places = _places(pipeline, "Thailand and Cambodia traded fire along the border, Bangkok said.")
    thailand = next(p for p in places if p.text == "Thailand")
    assert thailand.country == "TH" and thailand.lat is not None


def test_a_province_lies_in_its_middle_not_where_its_people_live(gazetteer):
    ontario = next(c for c in gazetteer.lookup(name_key("Ontario")) if c.feature == "admin1")
    # the centre of the box around its towns, not their mean near Toronto (600 km south)
    assert distance_km(49.25, -84.5, ontario.lat, ontario.lon) < 250 and ontario.lat > 46


def test_ap_state_abbreviations_resolve_in_containment(pipeline):
    places = _places(pipeline, "The plant in Alexandria, La., closed after the storm; a second "
                               "site in Frankfort, Ky., stayed open.")
    alexandria = next(p for p in places if p.text == "Alexandria")
    assert alexandria.country == "US" and alexandria.admin1 == "Louisiana"


# --- issue 5, third pass: place names the small NER model mislabels or misses ------------------

def _by_text(pipeline, text):
    return {p.text: p for p in _places(pipeline, text)}


def test_an_org_labelled_town_before_man_is_a_place(pipeline):
    edmonton = _by_text(pipeline, "An Edmonton man was charged with assault after a fight "
                                  "outside a bar on Saturday.")["Edmonton"]
    assert edmonton.country == "CA" and edmonton.role == "location"


def test_a_person_labelled_town_in_an_address_is_a_place(pipeline):
    places = _by_text(pipeline, "Police said the suspect, 34, of 1200 Oak St., Alexandria, was "
                                "arrested on Friday.")
    assert "Alexandria" in places and places["Alexandria"].lat is not None


def test_an_unlabelled_town_after_a_locative_word_is_a_place(pipeline):
    riverdale = _by_text(pipeline, "Residents of Riverdale said the storm knocked out "
                                   "power.")["Riverdale"]
    assert riverdale.country == "US"


def test_a_legislators_home_town_is_a_place(pipeline):
    fresno = _by_text(pipeline, "Sen. Maria Lopez, D-Fresno, said the bill would pass.")["Fresno"]
    assert fresno.country == "US" and distance_km(36.75, -119.77, fresno.lat, fresno.lon) < 30


def test_a_legislators_home_town_inside_the_party_span_is_a_place(pipeline):
    # the NER reads "D-Charleston" as one organisation
    charleston = _by_text(pipeline, "Rep. Wendell Gilliard, D-Charleston, tried unsuccessfully "
                                    "to restore the funding on Tuesday.")["Charleston"]
    assert distance_km(32.78, -79.93, charleston.lat, charleston.lon) < 30


def test_a_town_the_ner_calls_a_language_is_a_place_after_in(pipeline):
    aleppo = _by_text(pipeline, "Tehran also demanded the return of the remains of Iranians "
                                "killed in Aleppo.")["Aleppo"]
    assert aleppo.country == "SY" and aleppo.role == "location"


def test_the_province_an_organisation_ends_with_places_its_towns(pipeline):
    places = _places(pipeline, "Nelson residents will find it easier to reach government "
                               "services after a FrontCounter BC office opened in the town. "
                               "\"The opening of a FrontCounter BC office in Nelson is great "
                               "news,\" the MLA said.")
    assert {(p.text, p.admin1) for p in places} == {("Nelson", "British Columbia"),
                                                     ("BC", "British Columbia")}  # not NZ
    minnesota = _by_text(pipeline, "Tom Dooher, president of Education Minnesota, was not "
                                   "happy with the Senate announcement.")["Minnesota"]
    assert minnesota.role == "actor" and minnesota.country == "US"
    # a code that is a title before a name is no province (MD: Maryland)
    assert _places(pipeline, "The furnace was designed by Metix, said Metix MD Reinier "
                             "Meyjes on Monday.") == []


def test_a_large_city_opening_a_sentence_is_a_place(pipeline):
    assert _by_text(pipeline, "Tbilisi accuses the separatists of shelling "
                              "villages.")["Tbilisi"].country == "GE"


def test_the_place_before_a_public_body_is_a_place(pipeline):
    assert "Gainesville" in _by_text(pipeline, "The Gainesville Police Department is asking for "
                                               "help finding a missing teenager.")
    assert "Butler County" in _by_text(pipeline, "The Butler County Sheriff's Office said the "
                                                 "road was closed.")


@pytest.mark.parametrize("text", [
    "She now works for Texas Instruments and lives with her family.",
    "He was held for questioning and released in May.",
    "The State Department said talks would resume.",
    "Paris Hilton arrived in the city on Monday.",
    "The Toyota Camry was westbound when the crash happened.",
])
def test_companies_months_and_people_are_no_places(pipeline, text):
    # a state naming a university is a place in the actor role: tests/test_place_institutions.py
    assert _places(pipeline, text) == []


def test_a_recovered_place_acting_keeps_the_actor_role(pipeline):
    moscow = _by_text(pipeline, "Moscow offered humanitarian aid to the region.")["Moscow"]
    assert moscow.role == "actor"


def test_a_named_county_is_the_county_and_a_bare_name_the_town(pipeline):
    places = _places(pipeline, "Deputies were called to a farm fire in Boone County, Kentucky, "
                               "late on Tuesday.")
    county = next(p for p in places if p.text == "Boone County")
    assert county.feature_type == "adm2" and county.country == "US"
    assert county.admin1 == "Kentucky"
    assert distance_km(38.97, -84.73, county.lat, county.lon) < 50
    town = next(p for p in _places(pipeline, "The fair opened in Boone on Saturday.")
                if p.text == "Boone")
    assert town.feature_type == "city"


# --- issue 5, fourth pass: the article's places vouch for one another --------------------------

def test_nearby_places_pick_the_small_homonym(pipeline):
    places = _by_text(pipeline, "Dealers in Gainesville and Lindsay said sales held up this "
                                "winter, according to the Cooke County appraisal district.")
    assert places["Gainesville"].admin1 == "Texas"  # not the larger Gainesville, Florida
    assert places["Lindsay"].admin1 == "Texas"  # not Lindsay, California
    assert distance_km(33.63, -97.13, places["Gainesville"].lat, places["Gainesville"].lon) < 20


def test_a_repeated_name_votes_for_its_country_once(gazetteer):
    from sitrep.extract.place_mentions import PlaceMention
    from sitrep.extract.place_article_context import Context
    from sitrep.extract.places import PlaceExtractor

    # "Paris firefighters ... Paris police ... the Paris apartment complex": three mentions of a
    # name whose largest reading dwarfs the rest count as one vote for France, not three
    extractor = PlaceExtractor(gazetteer)
    resolved = [extractor._candidates(PlaceMention(i * 20, i * 20 + 5, "Paris", "location"))
                for i in range(3)]
    context = Context.first_pass(resolved, [], gazetteer.alpha2)
    assert context.countries["FR"] == 1


def test_names_before_counties_are_counties(pipeline):
    places = _by_text(pipeline, "The preserve lies along the upper Neches River in Anderson and "
                                "Cherokee counties.")
    assert places["Anderson"].feature_type == "adm2" and places["Cherokee"].feature_type == "adm2"
    crimestoppers = _by_text(pipeline, "Anyone with information can contact Henderson County "
                                       "Crimestoppers.")
    assert next(p for t, p in crimestoppers.items() if t.startswith("Henderson")).feature_type \
        == "adm2"


def test_a_townswoman_is_from_a_town_not_a_country(pipeline):
    lebanon = _by_text(pipeline, "A Lebanon woman accused of killing her daughter appeared in "
                                 "Boone County court on Monday.")["Lebanon"]
    assert lebanon.feature_type == "city" and lebanon.country == "US"
    beirut = _by_text(pipeline, "Israel and Lebanon agreed to talks on the border, officials in "
                                "Beirut said.")["Lebanon"]
    assert beirut.feature_type == "country" and beirut.country == "LB"


def test_towns_of_a_state_vouch_for_the_state(pipeline):
    georgia = _by_text(pipeline, "Georgia lawmakers from Lilburn and Snellville backed the bill "
                                 "on Tuesday.")["Georgia"]
    assert georgia.feature_type == "admin1" and georgia.country == "US"


def test_a_city_that_dwarfs_its_namesakes_holds_against_a_nearby_state(pipeline):
    places = _places(pipeline, "COLUMBUS, Ohio (AP) — Mississippi State outlasted Louisville in "
                               "overtime on Friday to reach the title game in Columbus, Ohio.")
    louisville = next(p for p in places if p.text == "Louisville")
    assert louisville.admin1 == "Kentucky"  # not the village of Louisville, Ohio


def test_the_country_in_an_organisations_name_is_an_actor_place(pipeline):
    places = _by_text(pipeline, "The US Justice Department said Pakistan Army engineers had "
                                "built the road.")
    assert places["US"].role == "actor" and places["US"].country == "US"
    assert places["Pakistan"].role == "actor" and places["Pakistan"].country == "PK"
    assert _places(pipeline, "Patients attend the Northwest Cancer Centre for treatment, a "
                             "spokesman said.") == []
    maryland = _by_text(pipeline, "Maryland State Police say the man was charged on "
                                  "Friday.")["Maryland"]
    assert maryland.country == "US" and maryland.feature_type == "admin1"
    litchfield = _by_text(pipeline, "He is scheduled to appear in Litchfield Superior Court on "
                                    "April 7.")
    assert "Litchfield" in litchfield


def test_the_ocean_and_the_region_not_a_village_named_after_them(pipeline):
    places = _places(pipeline, "Forecasters said sea temperatures in the tropical Atlantic are "
                               "cooler than average, and Atlantic hurricanes may be fewer this "
                               "year, a researcher in Fort Collins said.")
    assert {p.name for p in places if p.text == "Atlantic"} == {"Atlantic Ocean"}
    east = next(p for p in _places(pipeline, "Talks on peace in the Middle East resumed in "
                                             "Baltimore, Maryland, on Monday.")
                if "Middle East" in p.text)
    assert east.feature_type == "region"  # not the village of Middle East, Maryland


def test_states_and_provinces_sit_at_geonames_points_else_their_polygon_centroids(gazetteer):
    """Division points are GeoNames' own where pyowm's registry carries the division
    (geonames_points.tsv), else iso3166-2's polygon centroid (admin1_points.tsv)."""
    def division(name):
        return next(c for c in gazetteer.lookup(name_key(name)) if c.feature == "admin1")

    alberta, queensland = division("Alberta"), division("Queensland")
    assert distance_km(52.2833, -117.469, alberta.lat, alberta.lon) < 5  # centroid: 343 km off
    assert distance_km(-20.0, 145.0, queensland.lat, queensland.lon) < 5  # centroid: 245 km
    # no GeoNames row for Normandy's 2016 region in the registry: the polygon centroid stays
    normandie = division("Normandie")
    assert distance_km(49.068, 0.314, normandie.lat, normandie.lon) < 5


def _country_points_script():
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_country_points.py"
    if str(path.parent) not in sys.path:  # as when run: its folder (data_build.py) is on the path
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("build_country_points", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_country_points_are_midpoints_of_the_factbook_and_the_largest_polygon():
    script = _country_points_script()
    square = [(10.0, 40.0), (12.0, 40.0), (12.0, 42.0), (10.0, 42.0)]
    area, (lat, lon) = script.area_and_centroid(square)
    assert area == pytest.approx(4.0) and (lat, lon) == pytest.approx((41.0, 11.0))
    # a ring across the antimeridian (Chukotka, Fiji) keeps its centroid on the right side
    _, (lat, lon) = script.area_and_centroid([(178.0, 64.0), (-178.0, 64.0), (-178.0, 66.0),
                                              (178.0, 66.0)])
    assert (lat, abs(lon)) == pytest.approx((65.0, 180.0))
    lat, lon = script.midpoint((-18.0, 178.0), (-17.0, -178.0))  # not (-17.5, 0)
    assert (lat, abs(lon)) == pytest.approx((-17.5, 180.0))


def test_the_united_states_point_is_no_longer_the_factbooks_kansas_spot(gazetteer):
    us = gazetteer.country("US")
    assert distance_km(38.0, -97.0, us.lat, us.lon) > 50  # countryinfo's (Factbook) point
    # the centre of the contiguous states (Lebanon, Kansas) is what most readers mean
    assert distance_km(39.83, -98.58, us.lat, us.lon) < 161
    kiribati = gazetteer.country("KI")  # scattered: GeoNames puts it at Tarawa
    assert (kiribati.lat, kiribati.lon) == pytest.approx((1.42, 172.98), abs=0.01)


def test_a_regional_demonym_is_no_country(pipeline):
    places = _by_text(pipeline, "Mexico gave visas to people in a caravan of Central American "
                                "migrants, and South Korean and South African officials watched.")
    assert places["Central American"].role == "demonym" and places["Central American"].lat is None
    assert places["South Korean"].country == "KR" and places["South African"].country == "ZA"


def test_a_hyphenated_compounds_demonym_is_its_last_part(pipeline):
    # 'Austro' of 'Austro-Hungarian' had been read at Hungary, the country the actors layer gives
    # the compound (GeoWebNews dev); 'Pro' of 'Pro-Russian' at Russia (AllSides)
    places = _by_text(pipeline, (
        "Gavrilo Princip was a Bosnian Serb member of a Yugoslavist organization seeking an end "
        "to Austro-Hungarian rule in Bosnia and Herzegovina."))
    assert "Austro" not in places
    assert places["Hungarian"].role == "demonym" and places["Hungarian"].country == "HU"
    places = _by_text(pipeline, "Pro-Russian rebels fired artillery at Ukrainian positions.")
    assert "Pro" not in places and places["Russian"].country == "RU"


def test_the_name_after_town_comma_is_its_state(pipeline):
    la = _by_text(pipeline, "Ryan Clouthier, 22, of Sulpher, La., was stopped at the intersection "
                            "of Lancaster Avenue on Sunday.")["La"]
    assert la.feature_type == "admin1" and la.admin1 == "Louisiana"  # not Los Angeles


def test_a_country_stays_a_place_when_a_headline_reads_as_a_persons_name(pipeline):
    places = _places(pipeline, "Rethinking Egypt-US relations. Since Obama took office, hopes "
                               "for better times spread over the Middle East. Egypt, which often "
                               "had trouble communicating with the administration, cooperated "
                               "closely with Washington.")
    assert any(p.text == "Egypt" and p.country == "EG" for p in places)


def test_australian_and_canadian_abbreviations_name_their_states(gazetteer):
    for abbreviation, name in (("NSW", "New South Wales"), ("Qld", "Queensland"),
                               ("BC", "British Columbia")):
        assert any(c.feature == "admin1" and c.name == name
                   for c in gazetteer.lookup(name_key(abbreviation))), abbreviation


def test_a_hometown_after_an_age_is_a_town_in_every_mention(pipeline):
    """'Gary Wilson, 54, of Palestine' and 'a Palestine man' are a town's people; the cue on one
    mention holds for the name's other mentions, which have none."""
    places = _places(pipeline, "A 54-year-old Palestine man has been sentenced to two years in a "
                               "state jail. Gary Wilson, 54, of Palestine was sentenced Friday "
                               "in Anderson County, Texas. Prosecutors said Palestine had seen "
                               "several such cases this year.")
    palestine = [p for p in places if p.text == "Palestine"]
    assert len(palestine) == 3 and all(p.feature_type == "city" for p in palestine)
    assert {p.country for p in palestine} == {"US"}


def test_a_city_council_is_no_world_capitals(pipeline):
    """'Dublin City Council' is a town's government: Dublin, Ireland's prominence yields."""
    dublin = [p for p in _places(pipeline, "Memorial Day services will be held in Dublin "
                                           "Veterans Park. In 2006, Dublin City Council "
                                           "committed $250,000 to the project, and American "
                                           "Legion posts in Ohio raised the rest.")
              if p.text == "Dublin"]
    assert dublin and all(p.country == "US" and p.admin1 == "Ohio" for p in dublin)


def test_two_unlikely_readings_that_lie_together_support_each_other(pipeline):
    """19 Madison Counties and 30 Richmonds: the Kentucky pair, 8 km apart, wins."""
    places = _by_text(pipeline, "A Richmond man was charged early Sunday with driving under the "
                                "influence. He was lodged in the Madison County Detention Center "
                                "following the accident, Richmond police said.")
    assert places["Richmond"].admin1 == "Kentucky"
    assert places["Madison County"].admin1 == "Kentucky"


def test_a_state_word_picks_the_state(pipeline):
    places = _by_text(pipeline, "The case was found in a cow born in Canada and kept at a "
                                "Washington state farm, officials in Ottawa said.")
    assert places["Washington"].feature_type == "admin1"
    assert places["Washington"].admin1 == "Washington"


def test_a_list_of_states_reads_georgia_as_a_state(pipeline):
    places = [p for p in _places(pipeline, "Salmonella cases linked to the peanut butter were "
                                           "reported in Arkansas, California, Colorado, "
                                           "Georgia, Idaho, Illinois and Indiana.")
              if p.text == "Georgia"]
    assert places and places[0].country == "US" and places[0].feature_type == "admin1"


def test_an_upper_case_saint_or_fort_is_read_with_its_name(pipeline):
    """The tokenizer splits 'ST.' from 'LOUIS': 'ST' alone was read as Sète, 'WORTH' as Worth,
    Illinois."""
    louis = _by_text(pipeline, "ST. LOUIS (AP) — Police said two men were arrested.")
    assert "ST" not in louis and louis["ST. LOUIS"].admin1 == "Missouri"
    worth = _by_text(pipeline, "FT. WORTH, Texas — A man was hurt in a crash on Monday.")
    assert worth["FT. WORTH"].name == "Fort Worth" and "WORTH" not in worth


def test_a_dateline_names_a_town_not_a_state_or_a_country(pipeline):
    new_york = _by_text(pipeline, "NEW YORK (AP) — Police said a man was arrested on Monday.")
    assert new_york["NEW YORK"].feature_type == "city"  # not the state
    malta = _by_text(pipeline, "MALTA, Ill. — The village board met on Monday to discuss the "
                               "water tower.")
    assert malta["MALTA"].country == "US" and malta["MALTA"].admin1 == "Illinois"
    # the same name inside a sentence keeps its ordinary reading
    state = _by_text(pipeline, "The governor of New York signed the bill in Albany.")
    assert state["New York"].feature_type == "admin1"


def test_a_singular_county_after_a_list_names_only_the_last():
    from sitrep.extract.place_cues import mention_cues

    def county_follows(text, name):
        start = text.index(name)
        return mention_cues(text, start, start + len(name)).division_word

    assert not county_follows("Paris and Henry County is rich in history.", "Paris")
    assert county_follows("Paris and Henry County is rich in history.", "Henry")
    assert county_follows("Anderson and Cherokee counties will vote.", "Anderson")
    assert county_follows("Dakota, Otoe and Washington counties", "Dakota")


def test_a_country_name_used_as_a_demonym_still_resolves(pipeline):
    """'U.S. officials': the NER's GPE overlaps the actors layer's NORP description; the place
    used to be a demonym with no country, so it was never resolved."""
    places = _places(pipeline, "The caravan drew criticism from U.S. President Donald Trump, "
                               "according to three U.S. officials.")
    us = [p for p in places if p.text.startswith("U.S")]
    assert len(us) == 2 and all(p.country == "US" and p.feature_type == "country" for p in us)


def test_a_place_the_story_named_also_opens_its_organisations(pipeline):
    text = ("Residents of Dublin, Ohio, packed the meeting on Monday. The Dublin Veterans "
            "Project is closer to its goal, and the Dublin Community Recreation Center will "
            "get a new restaurant, the Dublin Recreation Services Director said.")
    dublins = [p for p in _places(pipeline, text) if p.text == "Dublin"]
    assert len(dublins) >= 3 and {p.admin1 for p in dublins} == {"Ohio"}
    # a company named after a place the story never names as a place gives none
    assert not any(p.text == "Texas" for p in _places(
        pipeline, "Texas Instruments reported higher profits on Tuesday, its chief said."))


def test_a_countrys_point_is_geonames_own_unless_the_gold_sets_share_another(gazetteer):
    """A country lies at GeoNames' point (geonames_points.tsv, from pyowm's registry); where two
    gold sets' pooled dev mentions agree on another packaged point, it takes that
    (point_conventions.tsv)."""
    canada, japan, us = (gazetteer.country(code) for code in ("CA", "JP", "US"))
    assert distance_km(60.1087, -113.6426, canada.lat, canada.lon) < 5  # not the Factbook's
    assert distance_km(35.6854, 139.7531, japan.lat, japan.lon) < 5  # GeoNames puts it at Tokyo
    for lat, lon in ((39.76, -98.5), (40.0, -100.0)):  # GeoNames' and GeoVirus's points
        assert distance_km(lat, lon, us.lat, us.lon) < 161
    china = gazetteer.country("CN")  # two sets' mentions lie nearer the Factbook/centroid midpoint
    assert (china.lat, china.lon) == pytest.approx((35.81, 104.40), abs=0.01)


def _geonames_points_script():
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_geonames_points.py"
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("build_geonames_points", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_geonames_points_are_joined_on_the_geonameid_not_the_name(tmp_path):
    """build_geonames_points.py keys each registry row by geonameid: a town sharing a
    country's name ('Canada', Portugal; 'China', Texas) gives it no point."""
    import bz2
    import sqlite3
    import zipfile

    db = tmp_path / "cities.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE city (id integer, city_id integer, name text, country text, "
                    "state text, lat real, lon real)")
        con.executemany("INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?)", [
            (1, 2741623, "Canada", "PT", "", 40.73, -8.55),
            (2, 6251999, "Canada", "CA", "", 60.108669, -113.642578),
            (3, 5883102, "Alberta", "CA", "", 52.283329, -117.469002)])
    wheel = tmp_path / "pyowm-3.5.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(_geonames_points_script().REGISTRY, bz2.compress(db.read_bytes()))
    rows = [line.split("\t") for line in _geonames_points_script().render(wheel).splitlines()
            if line and not line.startswith(("#", "kind"))]
    assert rows == [["admin1", "CA.01", "5883102", "Alberta", "52.2833", "-117.4690"],
                    ["country", "CA", "6251999", "Canada", "60.1087", "-113.6426"]]


def _choose_script():
    path = Path(__file__).resolve().parents[1] / "scripts" / "choose_point_conventions.py"
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("choose_point_conventions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_point_convention_changes_only_when_more_mentions_agree():
    script = _choose_script()
    points = {"country": {"CA": {"midpoint": (58.97, -98.68), "factbook": (60.0, -95.0),
                                 "centroid": (57.93, -102.37)},
                          "GB": {"midpoint": (54.0, -2.5), "factbook": (54.0, -2.0),
                                 "centroid": (53.9, -2.2)}}}
    voted = {("country", "CA"): {"name": "Canada", "hits": {"factbook": 4, "midpoint": 1},
                                 "docs": {"factbook": {("lgl", 0), ("geovirus", 2)}}},
             ("country", "GB"): {"name": "United Kingdom",
                                 "hits": {"factbook": 9, "midpoint": 9, "centroid": 9},
                                 "docs": {"factbook": {("lgl", 4)}}}}
    rows = script.choices(voted, points)
    assert [(r[1], r[3]) for r in rows] == [("CA", "factbook")]  # a tie keeps the midpoint

"""A town a name reaches only as another place's alternate name, one that is no form of the
town's own, is not chosen where a larger town bears the name as its own: 'Charlottesville'
(Charlottesville, Virginia, 46,597 people) had been Newfane, New York (3,822), once called so,
in a story naming New York places (AllSides: the rally, in articles on white-supremacist
attacks); LGL dev's 'Middletown' had been Athens, Ohio. A form of the town's own name and a town
inside the place the text puts the name in stay readings. Nor is a lesser town chosen that a
written abbreviation reaches only as one of its codes (below)."""

from __future__ import annotations

from .place_cases import near, places_by_text, places_of

CHARLOTTESVILLE = (38.03, -78.48)
AL_MALIKIYAH = (37.16, 42.14)  # Derik, its Kurdish name
FRANKFURT_AM_MAIN = (50.11, 8.68)


def test_a_towns_own_name_beats_a_smaller_towns_old_name(pipeline):
    places = places_by_text(pipeline, (
        "After Charlottesville, the group held rallies in New York City, Manhattan and Buffalo, "
        "New York, and organisers said the next march would be in Charlottesville again."))
    assert near(places["Charlottesville"], CHARLOTTESVILLE)


def test_another_name_inside_the_place_the_text_names_stays(pipeline):
    places = places_by_text(pipeline, (
        "Kurdish women grieve during a visit to a cemetery in Derik, Syria, on Tuesday, as "
        "Turkish shelling continued along the border."))
    assert near(places["Derik"], AL_MALIKIYAH)


def test_a_short_form_of_the_towns_own_name_stays(pipeline):
    places = places_by_text(pipeline, "In Frankfurt, Germany, a man threatened staff at a bank.")
    assert near(places["Frankfurt"], FRANKFURT_AM_MAIN)


# A written abbreviation reaches a lesser town only as one of its codes: 'USSR' had been
# Ust-Nera, Sakha (9,148 people), 'CR' (a continuing resolution) Concord, California, 'NRA'
# Narrandera, New South Wales (AllSides, 11 mentions in 500 articles). News abbreviates only
# the great cities so. (Since gazetteer build 17 'USSR' is the Soviet Union, a region of
# data/facilities.tsv: still no town.)
UST_NERA = (64.57, 143.20)


def test_an_abbreviation_is_no_lesser_towns_code(pipeline):
    places = places_by_text(pipeline, (
        "Signed by the US and the USSR in 1987, the INF Treaty banned both countries from "
        "fielding ground-launched missiles. Congress passed a three-week CR on Friday."))
    assert "CR" not in places or places["CR"].lat is None
    ussr = places.get("USSR")
    assert ussr is None or ussr.lat is None or (
        ussr.feature_type != "city" and not near(ussr, UST_NERA, km=500))


def test_a_great_citys_abbreviation_stays_the_city(pipeline):
    places = places_by_text(pipeline, (
        "The march through NYC drew thousands, and organisers said a second one would follow "
        "in LA next month."))
    assert near(places["NYC"], (40.71, -74.01))
    assert near(places["LA"], (34.05, -118.24))


# 'the Middle East' is the region, never the Maryland village of the name, however near the
# article's other places (AllSides: a think tank's name put it in Washington).

def test_the_region_the_article_names_is_no_village_of_its_name(pipeline):
    places = places_of(pipeline, (
        "Faysal Itani, a senior fellow of the Atlantic Council's Rafik Hariri Center for the "
        "Middle East in Washington, said the war had sent millions fleeing to refuge around the "
        "Middle East and Europe."))
    regions = [p for p in places if p.text == "the Middle East"]
    assert regions and all(p.lat is not None and p.country is None for p in regions)


# A given name reaches towns only as their other names: 'Jamal' (of Jamal Khashoggi, read as a
# place where the NER cuts the name) had been Djemmal, Tunisia (AllSides: 10 mentions in 500
# articles); 'Charlotte', a town's own name, stays the town.

def test_a_given_name_is_no_town_it_reaches_only_as_another_name(pipeline):
    places = places_of(pipeline, (
        "Turkish officials called for a thorough, transparent and timely investigation of Jamal "
        "Khashoggi's disappearance. More: Saudi crown prince 'complicit' in Jamal Khashoggi's "
        "murder, key GOP senator says."))
    assert all(p.lat is None for p in places if p.text == "Jamal")


def test_a_given_name_a_town_bears_as_its_own_stays_the_town(pipeline):
    places = places_by_text(pipeline, "Charlotte police said the suspect was arrested on Friday.")
    assert near(places["Charlotte"], (35.23, -80.84))

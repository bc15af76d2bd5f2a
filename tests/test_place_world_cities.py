"""A world city by its own name in a story told from elsewhere: 'Geneva' in a US story on talks
held there is Geneva, Switzerland (9.3 times as populous as Geneva, Illinois), not a Geneva in
New York, Illinois or Washington state that the story's American names lift; and a region's own
name as a modifier ("a Middle East expert") is the region, not a village of the name. Found on
AllSides articles (45 of 96 mentions of Geneva in the first 60 articles naming it were American
towns; 13 mentions of the Middle East in the first 200 were Middle East, Maryland)."""

from __future__ import annotations

from .place_cases import near, places_of

_GENEVA = (46.2, 6.15)


def test_geneva_in_a_us_story_on_talks_is_the_swiss_city(pipeline):
    places = places_of(pipeline, (
        "Secretary of State John Kerry flew to Geneva on Friday for talks with Russia's "
        "foreign minister on Syria. In Washington, Republicans in Congress criticized the "
        "deal, and a senator from Texas said the talks in Geneva had failed."))
    geneva = [p for p in places if p.text == "Geneva"]
    assert geneva and all(near(p, _GENEVA) for p in geneva)


def test_a_townsmans_geneva_stays_the_town(pipeline):
    # "a Geneva woman", "Geneva police": local news of a town of the name, not the Swiss city
    places = places_of(pipeline, (
        "A Geneva woman was arrested on Tuesday after a crash on Route 38, Geneva police "
        "said. Kane County prosecutors charged her with drunken driving."))
    geneva = [p for p in places if p.text == "Geneva"]
    assert geneva and all(p.country == "US" for p in geneva)


_MIDDLE_EAST = (29.0, 41.0)


def test_a_regions_own_name_as_a_modifier_is_the_region_not_a_village(pipeline):
    # "Middle East" without "the" ("a Middle East expert", "a Middle East peace plan"): the
    # region, not Middle East, Maryland (1,872 people) that the story's American names lift
    places = places_of(pipeline, (
        "The president met senators from Ohio and Maryland in Washington on Tuesday. He is "
        "moving forward with a Middle East peace plan, said Aaron David Miller, a Middle East "
        "expert with the Wilson Center."))
    middle_east = [p for p in places if "Middle East" in p.text]
    assert middle_east and all(p.country is None and p.lat is not None for p in middle_east)


_VIENNA = (48.21, 16.37)


def test_vienna_in_a_us_story_on_the_iran_talks_is_austrias_capital(pipeline):
    # the US home country and Washington's support lifted Vienna, Virginia (16,522 people)
    # over the capital (AllSides: 13 of 24 stories naming Vienna but not Austria); the story
    # names no Virginia place, so the home country does not make the town the place meant
    places = places_of(pipeline, (
        "WASHINGTON (AP) — The Trump administration said on Tuesday that Iran was complying "
        "with the nuclear deal. Tillerson said at a press conference in Vienna that the U.S. "
        "still had concerns, and U.N. inspectors in Vienna will report again next month. "
        "Republicans in Congress were not persuaded."))
    vienna = [p for p in places if p.text == "Vienna"]
    assert vienna and all(near(p, _VIENNA) for p in vienna)


def test_paris_beside_its_county_stays_the_small_town(pipeline):
    # the article's own evidence for the namesake: 'Henry County' may lie in Tennessee, as
    # Paris, Tennessee does, so the home country still counts for the town
    places = places_of(pipeline, (
        "The Leadership Henry County class toured the Paris-Henry County Heritage Center on "
        "Tuesday. Paris and Henry County are rich in both history and art, said the director "
        "of the arts council."))
    paris = [p for p in places if p.text == "Paris"]
    assert paris and all(p.country == "US" for p in paris)


def test_vienna_beside_its_county_stays_the_virginia_town(pipeline):
    # Fairfax County lies in Virginia as Vienna, Virginia does: the article's own evidence
    places = places_of(pipeline, (
        "The Fairfax County board approved a new library for Vienna on Tuesday. Residents of "
        "the town said traffic on Maple Avenue was already heavy, and officials in "
        "Washington were not consulted."))
    vienna = [p for p in places if p.text == "Vienna"]
    assert vienna and all(p.country == "US" for p in vienna)


_TRIPOLI = (32.89, 13.19)


def test_tripoli_in_a_list_of_embassies_is_libyas_capital(pipeline):
    # AllSides, seed 1242: Tripoli, Libya is only five times Tripoli, Lebanon, so no town of
    # the name was 'famous', and the story's American names lifted Tripoli, Iowa (1,342
    # people); a capital's namesake fifty times smaller abroad takes no home-country bonus
    places = places_of(pipeline, (
        "\"The administration's call to close these embassies ... was actually a very smart "
        "call,\" House Homeland Security Committee Chairman Michael McCaul, R-Texas, said. "
        "\"It's a very credible threat,\" Rep. Dutch Ruppersberger, D-Md., said. As we "
        "reported Sunday, the State Department has extended the closings, through next "
        "Saturday, at 19 locations: Abu Dhabi, Amman, Cairo, Riyadh, Dhahran, Jeddah, Doha, "
        "Dubai, Kuwait, Manama, Muscat, Sanaa, Tripoli, Antanarivo, Bujumbura, Djibouti, "
        "Khartoum, Kigali and Port Louis."))
    tripoli = [p for p in places if p.text == "Tripoli"]
    assert tripoli and all(near(p, _TRIPOLI) for p in tripoli)


def test_tripoli_beside_its_county_stays_the_iowa_town(pipeline):
    # the article's own evidence for the namesake: Bremer County lies in Iowa, as the town does
    places = places_of(pipeline, (
        "The Tripoli city council met on Monday. Bremer County supervisors said the roads "
        "into Tripoli would be repaired before winter, and officials in Washington were not "
        "consulted."))
    tripoli = [p for p in places if p.text == "Tripoli"]
    assert tripoli and all(p.admin1 == "Iowa" for p in tripoli)

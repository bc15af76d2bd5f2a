"""A town of under 20,000 people that lies over 300 km from every other place the article names
is left unresolved: there the gazetteer's town is more likely a namesake of something else the
text names (a racehorse, a park, a library: 'the colt from Helmet' in a Dubai World Cup story
had been Tõrva, Estonia; 'a Carnegie Library' in New Orleans, Carnegie, Pennsylvania;
GeoWebNews dev). A town the text places (a container, a townsman's words, 'the town of', a
dateline, its state named, 'in central Finland' after it) and one alone in its article stay."""

from __future__ import annotations

from .place_cases import near, places_by_text

VISBEK = (52.83, 8.31)
GRAND_LEDGE = (42.75, -84.75)
KEMPELE = (64.91, 25.50)
HAYMARKET_VIRGINIA = (38.81, -77.64)

# a New Orleans block's history (GeoWebNews dev): the library is named after Andrew Carnegie
CARNEGIE_LIBRARY = (
    "Royal Street at Washington Square: into the 1960s, the river side of this block in "
    "New Orleans was home to Holy Redeemer Church. Next door, on the corner of Frenchmen "
    "Street, was a Carnegie Library built in 1902.")


def test_a_small_town_far_from_every_other_place_is_left_unresolved(pipeline):
    places = places_by_text(pipeline, (
        "Thunder Snow won the $10 million Dubai World Cup at Meydan Racecourse in Dubai on "
        "Saturday night. The four-year-old bay colt from Helmet, the mount of Christophe "
        "Soumillon, ended Emirati handler Saeed bin Suroor's two-year drought."))
    assert places["Helmet"].lat is None
    assert near(places["Dubai"], (25.2, 55.3), km=50)


def test_a_library_named_after_a_far_town_is_not_that_town(pipeline):
    places = places_by_text(pipeline, CARNEGIE_LIBRARY)
    assert places["Carnegie"].lat is None
    assert places["Washington Square"].lat is None


def test_a_small_town_its_country_follows_stays(pipeline):
    places = places_by_text(pipeline, (
        "Headquartered in Visbek, Germany, EW Nutrition has R&D and production facilities in "
        "Singapore and Brazil."))
    assert near(places["Visbek"], VISBEK)


def test_a_small_town_its_country_is_named_beside_stays(pipeline):
    places = places_by_text(pipeline, (
        "Nokia said on Tuesday it would close its factory in Kempele, in central Finland, with "
        "the loss of 300 jobs. The company's chief executive spoke in Espoo and in London, and "
        "analysts in New York welcomed the news."))
    assert near(places["Kempele"], KEMPELE)


def test_a_far_namesake_stays_unread_though_its_country_is_named_elsewhere(pipeline):
    places = places_by_text(pipeline, (
        CARNEGIE_LIBRARY + " It was among the first such libraries in the United States."))
    assert places["Carnegie"].lat is None


def test_a_small_town_alone_in_its_article_stays(pipeline):
    places = places_by_text(pipeline, (
        "Grand Ledge Police Officers Chris Chester and Jason Barber responded to the apartment. "
        "Grand Ledge investigators interviewed the resident."))
    assert near(places["Grand Ledge"], GRAND_LEDGE)


def test_a_small_town_near_the_articles_other_places_stays(pipeline):
    places = places_by_text(pipeline, (
        "Fire crews from Haymarket and Gainesville responded to a blaze near Manassas, "
        "Virginia, on Tuesday."))
    assert near(places["Haymarket"], HAYMARKET_VIRGINIA)

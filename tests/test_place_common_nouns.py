"""A single word the NER tags as a place that news uses for no place stays no place, tagged or
not: 'on Earth' had been Earth, Texas, and 'Justice' for the Justice Department Justice,
Illinois (AllSides: three 'Earth's and five 'Justice's in 150 articles; 78 'Earth's in the
corpus). The not_place words had kept such names only from untagged runs."""

from __future__ import annotations

from .place_cases import places_by_text


def test_the_planet_is_no_texas_town(pipeline):
    places = places_by_text(pipeline, (
        "North Korea has artillery within range of Seoul, one of the most densely populated "
        "cities on Earth, which is the capital of South Korea, Mattis told reporters."))
    assert "Earth" not in places
    assert "Seoul" in places


def test_justice_for_the_department_is_no_illinois_village(pipeline):
    places = places_by_text(pipeline, (
        "Republicans see Mr. Simpson as the key middleman between Justice and the Clinton "
        "campaign. He said he had never heard from anyone in Justice or the FBI in Washington."))
    assert "Justice" not in places


def test_a_surname_before_a_leaders_plural_office_is_no_place(pipeline):
    # 'the Bush and Obama administrations' had left 'Obama' as Obama, Japan
    places = places_by_text(pipeline, (
        "The general was the White House's Afghan war czar during the Bush and Obama "
        "administrations, and he told government interviewers that Obama had no strategy."))
    assert "Obama" not in places


def test_a_headlines_man_is_no_isle_of_man(pipeline):
    # "U.S. Man Among Wounded" (a headline's capitals) had been the Isle of Man
    places = places_by_text(pipeline, (
        "U.S. Man Among Wounded in Jerusalem Attack. An American was among those hurt in "
        "Jerusalem on Thursday, police said."))
    assert "Man" not in places
    assert "Jerusalem" in places


def test_the_arab_world_is_no_alabama_town(pipeline):
    # 'the Arab world', 'the Arab Spring' (71 and 115 times in the AllSides corpus) had been
    # Arab, Alabama, which no article of the corpus names
    places = places_by_text(pipeline, (
        "Obama has focused on terrorism, uprisings in the Arab world and Russian provocations "
        "in Ukraine, his aides said."))
    assert "Arab" not in places
    assert "Ukraine" in places


def test_the_holy_book_is_no_malaysian_town(pipeline):
    # 'the Quran' had been Klang, Malaysia, whose other name 'Kuran' the name key folds alike
    # (AllSides: 28 'Quran's and 33 'Koran's in the corpus)
    places = places_by_text(pipeline, (
        "A young Palestinian carries damaged copies of the Quran from the rubble of the Imam "
        "Al Shafaey mosque in Gaza City. Officially it was a holy Quran course, recalls Homira "
        "Kohi, a teacher in Kabul."))
    assert "Quran" not in places
    assert "Gaza City" in places


def test_the_holy_book_written_with_its_apostrophe_and_god_s_name_are_no_towns(pipeline):
    # "Qur’an" (a curly apostrophe) had escaped the word list and read Klang, Malaysia again;
    # 'Allah' read Hamidiyeh, Iran, an other name of it (WikiEvents, places pass 32)
    places = places_by_text(pipeline, (
        "I would like to begin in the name of Allah, the most gracious. Allah says in the Qur’an "
        "that no soul is burdened with more than it can bear, the imam told mourners in "
        "Manchester."))
    assert "Qur’an" not in places and "Allah" not in places
    assert "Manchester" in places


def test_border_cut_from_border_patrol_is_no_french_village(pipeline):
    # the NER labels 'Border' of 'Border Patrol' a place: Bordères, France, an other name of
    # it (3 times in 40 AllSides articles naming the Border Patrol, places pass 32)
    places = places_by_text(pipeline, (
        "An 8-year-old boy died on Christmas Eve after six days in Border Patrol custody in "
        "Alamogordo, New Mexico."))
    assert "Border" not in places

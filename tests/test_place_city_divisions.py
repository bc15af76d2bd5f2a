"""A division GeoNames keeps around a city under the city's name ('Kiev (city)', 7.4 million
people, and Kiev Oblast, both read as 'Kiev'; Donetsk Oblast as 'Donetsk'): the bare name is
the city; the division only where the text says 'region' or 'province'. The point is the same,
the feature is not. Found on AllSides news (places pass 32)."""

from __future__ import annotations

from .place_cases import near, places_of


def test_kiev_is_the_city_not_the_division_around_it(pipeline):
    places = places_of(pipeline, (
        "Residents say armed militants seized the police station in Kramatorsk, Ukraine.\n\n"
        "Vice President Joe Biden delivers aid package in visit to Kiev.\n\n"
        "The dossier shows gunmen in eastern Ukraine who look similar to photographs of Russian "
        "forces taken in Crimea, Russia and during Russia's 2008 invasion of Georgia.\n\n"
        "A woman leaves a voting booth in Sevastopol on March 16.\n\n"
        "International monitors met Monday with pro-Russian leaders in Slaviansk, but no "
        "breakthroughs were reported. Militants will not move until the \"illegal\" government "
        "in Kiev also moves out of official buildings, they said. Sergey Lavrov said the "
        "agreement negotiated in Geneva, Switzerland was not being implemented.\n\n"
        "On the streets of Kiev, ordinary citizens said they know there's only so much the "
        "United States can do. Speaking to CNN from Kiev on Monday, the California Republican "
        "said the United States will continue its presence in Poland."))
    kiev = [p for p in places if p.text == "Kiev"]
    assert kiev and all(p.feature_type == "city" for p in kiev)


def test_a_polling_station_in_donetsk_is_where_the_city_is(pipeline):
    # "the Donetsk and Luhansk regions" calls the name a division (places pass 33), as "the
    # Donetsk region" would: one name is one place, and the oblast lies at the city's point
    places = places_of(pipeline, "Separatists staged a referendum in the Donetsk and Luhansk "
                                 "regions of eastern Ukraine. A Ukrainian woman votes at a "
                                 "polling station in Donetsk on May 11.")
    donetsk = [p for p in places if p.text == "Donetsk"]
    assert donetsk and donetsk[0].feature_type == "admin1"
    assert near(donetsk[-1], (48.023, 37.802))


def test_the_kiev_region_is_the_division(pipeline):
    places = places_of(pipeline, "Floods hit villages across the Kiev region of Ukraine on "
                                 "Tuesday, officials said.")
    kiev = [p for p in places if p.text.startswith("Kiev")]
    assert kiev and kiev[0].feature_type == "admin1"


def test_a_name_called_a_province_once_stays_the_province(pipeline):
    # one mention that says 'province' marks the name: "in Idlib" of the same story is the
    # province too, as one name is one place
    places = places_of(pipeline, "A rebel fighter rests at a camp in Idlib province on Tuesday. "
                                 "Government forces fired missiles at villages in Idlib on "
                                 "Friday, activists said.")
    idlib = [p for p in places if p.text == "Idlib"]
    assert idlib and all(p.feature_type == "admin1" for p in idlib)

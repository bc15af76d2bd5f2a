"""The times layer: TIMEX3 recognition and normalisation against the publication date, and a date
on every event. Real text (the seed article) and short sentences for the normaliser's rules."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.export import extraction_to_json, validate
from sitrep.extract.time_values import is_timex3_value
from sitrep.extract.times import find_times
from sitrep.nlp import parse
from sitrep.records import Document

from .conftest import SHARED, needs

MONDAY = date(2024, 12, 16)  # the seed's publication day


def times_in(text: str, published: date | None = MONDAY) -> dict[str, tuple]:
    """text of each expression → (type, value, earliest, latest, mod)."""
    found = find_times(parse(text), published)
    return {text[f.start:f.end]: (f.norm.type, f.norm.value, f.norm.earliest, f.norm.latest,
                                  f.norm.mod) for f in found}


def one(text: str, published: date | None = MONDAY) -> tuple:
    found = times_in(text, published)
    assert len(found) == 1, found
    return next(iter(found.items()))


# --- the seed article -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_times(seed_extraction):
    return {t.text: t for t in seed_extraction.times}


def test_seed_relative_expressions_resolve_against_the_publication_date(seed_times):
    t = seed_times["Just over a week ago"]
    assert (t.type, t.value, t.mod) == ("DATE", "2024-W50", "MORE_THAN")
    assert t.latest == date(2024, 12, 9) and t.earliest < t.latest  # over a week: on or before
    t = seed_times["almost two weeks ago"]
    assert (t.value, t.mod, t.earliest) == ("2024-W49", "LESS_THAN", date(2024, 12, 2))
    assert t.latest < date(2024, 12, 9)
    t = seed_times["the past two days"]
    assert (t.type, t.value, t.earliest, t.latest) == ("DURATION", "P2D", date(2024, 12, 14), MONDAY)
    assert seed_times["This week"].value == "2024-W51"
    assert seed_times["the last few days"].value == "PXD"


def test_seed_weekdays_follow_tense(seed_times, seed_extraction):
    text = seed_extraction.document.text
    sundays = [t for t in seed_extraction.times if t.text == "Sunday"]
    assert sundays and all(t.value == "2024-12-15" for t in sundays)  # past: the day before
    mondays = [t for t in seed_extraction.times if t.text == "Monday"]
    assert mondays and all(t.value == "2024-12-16" for t in mondays)  # the article's own day
    saturday = seed_times["Saturday"]  # "emptied out … by Saturday"
    assert (saturday.value, saturday.mod, saturday.earliest, saturday.latest) == (
        "2024-12-14", "ON_OR_BEFORE", None, date(2024, 12, 14))
    assert "by Saturday" in text[saturday.span[0] - 3:saturday.span[1]]


def test_seed_years_since_and_durations(seed_times, seed_extraction):
    since = [t for t in seed_extraction.times if t.text == "2011"]
    assert len(since) == 1 and since[0].mod == "ON_OR_AFTER"  # since Syria's 2011 revolution
    assert (since[0].earliest, since[0].latest) == (date(2011, 1, 1), MONDAY)
    lease = seed_times["49-year"]
    assert (lease.type, lease.value) == ("DURATION", "P49Y")
    assert seed_times["12-day"].value == "P12D"


def test_an_age_is_not_a_date(seed_extraction):
    text = seed_extraction.document.text
    age = text.index("26-year-old")
    assert not [t for t in seed_extraction.times if t.span[0] < age + 11 and age < t.span[1]]


def test_times_are_evidence_and_validate(seed_extraction):
    text = seed_extraction.document.text
    for t in seed_extraction.times:
        assert text[t.span[0]:t.span[1]] == t.text
        assert t.earliest is None or t.latest is None or t.earliest <= t.latest
    validate(extraction_to_json(seed_extraction))


def test_every_seed_event_has_a_date_with_its_source(seed_extraction):
    events = seed_extraction.events
    assert events and all(e.time is not None and e.time["source"] in {"text", "publication_date"}
                          for e in events)
    drop = next(e for e in events if e.trigger.text == "drop")  # "Just over a week ago, … to drop"
    assert (drop.time["value"], drop.time["source"]) == ("2024-W50", "text")
    bombing = next(e for e in events if e.trigger.text == "bombing" and "since 2015" in e.text)
    assert (bombing.time["value"], bombing.time["mod"]) == ("2015", "ON_OR_AFTER")
    offered = next(e for e in events if e.trigger.text == "offered")  # no time in its clause
    assert offered.time == {"value": "2024-12-16", "earliest": "2024-12-16",
                            "latest": "2024-12-16", "source": "publication_date", "mod": None}


def test_a_reported_clause_is_not_dated_by_the_reporting_verb(pipeline):
    doc = Document.from_text("The ministry said on Friday that rebels attacked the town of Homs.",
                             published=MONDAY)
    attack = next(e for e in pipeline.extract(doc).events if e.trigger.text == "attacked")
    assert attack.time["source"] == "publication_date"


def test_without_a_publication_date_nothing_is_anchored(pipeline):
    found = times_in("Rebels shelled the city on Sunday.", published=None)
    assert found == {"Sunday": ("DATE", "XXXX-WXX-7", None, None, None)}
    doc = Document.from_text("Russian jets bombed rebel positions near Idlib.")
    events = pipeline.extract(doc).events
    assert events and all(e.time is None for e in events)


# --- the normaliser, rule by rule -------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("The minister said on Sunday that talks would resume.", "2024-12-15"),
    ("The minister will visit Damascus on Sunday.", "2024-12-22"),
    ("Talks were held in Geneva on Monday.", "2024-12-16"),
    ("Rebels entered the city on Thursday.", "2024-12-12"),
    ("The delegation is scheduled to arrive on Thursday.", "2024-12-19"),
])
def test_weekdays_resolve_by_tense(sentence, expected):
    assert one(sentence)[1][1] == expected


@pytest.mark.parametrize("sentence, text, value, first, last", [
    ("Fighting intensified last week.", "last week", "2024-W50", date(2024, 12, 9), date(2024, 12, 15)),
    ("Prices rose this month.", "this month", "2024-12", date(2024, 12, 1), date(2024, 12, 31)),
    ("The group was founded last year.", "last year", "2023", date(2023, 1, 1), date(2023, 12, 31)),
    ("Russia entered Syria in 2015.", "2015", "2015", date(2015, 1, 1), date(2015, 12, 31)),
    ("Aid ran out last summer.", "last summer", "2024-SU", date(2024, 6, 1), date(2024, 8, 31)),
    ("The war began in the 1990s.", "the 1990s", "199", date(1990, 1, 1), date(1999, 12, 31)),
    ("Troops withdrew in early 2011.", "early 2011", "2011", date(2011, 1, 1), date(2011, 4, 30)),
    ("They met yesterday.", "yesterday", "2024-12-15", date(2024, 12, 15), date(2024, 12, 15)),
    ("The accord was signed on March 3, 2019.", "March 3, 2019", "2019-03-03",
     date(2019, 3, 3), date(2019, 3, 3)),
    ("Results for the third quarter of 2023 were weak.", "the third quarter of 2023", "2023-Q3",
     date(2023, 7, 1), date(2023, 9, 30)),
])
def test_calendar_expressions(sentence, text, value, first, last):
    assert times_in(sentence)[text][1:4] == (value, first, last)


def test_since_opens_the_interval_to_the_publication_date():
    assert times_in("The city has been under siege since 2011.")["2011"] == (
        "DATE", "2011", date(2011, 1, 1), MONDAY, "ON_OR_AFTER")


@pytest.mark.parametrize("sentence, text, kind, value", [
    ("The siege lasted three years.", "three years", "DURATION", "P3Y"),
    ("They signed a 49-year lease.", "49-year", "DURATION", "P49Y"),
    ("It took almost seven years.", "almost seven years", "DURATION", "P7Y"),
    ("The talks went on for hours.", "hours", "DURATION", "PTXH"),
    ("Convoys arrive every week.", "every week", "SET", "P1W"),
    ("The ministry briefs reporters daily.", "daily", "SET", "P1D"),
    ("The market opens at 9 a.m. on Tuesday.", "9 a.m. on Tuesday", "TIME", "2024-12-17T09:00"),
    ("Officials are currently reviewing the deal.", "currently", "DATE", "PRESENT_REF"),
])
def test_durations_sets_and_references(sentence, text, kind, value):
    assert times_in(sentence)[text][:2] == (kind, value)


@pytest.mark.parametrize("sentence", [
    "Abu Khaled, a 26-year-old HTS fighter, guarded the gate.",
    "More than 2000 troops crossed the border.",
    "Readers of the Sunday Times may march to the square.",
    "The company pays a quarterly dividend.",
    "We hope to meet as soon as it becomes legitimate.",
    "Purple ideas sleep furiously.",
])
def test_no_time_where_there_is_none(sentence):
    assert times_in(sentence) == {}


# --- TempEval-3 reader ------------------------------------------------------------------------

TEMPEVAL = SHARED / "eval" / "time" / "TempEval3"


@needs(TEMPEVAL)
def test_timeml_reader_offsets_point_at_the_gold_text():
    from sitrep.eval.times import read_split

    docs = read_split(SHARED / "eval", "test")
    assert len(docs) == 20 and sum(len(d.times) for d in docs) == 138
    for doc in docs:
        assert doc.dct is not None
        for gold in doc.times:
            assert doc.text[gold.span[0]:gold.span[1]] == gold.text


@needs(TEMPEVAL)
def test_tempeval_scoring_runs_on_a_few_dev_documents():
    from sitrep.eval.times import score

    result = score(SHARED / "eval", "dev", limit=5)
    assert result.metrics["extraction relaxed"]["f1"] > 0.7
    assert result.metrics["value (over relaxed matches)"]["f1"] > 0.5


# --- store ------------------------------------------------------------------------------------


def test_store_keeps_times_and_event_dates(tmp_path, seed_extraction):
    from sitrep.store import Store

    with Store(tmp_path / "times.duckdb") as store:
        store.write(seed_extraction)
        times = store.table("times").to_pylist()
        assert len(times) == len(seed_extraction.times)
        saturday = next(t for t in times if t["text"] == "Saturday")
        assert (saturday["value"], saturday["earliest"], saturday["latest"], saturday["mod"]) == (
            "2024-12-14", None, date(2024, 12, 14), "ON_OR_BEFORE")
        events = store.events(since=date(2024, 12, 1), until=date(2024, 12, 10), limit=500)
        assert any(e["date_value"] == "2024-W50" and e["date_source"] == "text" for e in events)
        assert all(e["date_source"] == "text" for e in events)  # published 12-16: out of range
        # a newer pipeline version replaces the rows, it does not add to them
        store.write(seed_extraction.model_copy(update={"pipeline_version": "next"}))
        assert len(store.table("times")) == len(seed_extraction.times)


# --- fixes measured on TimeBank + AQUAINT (issue 6, second pass) --------------------------------

RESULTS_DAY = date(1989, 10, 26)  # a Thursday in a results season


def test_a_results_story_compares_against_the_quarter_it_named():
    text = ("Du Pont said third-quarter profit rose 19% to $2.1 billion from $1.8 billion a year "
            "earlier. In the year-ago quarter, the chemicals unit earned $461 million. The latest "
            "period included a gain of $9 million.")
    found = times_in(text, RESULTS_DAY)
    assert found["third-quarter"][:2] == ("DATE", "1989-Q3")
    assert found["a year earlier"][:2] == ("DATE", "1988-Q3")
    assert found["the year-ago quarter"][:2] == ("DATE", "1988-Q3")
    assert found["The latest period"][:2] == ("DATE", "1989-Q3")


def test_without_a_quarter_in_focus_a_year_ago_is_a_year():
    assert times_in("Steel prices were higher a year ago.", RESULTS_DAY)["a year ago"][:2] == (
        "DATE", "1988")


@pytest.mark.parametrize("sentence, text, kind, value", [
    ("Revenue for the year ended March 31 rose 4%.", "the year", "DURATION", "P1Y"),
    ("The company expects lower earnings for the fiscal year.", "the fiscal year", "DATE", "1989"),
    ("Sales in the latest fiscal year were $6.3 billion.", "the latest fiscal year", "DATE", "1988"),
    ("Analysts expect higher fiscal 1990 earnings.", "fiscal 1990", "DATE", "1990"),
    ("In this year's third quarter, net was $10.5 million.", "this year's third quarter", "DATE",
     "1989-Q3"),
])
def test_financial_years_and_quarters(sentence, text, kind, value):
    assert times_in(sentence, RESULTS_DAY)[text][:2] == (kind, value)


@pytest.mark.parametrize("sentence, text, kind, value", [
    ("The group began to fall apart in mid-1996.", "mid-1996", "DATE", "1996"),
    ("Many leaders of the 1992 protests have moved away.", "1992", "DATE", "1992"),
    ("The company blamed current market conditions.", "current", "DATE", "PRESENT_REF"),
    ("Thousands attended a daily rally in Havana.", "daily", "SET", "P1D"),
    ("Prices rose sharply over the past year.", "the past year", "DATE", "2023"),
    ("Refugees lived in the camps for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("The envoy spent 5 1/2 hours in Nairobi.", "5 1/2 hours", "DURATION", "PT5H30M"),
    ("The silence lasted a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
    ("The boy will stay for at least two more weeks.", "at least two more weeks", "DURATION",
     "P2W"),
    ("Lawyers left their third day-long meeting.", "day-long", "DURATION", "P1D"),
    ("It was a decades-long ideological battle.", "decades-long", "DURATION", "PXY"),
    ("The navy may use the base for two decades.", "two decades", "DURATION", "P20Y"),
    ("The judge will rule at midday.", "midday", "TIME", "2024-12-16T12:00"),
])
def test_second_pass_classes(sentence, text, kind, value):
    assert times_in(sentence)[text][:2] == (kind, value)


def test_previously_is_not_a_time():  # annotated in 3 of its 23 TimeBank/AQUAINT occurrences
    assert times_in("The ministry previously said it would reopen the crossing.") == {}


def test_a_year_before_quarter_is_not_a_count_of_quarters():
    found = times_in("Earnings fell in the 1988 quarter.", RESULTS_DAY)
    assert all(value[1] != "P1988Q" for value in found.values()) and found


def test_gated_rules_find_what_a_full_scan_finds(seed_extraction):
    from sitrep.extract.time_grammar import scan
    from sitrep.extract.time_rules import RULES

    text = seed_extraction.document.text + (" about five years ago, 2 1/2 years, every other week,"
                                            " a 12-day offensive, Monday, Oct. 26, 19th century")
    gated = [r for r in RULES if r.gate is not None]
    assert {r.name for r in gated} >= {"ago", "duration", "every"}
    for rule in gated:
        assert [m.span() for m in scan(rule, text)] == [m.span() for m in rule.pattern.finditer(text)]


def test_value_f1_is_the_official_attribute_f1():
    """TE3-evaluation: value F1 = value accuracy over relaxed matches × relaxed F1, which is
    2·correct / (system + gold) — what `score` computes as P over system, R over gold."""
    from sitrep.eval.metrics import PRF

    system, gold, matched, correct = 127, 138, 118, 105
    relaxed_f1 = 2 * matched / (system + gold)
    values = PRF(tp=correct, fp=system - correct, fn=gold - correct)
    assert values.to_json()["f1"] == pytest.approx(correct / matched * relaxed_f1, abs=1e-3)


# --- numbers that are not years; plausibility; robustness (third pass) ------------------------

LIVE_BLOG_DAY = date(2016, 7, 14)  # the AllSides live blog whose 'Update: 1041 BST' became 1041


@pytest.mark.parametrize("sentence", [
    "The Security Council's Resolution 1718 prohibits the trade of weapons with Pyongyang.",
    "Prosecutors cited sections 1505 and 1510 of the federal penal code.",
    "Protesters marched along Highway 1806 toward the camp.",
    "Christopher Harris, secretary of Local 1613 of the border patrol union, spoke.",
    "The plane circled 1000 feet above the city while 1,019 people were evacuated.",
    "The motion passed with 1041 votes against 210.",
    "Has someone at 1600 Pennsylvania Avenue concluded they do not need the agencies?",
    "The bill, No. 1041, was tabled.",
    "Constituents who called his office: 1135 opposed, 18 for.",
    "Call the casualty bureau on 0800 096 1233 for information.",
    "Update: 1019 Former Prime Minister David Cameron condemned the attack.",
    "It is a felony under 18 U.S.C. 1001, the lawyer said.",
])
def test_numbers_that_are_not_years(sentence):
    found = times_in(sentence, LIVE_BLOG_DAY)
    assert not [v for v in found.values() if v[1] and v[1][:1].isdigit()], found


def test_a_live_blog_clock_is_a_time_not_the_year_1041():
    found = times_in("Update: 1041 BST\n\nFormer Prime Minister David Cameron said he was "
                     "horrified.", LIVE_BLOG_DAY)
    assert found == {"1041 BST": ("TIME", "2016-07-14T10:41", LIVE_BLOG_DAY, LIVE_BLOG_DAY, None)}
    # the same moment in another zone, in brackets, is not a second time
    found = times_in("Update 1606 BST (1106 EST)\n\nForeign Secretary Boris Johnson spoke.",
                     LIVE_BLOG_DAY)
    assert list(found) == ["1606 BST"]


@pytest.mark.parametrize("text", [
    # scraped pages' video and audio lengths and a show's name, as AllSides articles carry them
    "MUST WATCH Rebel leader: A massacre is coming 07:03\n\nJUST WATCHED Russian diplomat defends "
    "Assad support 11:48\n\nWhile the ban will technically be lifted on Saturday, talks go on.",
    "Read more opinion LISTEN TO ARTICLE 2:29 SHARE THIS ARTICLE Share Tweet Post Email",
    "Lindsey Graham basks in the impeachment spotlight The Hill's 12:30 Report — Presented by "
    "Nareit",
])
def test_a_bare_h_mm_without_a_time_word_is_no_clock_time(text):
    found = times_in(text, LIVE_BLOG_DAY)
    assert not [t for t, v in found.items() if v[0] == "TIME"], found


@pytest.mark.parametrize("text, clock, value", [
    ("The polls closed at 18:41 in Warsaw.", "18:41", "2016-07-14T18:41"),
    ("Michael Fallon will continue as Defence Secretary.\n7:52 – Amber Rudd is Home Secretary",
     "7:52", "2016-07-14T07:52"),
    ("Voting runs between 9:30 and 11:00 on Thursday.", "9:30", "2016-07-14T09:30"),
])
def test_a_bare_h_mm_after_a_time_word_or_opening_a_line_is_a_clock_time(text, clock, value):
    found = times_in(text, LIVE_BLOG_DAY)
    assert found[clock][:2] == ("TIME", value), found


@pytest.mark.parametrize("sentence, text, value", [
    ("Magna Carta was signed in 1215.", "1215", "1215"),
    ("In 1743, its monks were given an ultimatum.", "1743", "1743"),
    ("He might have violated the obscure 1799 Logan Act.", "1799", "1799"),
    ("Trump threatened to invoke the Insurrection Act of 1807.", "1807", "1807"),
    ("Hong Kong keeps its system until 2047.", "2047", "2047"),
    ("The population will double by 2050, the report said.", "2050", "2050"),
    ("Democracy in America (1835) compared the two.", "1835", "1835"),
    ("The late 1800s brought waves of immigrants.", "The late 1800s", "18"),
])
def test_far_years_with_a_word_that_makes_them_years(sentence, text, value):
    assert times_in(sentence, date(2016, 7, 14))[text][1] == value


def test_thousands_are_not_read_from_their_last_digits():
    found = times_in("The siege lasted 1,019 days; 10,000 years ago the valley was a lake.")
    assert found["1,019 days"][:2] == ("DURATION", "P1019D")
    # before the calendar's year 1: an open past reference, not year 1 or a crash
    assert found["10,000 years ago"] == ("DATE", "PAST_REF", None, MONDAY, None)
    found = times_in("It will look the same 2,000 years from now.")
    assert found["2,000 years from now"] == ("DATE", "FUTURE_REF", MONDAY, None, None)


@pytest.mark.parametrize("published", [None, date(1, 1, 1), date(9999, 12, 31), date(1066, 10, 14)])
def test_a_nonsense_publication_date_is_treated_as_none(pipeline, published):
    found = times_in("Rebels shelled the city on Sunday, 10,000 years ago and last week.", published)
    assert found["Sunday"] == ("DATE", "XXXX-WXX-7", None, None, None)
    doc = Document.from_text("Russian jets bombed rebel positions near Idlib.", published=published)
    events = pipeline.extract(doc).events
    assert events and all(e.time is None for e in events)


@pytest.mark.parametrize("value", [
    "2024-12-15", "2024-W50", "2024-W50-WE", "2024-Q3", "2024-H1", "2024-SU", "199", "19",
    "XXXX-WXX-1TNI", "2016-07-14T10:41", "XXXX-XX-XXT24:00", "P49Y", "PT5H30M", "P2Y6M", "PXD",
    "P1.5M", "PAST_REF", "FUTURE_REF", "PT1M30S", "XXXX-11-XX", "2024-12-15TMO",
])
def test_timex3_value_validator_accepts(value):
    assert is_timex3_value(value)


@pytest.mark.parametrize("value", [
    "1041-13", "2024-12-32", "P", "PT", "XXXX-XX-XXT25:00", "PT1D", "P1H", "2024-W54", "", None,
    "24-12-15", "NOW",
])
def test_timex3_value_validator_rejects(value):
    assert not is_timex3_value(value)


def test_every_value_is_timex3_and_every_interval_ordered(seed_extraction, voa_documents, pipeline):
    extractions = [seed_extraction, *pipeline.extract_many(voa_documents)]
    times = [t for x in extractions for t in x.times]
    assert len(times) > 30
    for t in times:
        assert is_timex3_value(t.value), (t.text, t.value)
        assert t.earliest is None or t.latest is None or t.earliest <= t.latest, t
    for x in extractions:
        for event in x.events:
            span = event.time
            assert span is not None and is_timex3_value(span["value"])
            assert not (span["earliest"] and span["latest"]) or span["earliest"] <= span["latest"]


@pytest.mark.parametrize("sentence, text, kind, value", [
    ("NATO members agreed to buy compatible equipment in the coming years.", "the coming years",
     "DURATION", "PXY"),
    ("Prisoners were taken in the first hours of the ground war.", "the first hours", "DURATION",
     "PTXH"),
    ("Funds may sell their junk bonds in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
    ("Traders expect the central bank to cut rates in coming months.", "coming months",
     "DURATION", "PXM"),
    ("In London at mid-afternoon yesterday, shares were up 2 pence.", "mid-afternoon yesterday",
     "TIME", "2024-12-15TAF"),
    ("The father will leave at 4 in the morning.", "4 in the morning", "TIME", "2024-12-16T04:00"),
    ("Dealers placed heavy buy orders in the morning.", "the morning", "TIME", "2024-12-16TMO"),
])
def test_third_pass_classes(sentence, text, kind, value):
    assert times_in(sentence)[text][:2] == (kind, value)


def test_a_clock_time_is_on_the_day_the_text_named():
    found = times_in("Rebels entered the town on Thursday. The shelling began at 10 p.m.")
    assert found["10 p.m."][:3] == ("TIME", "2024-12-12T22:00", date(2024, 12, 12))


def test_a_plural_weekday_with_a_part_of_day_is_a_set():
    found = times_in("The new flights leave Bombay on Tuesday nights.")
    assert found["Tuesday nights"][:2] == ("SET", "XXXX-WXX-2TNI")


# --- fourth pass: anaphora, year-end, recent spans, non-lengths ------------------------------


@pytest.mark.parametrize("sentence, text, kind, value", [
    ("He fled to Turkey in June 2023 and returned to Idlib later that year.", "later that year",
     "DATE", "2023"),
    ("Shelling hit Maarat al-Numan on Dec. 8. Earlier that day, the rebels entered Hama.",
     "Earlier that day", "DATE", "2024-12-08"),
    ("The council met on Dec. 10 and the ministers left the next morning.", "the next morning",
     "DATE", "2024-12-11"),
    ("Turkey paid $1.5 billion for Syrian imports in 2022, and imports fell that year.",
     "that year", "DATE", "2022"),
    ("The company expects to complete the sale by year-end.", "year-end", "DATE", "2024-12-31"),
    ("The index has risen 12% since year-end.", "year-end", "DATE", "2023-12-31"),
    ("Aid groups have warned of shortages in recent months.", "recent months", "DURATION", "PXM"),
    ("Fighting has displaced thousands in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("Homs has changed hands many times in recent years.", "recent years", "DATE", "PAST_REF"),
    ("The new government faces hard choices in the near term.", "the near term", "DATE",
     "FUTURE_REF"),
    ("For the week, the Damascus index fell 3.8%.", "the week", "DATE", "2024-W51"),
    ("His promise to halve unemployment by the year two thousand was abandoned.",
     "the year two thousand", "DATE", "2000"),
])
def test_fourth_pass_classes(sentence, text, kind, value):
    assert times_in(sentence)[text][:2] == (kind, value)


@pytest.mark.parametrize("sentence", [
    "A second convoy of trucks crossed at Bab al-Hawa.",
    "Syria imports about three-quarters of its wheat.",
    "Year-end profit was below the 2022 level.",
])
def test_ordinals_fractions_and_year_end_figures_are_not_times(sentence):
    found = times_in(sentence)
    assert not any(t in found for t in ("A second", "about three-quarters", "Year-end")), found


def test_is_to_points_ahead():
    found = times_in("The border crossing is to reopen on Thursday.")  # Monday 2024-12-16
    assert found["Thursday"][1] == "2024-12-19"


def test_a_quarter_named_in_passing_does_not_move_the_focus():
    text = ("Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second "
            "quarter, sales rose. The California earthquake will result in a fourth-quarter "
            "charge. In the year-earlier period, the company had charges; in the latest quarter, "
            "tax rates were lower than a year ago.")
    found = times_in(text, RESULTS_DAY)
    assert found["second quarter"][1] == "1989-Q2" and found["fourth-quarter"][1] == "1989-Q4"
    assert found["the year-earlier period"][1] == "1988-Q3"
    assert found["the latest quarter"][1] == "1989-Q3"
    assert found["a year ago"][1] == "1988-Q3"


@pytest.mark.parametrize("sentence, text, value", [
    # a deadline is ahead even inside a noun phrase or an infinitive
    ("The airline will double its flights between Damascus and Doha by August.", "August",
     "2025-08"),
    ("The government has a program to pay down its debt to Iran by February.", "February",
     "2025-02"),
    ("The deal to acquire the port operator is to close in January.", "January", "2025-01"),
    # a date without its year in a noun phrase leans to the past
    ("Investigators have searched for him since the Oct. 23 bombing.", "Oct. 23", "2024-10-23"),
    ("The lira traded near its record low set on Aug. 6.", "Aug. 6", "2024-08-06"),
    ("The company lost $50 million in the year ended March 31.", "March 31", "2024-03-31"),
    ("The UN asked the parties to agree on a ceasefire by Dec. 12.", "Dec. 12", "2024-12-12"),
])
def test_years_of_dates_written_without_one(sentence, text, value):
    assert times_in(sentence)[text][1] == value


@pytest.mark.parametrize("sentence, text, kind, value", [
    ("Hate group numbers kept dropping through the nineties.", "the nineties", "DATE", "199"),
    ("Aleppo's citadel has dominated the skyline for centuries.", "centuries", "DURATION", "PXY"),
    ("The rules should be in place by year's end.", "year's end", "DATE", "2024-12-31"),
    ("The losses will cut tax payments in future quarters.", "future quarters", "DATE",
     "FUTURE_REF"),
    ("The company may sell the unit at a later date.", "a later date", "DATE", "FUTURE_REF"),
])
def test_fourth_pass_words(sentence, text, kind, value):
    assert times_in(sentence)[text][:2] == (kind, value)


def test_a_weekday_with_a_part_of_day_is_a_date_with_it():
    found = times_in("Protesters rallied in Idlib on Friday night.")
    assert found["Friday night"][:2] == ("DATE", "2024-12-13TNI")
    assert times_in("Jets struck the town this morning.")["this morning"][0] == "TIME"


@pytest.mark.parametrize("sentence", [
    "Baker, speaking on ABC's \"This Week,\" said the talks would go on.",
    "Gonzalez said on CBS's ''60 Minutes'' that he wanted his son back.",
    "The bank declared its initial quarterly of five cents a share.",
    "Junk funds account for more than a quarter of the market.",
])
def test_titles_payments_and_fractions_are_not_times(sentence):
    assert times_in(sentence) == {}


def test_a_vague_count_of_quarters_is_still_a_length():
    found = times_in("The unit recently returned to profit after several quarters of losses.")
    assert found["several quarters"][:2] == ("DURATION", "PXQ")


def test_the_end_of_the_year_is_the_whole_expression():
    found = times_in("The government wants the troops home by the end of the year.")
    assert found["the end of the year"][:2] == ("DATE", "2024")
    assert found["the end of the year"][4] == "END"


def test_extents_follow_timebank():
    found = times_in("In the nine months, net rose 4%. The 14-day waiting period ended. "
                     "The talks lasted about five hours.")
    assert "the nine months" in found and "14-day" in found
    assert found["five hours"][1:] == ("PT5H", None, None, "APPROX")


def test_a_lower_case_month_name_after_each_is_no_set(pipeline):
    from sitrep.records import Document

    text = ("He said the remarks that they're making to each other may escalate the situation, "
            "and they meet every May.")
    times = pipeline.extract(Document.from_text(text, origin="t", published="2024-12-16")).times
    assert [(t.text, t.type, t.value) for t in times] == [("every May", "SET", "XXXX-05")]


# --- fifth pass: lengths and references read in real news (AllSides), checked on dev ---------


@pytest.mark.parametrize("sentence, text, kind, value", [
    ("The eurozone economy shrank for five straight quarters.", "five straight quarters",
     "DURATION", "P5Q"),
    ("Exports fell for three consecutive months.", "three consecutive months", "DURATION", "P3M"),
    ("Syria lost an entire decade to the war.", "an entire decade", "DURATION", "P10Y"),
    ("During his two-and-a-half-year tenure, exports doubled.", "two-and-a-half-year",
     "DURATION", "P2Y6M"),
    ("The border wall would take up to two and a half years.", "up to two and a half years",
     "DURATION", "P2Y6M"),
    ("The alliance has held for a quarter century.", "a quarter century", "DURATION", "P25Y"),
    ("After 8½ years, Iran can begin testing.", "8½ years", "DURATION", "P8Y6M"),
    ("Europe was broken in the twentieth century.", "the twentieth century", "DATE", "19"),
    ("Washington wants to lift a decades-old embargo.", "decades-old", "DURATION", "PXY"),
    ("Iran may have spent years hiding its efforts.", "years", "DURATION", "PXY"),
    ("It could take weeks before the true nature of the attack is known.", "weeks",
     "DURATION", "PXW"),
    ("Over the years, the group changed its name.", "the years", "DURATION", "PXY"),
    ("He backed the bill just weeks ago.", "weeks ago", "DURATION", "PXW"),
    ("Migrants have been released this fiscal year.", "this fiscal year", "DATE", "2024"),
    ("The crops were damaged earlier in the year by heavy rains.", "earlier in the year",
     "DATE", "2024"),
    ("Talks ended in the early morning hours on Sunday.", "the early morning hours on Sunday",
     "TIME", "2024-12-15TMO"),
])
def test_fifth_pass_lengths_and_references(sentence, text, kind, value):
    assert times_in(sentence)[text][:2] == (kind, value)


@pytest.mark.parametrize("sentence, text, value", [
    ("Kim and Trump's decision to meet followed months of war threats and insults.", "months",
     "PXM"),
    ("North Korea has faced years of economic sanctions over its nuclear program.", "years", "PXY"),
    ("The July 3 coup followed days of mass protests by millions of Egyptians.", "days", "PXD"),
    ("Iraqi forces are far from self-sufficient despite years of U.S. funding.", "years", "PXY"),
])
def test_a_bare_plural_unit_before_of_is_a_length_of_unknown_count(sentence, text, value):
    assert times_in(sentence)[text][:2] == ("DURATION", value)


@pytest.mark.parametrize("sentence", [
    "Those were the days of the Soviet Union.",
    "He recalled the heady days of swelling industry profits.",
    "She took a bonus equal to six months of base pay.",
    "Minutes of the Federal Reserve's March meeting showed concern about inflation.",
])
def test_a_determined_or_counted_plural_before_of_is_no_unknown_length(sentence):
    assert not [v for v in times_in(sentence).values() if v[1] and v[1].startswith("PX")]


def test_a_unit_paired_with_another_before_of_is_not_a_second_expression():
    found = times_in("He probably died within weeks or months of his capture.")
    assert "months" not in found, found


@pytest.mark.parametrize("sentence, text, value", [
    ("He left Syria two and a half years ago.", "two and a half years ago", "2022-06"),
    ("He left Syria three and a half decades ago.", "three and a half decades ago", "1989"),
])
def test_a_fraction_ago_is_counted_in_the_next_smaller_unit(sentence, text, value):
    assert times_in(sentence)[text][:2] == ("DATE", value)


def test_later_in_a_told_story_counts_from_the_year_it_named():
    found = times_in("The company was founded in 1995 and went public two years later.")
    assert found["two years later"][:2] == ("DATE", "1997")


@pytest.mark.parametrize("sentence, text, value, mod", [
    ("Troops entered Homs on Dec. 5, 2024. Three days later, the rebels withdrew.",
     "Three days later", "P3D", None),
    ("The first blast hit the airport. About an hour later, a second bomb exploded.",
     "an hour later", "PT1H", "APPROX"),
    ("The ministry denied the report. A few days later, it confirmed the strike.",
     "A few days later", "PXD", None),
    ("The talks collapsed in March. Two months earlier, both sides had agreed a truce.",
     "Two months earlier", "P2M", None),
])
def test_a_length_before_later_or_earlier_is_a_duration(sentence, text, value, mod):
    """TimeBank marks the length in 'Three days later' (P3D, 'later' a signal), not a date."""
    found = times_in(sentence)
    assert (found[text][0], found[text][1], found[text][4]) == ("DURATION", value, mod)


def test_a_length_later_keeps_the_day_it_lands_on_for_events_and_what_follows():
    found = times_in("Troops entered Homs on Dec. 5, 2024. Three days later, the rebels withdrew. "
                     "Earlier that month, talks had failed.")
    assert found["Three days later"][2:4] == (date(2024, 12, 8), date(2024, 12, 8))
    assert found["Earlier that month"][:2] == ("DATE", "2024-12")
    assert times_in("Profit rose 5% from a year earlier.")["a year earlier"][:2] == (
        "DATE", "2023")  # a year compared with stays a date


def test_an_event_a_length_later_is_dated_by_the_day_it_lands_on(pipeline):
    doc = Document.from_text("Rebels entered Homs on Dec. 5, 2024. Three days later, Russian jets "
                             "bombed rebel positions near Idlib.", published=MONDAY)
    bombed = next(e for e in pipeline.extract(doc).events if e.trigger.text == "bombed")
    assert bombed.time == {"value": "2024-12-08", "earliest": "2024-12-08",
                           "latest": "2024-12-08", "source": "text", "mod": None}


def test_earlier_that_month_is_the_month_last_named():
    found = times_in("The envoy visited Damascus in May 2012. Earlier that month, a general "
                     "had defected.")
    assert found["Earlier that month"][:4] == ("DATE", "2012-05", date(2012, 5, 1),
                                               date(2012, 5, 31))


def test_the_year_before_is_not_the_publication_year():
    found = times_in("Sales reached $500 million last year, down from $450 million the year before.")
    assert list(found) == ["last year"]


def test_a_calendar_year_and_a_24_year_old_are_no_lengths():
    assert times_in("The cemetery operator changed from a fiscal year to a calendar year.") == {}
    assert times_in("A 24-year-old soldier and a six-year-old girl were hurt.") == {}


def test_an_age_written_in_the_plural_is_still_no_length():
    assert times_in('"He was just 26-years-old," his brother said.') == {}
    assert times_in("A twenty-six years-old man was killed.") == {}


def test_days_next_to_the_one_named():
    found = times_in("Protesters gathered on Friday, Dec. 13. Police had warned them the previous "
                     "day.")
    assert found["the previous day"][:2] == ("DATE", "2024-12-12")
    found = times_in("Protesters gathered on Friday, Dec. 13. The army closed the roads the same day.")
    assert found["the same day"][:2] == ("DATE", "2024-12-13")
    assert times_in("He left the following day.")["the following day"][:2] == ("DATE", "2024-12-17")


def test_earlier_in_the_week_is_the_week_of_the_day_named():
    found = times_in("Modi held his rally on Sunday. Earlier in the week, thousands protested.",
                     published=date(2019, 12, 23))
    assert found["Earlier in the week"][:2] == ("DATE", "2019-W51")


def test_an_amount_per_unit_of_time_is_a_rate_not_a_time():
    found = times_in("Unisys said the cuts should help it save $500 million a year in costs, and it "
                     "expects sales to rise 8.5% annually. Qantas will add 700 seats a week.",
                     published=date(1989, 10, 30))
    assert not {"a year", "annually", "a week"} & set(found), found
    found = times_in("The talks could take a year. Rallies are held here annually.")
    assert found["a year"][:2] == ("DURATION", "P1Y")
    assert found["annually"][:2] == ("SET", "P1Y")


def test_a_month_in_a_year_named_relative_to_publication_is_one_date():
    found = times_in("But in June last year, the remaining leadership had a falling out. The "
                     "country will join NATO in April next year.", published=date(1998, 2, 19))
    assert found["June last year"][:2] == ("DATE", "1997-06")
    assert found["April next year"][:2] == ("DATE", "1999-04")
    assert "last year" not in found and "next year" not in found


def test_the_previous_weekday_is_before_the_one_named():
    found = times_in("The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.",
                     published=date(1989, 10, 30))
    assert found["Friday"][:2] == ("DATE", "1989-10-27")
    assert found["the previous Friday"][:2] == ("DATE", "1989-10-20")


def test_the_following_month_follows_the_month_the_text_named():
    found = times_in("In March, American Medical received a $24-a-share offer. The following "
                     "month, the company put itself up for sale.", published=date(1989, 10, 27))
    assert found["March"][:2] == ("DATE", "1989-03")
    assert found["The following month"][:2] == ("DATE", "1989-04")


def test_the_week_of_a_date_is_that_week():
    found = times_in("The dispute may finally be resolved in a court hearing the week of March 6.",
                     published=date(2000, 2, 24))
    assert found == {"the week of March 6": ("DATE", "2000-W10", date(2000, 3, 6),
                                             date(2000, 3, 12), None)}


def test_a_year_quarter_is_the_quarter_in_focus_in_that_year():
    found = times_in("Kirschner's third-quarter net rose. It earned $376,000 on revenue of $14.5 "
                     "million in the 1988 quarter.", published=date(1989, 10, 30))
    assert found["the 1988 quarter"][:2] == ("DATE", "1988-Q3")


def test_the_future_of_something_is_no_time():
    found = times_in("That is very important to the future of our peoples, and we will meet "
                     "again in the future.")
    assert list(found) == ["the future"]  # 'in' stays outside, as TimeBank marks it (7 of 7)


@pytest.mark.parametrize("sentence, published, text, value", [
    ("Thousands of pilgrims filled St. Peter's Square on Palm Sunday.", date(2013, 3, 25),
     "Palm Sunday", "2013-03-24"),
    ("The pope will lead the Good Friday procession at the Colosseum.", date(2013, 3, 25),
     "Good Friday", "2013-03-29"),
    ("Protesters prayed for divine help as Easter week began.", date(2000, 4, 17),
     "Easter week", "2000-W16"),
    ("Violence is going to be a major theme of our campaign from now to Election Day.",
     date(1998, 10, 26), "Election Day", "1998-11-03"),
    ("Stores were packed on Mother’s Day.", date(2013, 5, 20), "Mother’s Day", "2013-05-12"),
    ("The ceasefire held through Memorial Day.", date(2024, 6, 3), "Memorial Day", "2024-05-27"),
    ("Sales fell sharply after Christmas 2012.", date(2013, 3, 25), "Christmas 2012",
     "2012-12-25"),
])
def test_holidays_fixed_and_movable(sentence, published, text, value):
    assert times_in(sentence, published)[text][:2] == ("DATE", value)


def test_a_holiday_inside_a_longer_name_is_no_date():
    assert times_in("Tourists flew to Easter Island.", date(2013, 3, 25)) == {}


def test_typographic_apostrophes_read_as_straight_ones():
    found = times_in("Profit in this year’s first quarter rose, and the sale should close by "
                     "year’s end. Prices were calm in the 1990’s.", published=date(2013, 3, 25))
    assert found["this year’s first quarter"][:2] == ("DATE", "2013-Q1")
    assert found["year’s end"][:2] == ("DATE", "2013-12-31")
    assert found["the 1990’s"][:2] == ("DATE", "199")


def test_a_year_range_with_a_hyphen_is_two_years_and_a_decade_may_open_on_any_quote():
    found = times_in("Medvedev served as president from 2008-2012. Outlook is ‘90s technology.",
                     published=date(2013, 3, 25))
    assert found["2008"][:2] == ("DATE", "2008") and found["2012"][:2] == ("DATE", "2012")
    assert found["‘90s"][:2] == ("DATE", "199")
    assert "2013" not in times_in("It was signed on 2013-03-21.", published=date(2013, 3, 25))


def test_day_first_numeric_dates_and_dotted_clock_times():
    found = times_in("The bailout was agreed on 25/03/2013 in Brussels at 8.30am.",
                     published=date(2013, 3, 26))
    assert found["25/03/2013"][:2] == ("DATE", "2013-03-25")
    assert found["8.30am"][:2] == ("TIME", "2013-03-25T08:30")
    assert times_in("It was filed 12/16/24.")["12/16/24"][:2] == ("DATE", "2024-12-16")


def test_until_a_weekday_in_a_present_or_future_clause_is_the_coming_one():
    thursday = date(2013, 3, 21)
    assert times_in("Cyprus has until Monday to raise the money.", thursday)["Monday"][:2] == \
        ("DATE", "2013-03-25")
    assert times_in("The banks will remain closed until Tuesday, officials said.",
                    thursday)["Tuesday"][:2] == ("DATE", "2013-03-26")
    assert times_in("He stayed there until Monday.", thursday)["Monday"][:2] == \
        ("DATE", "2013-03-18")


def test_a_year_naming_an_event_is_still_a_year():
    assert times_in("The 2012 Olympics were held in London.",
                    published=date(2013, 3, 21))["2012"][:2] == ("DATE", "2012")


def test_a_unit_long_written_as_one_word_is_a_length():
    found = times_in("After a yearlong investigation and a weeklong strike, the talks ended.")
    assert found["yearlong"][:2] == ("DURATION", "P1Y")
    assert found["weeklong"][:2] == ("DURATION", "P1W")
    assert times_in("The town lies along the river.") == {}


@pytest.mark.parametrize("sentence", [
    "Leaders have set up a titanic showdown with Theresa May after they rushed to dismiss it.",
    "The Arab Spring swept the region.",
    "Stores were packed with Black Friday sales.",
    "Assad told CBS This Morning in an interview.",
    "USA TODAY reported it first.",
    # a byline, which spaCy splits into two sentences between 'USA' and 'TODAY'
    "Tom Vanden Brook\n\nUSA TODAY\n\nWASHINGTON — Troops who have served in Iraq are tired.",
    "It was held before the Winter Olympics.",
    "The Daily Mail reported the story.",
    "After the fall of Mosul, the army fled.",
    "He was complicit in the deaths of almost a quarter million Yemenis.",
    "The wars have killed more than a quarter-million people.",
    "He was set up to take the fall for the charges.",
    "Get the latest Sri Lanka Easter Bombings news.",
    "The gunmen opened fire on a second-floor meeting.",
])
def test_time_words_inside_names_and_nouns_are_no_times(sentence):
    assert times_in(sentence, published=date(2013, 3, 21)) == {}


def test_the_same_words_as_times_stay_times():
    found = times_in("In the fall of 2012 he left, and he was shot last fall in his home. In the "
                     "spring, Sunday's election was close. Today, he said, weekly talks resume.",
                     published=date(2013, 3, 21))
    assert {"the fall of 2012", "last fall", "the spring", "Sunday", "Today", "weekly"} <= set(found)


def test_the_fourth_of_july_is_a_holiday():
    found = times_in("While Americans were busy enjoying the July Fourth holiday, news broke.",
                     published=date(2013, 7, 8))
    assert found == {"July Fourth": ("DATE", "2013-07-04", date(2013, 7, 4), date(2013, 7, 4),
                                     None)}


def test_a_bare_plural_unit_later_is_a_length_of_unknown_count():
    found = times_in("Hours later, Kim ordered his generals to prepare. Months earlier, he had "
                     "warned them.", published=date(2013, 7, 8))
    assert found["Hours later"][:2] == ("DURATION", "PTXH")
    assert found["Months earlier"][:2] == ("DURATION", "PXM")


# --- eighth pass: results-story periods, pairs of days, tense at deadlines, clock zones ---------

MARCH_2013 = date(2013, 3, 22)  # a Friday


@pytest.mark.parametrize("sentence, text, value", [
    ("Third-quarter profit rose 10% to $5 million from $4 million in the same period last year.",
     "the same period last year", "2012-Q3"),
    ("Third-quarter net rose. Sales for last year's quarter were about $3 million.",
     "last year's quarter", "2012-Q3"),
    ("Third-quarter net rose. For the quarter a year ago, Columbia reported a profit.",
     "the quarter a year ago", "2012-Q3"),
    ("Retail sales in February rose 2% compared with the same month a year ago.",
     "the same month a year ago", "2012-02"),
    ("Exports rose 5% from the same period last year.", "the same period last year", "2012"),
])
def test_the_same_period_a_year_back_is_one_date(sentence, text, value):
    found = times_in(sentence, published=MARCH_2013)
    assert found[text][:2] == ("DATE", value)
    assert "last year" not in found and "a year ago" not in found


def test_the_year_earlier_months_are_a_length():
    found = times_in("Third-quarter net rose. Net for the year-earlier nine months also included a "
                     "gain.", published=date(1989, 10, 26))
    assert found["the year-earlier nine months"][:2] == ("DURATION", "P9M")


@pytest.mark.parametrize("sentence, text, value", [
    # in March the fourth quarter just reported is last year's; the one ahead is half a year away
    ("The economy grew 2% in the fourth quarter.", "the fourth quarter", "2012-Q4"),
    ("The report is due in the second half of the year.", "the second half of the year", "2013-H2"),
    ("Growth should pick up in the second half.", "the second half", "2013-H2"),
    ("Profit in the first quarter of 2013 rose.", "the first quarter of 2013", "2013-Q1"),
    ("The trend has marked the last half of the '80s.", "the last half of the '80s", "198"),
])
def test_quarters_and_halves_without_a_year(sentence, text, value):
    assert times_in(sentence, published=MARCH_2013)[text][:2] == ("DATE", value)


@pytest.mark.parametrize("sentence", [
    "He scored twice in the second half of the game.",
    "The year-to-date gain is 5%.",
    "Violence has flared in the town for the past three summers.",
])
def test_halves_of_games_and_counted_pasts_are_no_times(sentence):
    assert times_in(sentence, published=MARCH_2013) == {}


def test_the_second_day_of_a_pair_is_a_date():
    found = times_in("Accession will be marked at the NATO summit in Washington on April 24 and 25.",
                     published=date(1999, 2, 10))
    assert found["April 24"][:2] == ("DATE", "1999-04-24")
    assert found["25"][:2] == ("DATE", "1999-04-25")
    later = times_in("Voting takes place on May 12 and 13, 2014, officials said.", MARCH_2013)
    assert later["May 12"][1] == "2014-05-12" and later["13, 2014"][1] == "2014-05-13"


def test_a_number_after_a_date_and_and_is_a_count():
    found = times_in("The bomb went off on May 3 and 14 people died.", published=MARCH_2013)
    assert list(found) == ["May 3"]


def test_a_holiday_without_a_tense_is_the_nearest():
    found = times_in("Elian was found Thanksgiving Day clinging to an inner tube.",
                     published=date(2000, 1, 7))
    assert found["Thanksgiving Day"][:2] == ("DATE", "1999-11-25")


def test_a_deadline_given_in_the_present_perfect_is_ahead():
    published = date(2000, 4, 3)  # a Monday
    found = times_in("The immigration service has given the Miami relatives until 9 a.m. Tuesday "
                     "to sign a paper.", published=published)
    assert found["9 a.m. Tuesday"][1] == "2000-04-04T09:00"
    back = times_in("Fidelity's junk fund has fallen 2.08% this year through Oct. 19, Lipper says.",
                    published=date(1989, 10, 27))
    assert back["Oct. 19"][1] == "1989-10-19"


def test_a_clock_zone_is_upper_case():
    found = times_in("The market closed at 4 p.m. but rallied later. The vote was held at 3:30 p.m. "
                     "ET on Thursday.", published=MARCH_2013)
    assert found["4 p.m."][1] == "2013-03-22T16:00"
    assert found["3:30 p.m. ET on Thursday"][1] == "2013-03-21T15:30"


def test_a_day_before_a_named_day_anchors_the_next_morning():
    found = times_in("The day before last Tuesday's court hearing, Manuel went to Lazaro's home. He "
                     "appeared in court the next morning.", published=date(2000, 2, 24))
    assert found["last Tuesday"][1] == "2000-02-22"
    assert found["the next morning"][1] == "2000-02-23"


def test_years_in_words_inside_month_and_season_dates():
    found = times_in("Prices fell to the level we saw in the winter of nineteen ninety-four. One "
                     "person was killed in January nineteen ninety-seven.", published=date(1998, 2, 23))
    assert found["the winter of nineteen ninety-four"][:2] == ("DATE", "1994-WI")
    assert found["January nineteen ninety-seven"][:2] == ("DATE", "1997-01")


def test_a_year_earlier_than_nine_months_is_the_year_before():
    text = ("Third-quarter profit rose 10% from a year earlier. For the nine months, the company "
            "earned $18.9 million, compared with a loss of $9.7 million a year earlier.")
    found = find_times(parse(text), date(1989, 10, 26))
    year_back = [f.norm.value for f in found if text[f.start:f.end] == "a year earlier"]
    assert year_back == ["1988-Q3", "1988"]  # the quarter's comparison, then the nine months'


def test_a_clock_spelled_out_in_brackets_stays_a_conversion_does_not():
    found = times_in("The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.",
                     published=date(2000, 4, 5))
    assert found["4 a.m. EDT Thursday"][1] == "2000-04-06T04:00"
    converted = times_in("The blast occurred at about 10:35 a.m. (0735 GMT) on Friday.",
                         published=date(1998, 8, 8))
    assert "0735 GMT" not in converted


@pytest.mark.parametrize("sentence, value", [
    ("All those plans were discussed and the final go-ahead was given by early September, the "
     "official said.", "2019-09"),
    ("The final decision will be made by early September, the official said.", "2020-09"),
])
def test_a_passive_by_takes_the_tense_of_its_verb(sentence, value):
    assert times_in(sentence, published=date(2019, 11, 26))["early September"][1] == value


def test_a_participle_after_a_noun_has_no_tense_of_its_own():
    found = times_in("Netanyahu has an election looming in January, and a truce would cost him.",
                     published=date(2012, 11, 21))
    assert found["January"][1] == "2013-01"


# --- ninth pass: tense through 'of' phrases, 'ahead of', pre-/post- years (AllSides news) -------


@pytest.mark.parametrize("sentence, text, published, value", [
    # a past verb reaches the date through 'the early hours of' (was the coming Sunday)
    ("Militants stormed the hotel in the early hours of Sunday, the ministry said.", "Sunday",
     date(2013, 3, 22), "2013-03-17"),
    ("On the night of Sept. 11, as the administration scrambled to respond, the embassy called.",
     "Sept. 11", date(2013, 5, 6), "2012-09-11"),
])
def test_a_past_verb_dates_the_day_inside_an_of_phrase(sentence, text, published, value):
    assert times_in(sentence, published=published)[text][1] == value


@pytest.mark.parametrize("sentence, text, published, value", [
    # a present or untensed clause: what it is ahead of lies ahead (was the nearest, behind)
    ("Progress on a second deal is unlikely ahead of November's presidential election.",
     "November", date(2020, 1, 11), "2020-11"),
    ("Trump also visits Saudi Arabia just ahead of Thursday's OPEC meeting.", "Thursday",
     date(2017, 5, 19), "2017-05-25"),
    # a past clause keeps the nearest: the summit may still be ahead
    ("No concessions have been offered to North Korea ahead of the June 12 summit.", "June 12",
     date(2018, 5, 22), "2018-06-12"),
    ("The campaign denied any contacts with Russian officials ahead of November's election.",
     "November", date(2017, 2, 15), "2016-11"),
])
def test_what_a_clause_is_ahead_of_lies_ahead(sentence, text, published, value):
    assert times_in(sentence, published=published)[text][1] == value


@pytest.mark.parametrize("sentence, text, value, mod, earliest, latest", [
    ("Israel will not accept a return to its pre-1967 boundaries.", "pre-1967", "1967", "BEFORE",
     None, date(1966, 12, 31)),
    ("Any post-2014 US mission will be smaller in scale.", "post-2014", "2014", "AFTER",
     date(2015, 1, 1), None),
])
def test_a_year_after_pre_or_post_is_a_bounded_date(sentence, text, value, mod, earliest, latest):
    """TimeBank marks 'post-1959' with the year's value; the prefix is the mod and the open side."""
    found = times_in(sentence, published=date(2015, 3, 1))
    assert found[text] == ("DATE", value, earliest, latest, mod)


def test_a_month_that_ends_a_persons_name_in_the_document_is_that_person():
    text = ("Prime Minister Theresa May said the deal was the best available. Trump spoke with May "
            "on Wednesday and later criticized May's plan. In May, the two leaders met in London, "
            "and a G7 meeting is scheduled for May in Sicily.")
    found = find_times(parse(text), date(2018, 7, 13))
    mays = [(f.start, f.norm.value) for f in found if text[f.start:f.end] == "May"]
    assert mays == [(text.index("In May") + 3, "2018-05"), (text.index("for May") + 4, "2019-05")]


def test_a_month_after_a_given_name_in_the_document_is_that_person_where_spacy_misses_the_name():
    # spaCy reads this 'Theresa' as a place and 'May' as a date, so no PERSON entity names her
    text = ("Brexit finally brought down Theresa May. The British prime minister will leave. (May "
            "survived a no-confidence vote in December.) Then, last week, May reached a deal with "
            "Conservative MPs.")
    found = times_in(text, published=date(2019, 5, 24))
    assert "May" not in found and found["December"][1] == "2018-12"


def test_a_month_stays_a_month_where_no_person_bears_its_name():
    found = times_in("Prime Minister Boris Johnson said the May figures were weak.",
                     published=date(2018, 7, 13))
    assert found["May"][1] == "2018-05"


@pytest.mark.parametrize("sentence, text", [
    ("Security cameras began appearing after the Sept. 11 attacks.", "Sept. 11"),
    ("Since 9/11, 21 people have plotted to attack American soldiers.", "9/11"),
    ("He lost his wife in the September 11th terrorist attacks.", "September 11th"),
])
def test_the_september_11_attacks_are_named_by_their_day(sentence, text):
    assert times_in(sentence, published=date(2013, 4, 21))[text][1] == "2001-09-11"


def test_a_day_named_as_an_event_is_no_day_the_story_is_on():
    found = times_in("On Tuesday, the consulate was attacked on the anniversary of 9/11. Guards "
                     "had taken pictures earlier that day.", published=date(2012, 11, 10))
    assert found["9/11"][1] == "2001-09-11"
    assert found["earlier that day"][1] == found["Tuesday"][1] == "2012-11-06"
    assert times_in("The vote is set for Sept. 11.", published=date(2013, 4, 21))["Sept. 11"][1] \
        == "2013-09-11"


@pytest.mark.parametrize("sentence, text, value", [
    ("A minority government elected in February 1974 was so unstable that elections were called "
     "again that October.", "that October", "1974-10"),
    ("The pact collapsed in September 1978, and the government was toppled by a no-confidence vote "
     "the following May.", "the following May", "1979-05"),
])
def test_that_month_is_in_the_year_the_story_last_named(sentence, text, value):
    assert times_in(sentence, published=date(2015, 5, 6))[text][:2] == ("DATE", value)


def test_that_as_a_conjunction_before_a_month_is_no_determiner():
    found = times_in("In 2013 the talks failed. A lawmaker told the AP that December is too late "
                     "for elections.", published=date(2014, 2, 21))
    assert "that December" not in found and found["December"][1] == "2013-12"


def test_an_ordinal_day_is_no_length():
    """'the first day of his trip' is a day (TimeBank: DATE), not P1D; 'the first hours' is still
    an unknown number of hours."""
    found = times_in("Obama met Netanyahu on Wednesday, the first day of his trip. In the first "
                     "hours of the visit, no deal was reached.", published=date(2013, 3, 21))
    assert found["the first day"][:2] == ("DATE", "2013-03-20")  # the Wednesday it is
    assert found["the first hours"][:2] == ("DURATION", "PTXH")


@pytest.mark.parametrize("sentence, text, published, value", [
    ("Trump will then head to Helsinki for a meeting on Monday with Putin.", "Monday",
     date(2018, 7, 11), "2018-07-16"),
    ("Boko Haram fighters killed about 300 people in the latest such violence on Monday.",
     "Monday", date(2014, 5, 11), "2014-05-05"),
])
def test_a_date_in_a_phrase_on_a_noun_takes_the_verbs_tense(sentence, text, published, value):
    assert times_in(sentence, published=published)[text][1] == value


def test_a_past_date_a_day_after_publication_is_this_years_not_last_years():
    """The publication date may be in another time zone than the events (a US date on an Asian
    Saturday): one day ahead in a past clause is this year's day; further ahead, last year's."""
    published = date(2016, 2, 6)
    found = times_in("North Korea on Saturday changed the launch window to Feb. 7.", published)
    assert found["Feb. 7"][1] == "2016-02-07"
    found = times_in("The previous satellite was launched on Feb. 9.", published)
    assert found["Feb. 9"][1] == "2015-02-09"


@pytest.mark.parametrize("text", [
    "Sign up for Daily Newsletters Manage Newsletters\n\nCopyright © 2019 The Washington Times, "
    "LLC. Click here for reprint permission.",
    "(Satellite image ©2019 Maxar Technologies via AP)",
    "© 2017 Tribune Content Agency, LLC",
])
def test_a_copyright_year_is_no_time(text):
    # pages scraped in 2019 carry the notice under stories published in 2013
    assert times_in(text, published=date(2013, 4, 10)) == {}


def test_a_month_after_a_determiner_that_is_also_a_given_name_stays_a_month():
    text = ("Wednesday's launch was North Korea's fourth bid since 1998. An April launch failed in "
            "the first of three stages. It was much more open during its last attempt in April.")
    found = find_times(parse(text), date(2012, 12, 12))
    aprils = [f.norm.value for f in found if text[f.start:f.end] == "April"]
    assert len(aprils) == 2 and all(value.endswith("-04") for value in aprils), aprils


@pytest.mark.parametrize("sentence, text, value", [
    ("The Pacific drill takes place every other year off Hawaii.", "every other year", "P2Y"),
    ("Bush had phoned him every other day to push for the road.", "every other day", "P2D"),
    ("Investigators are going into his room every few hours to ask questions.",
     "every few hours", "PTXH"),
    ("The group met every Wednesday afternoon to discuss the war.", "every Wednesday afternoon",
     "XXXX-WXX-3TAF"),
])
def test_every_other_every_few_and_a_weekdays_part_of_day_are_sets(sentence, text, value):
    assert times_in(sentence, published=date(2019, 12, 3))[text][:2] == ("SET", value)


@pytest.mark.parametrize("sentence, text", [
    ("The turmoil in Thailand has been building for some time.", "some time"),
    ("It's been clear for a while that Trump thinks the North supports terror.", "a while"),
    ("He has been a dead man walking for quite a while.", "quite a while"),
])
def test_for_a_while_is_a_length_of_unknown_count(sentence, text):
    assert times_in(sentence, published=date(2017, 11, 20)) == {text: ("DURATION", "PXX", None,
                                                                     None, None)}


def test_a_while_without_for_is_no_length():
    assert times_in("It will take some time to rebuild the city, and in a while we will know.") == {}
    assert times_in("The court rejected the appeal for some time-consuming reasons.") == {}


def test_the_previous_night_is_the_day_before_the_day_named():
    found = times_in("Col. Steven Warren said Friday that a drone strike the previous night killed "
                     "everyone in the vehicle.", published=date(2015, 11, 13))
    assert found["Friday"][1] == "2015-11-13"
    assert found["the previous night"][:2] == ("DATE", "2015-11-12")


@pytest.mark.parametrize("sentence", [
    "It was like the arrival of Gary Cooper in the film \"High Noon.\"",
    "\"For the people of Poland, high noon comes today,\" she said.",
])
def test_high_noon_is_no_clock_time(sentence):
    assert "noon" not in " ".join(times_in(sentence, published=date(1999, 3, 12))).lower()


@pytest.mark.parametrize("sentence, text, value", [
    ("The vote on the bailout took half an hour.", "half an hour", "PT30M"),
    ("Police questioned him for half an hour or so.", "half an hour", "PT30M"),
])
def test_half_an_hour_is_thirty_minutes(sentence, text, value):
    assert times_in(sentence)[text][:2] == ("DURATION", value)


def test_years_later_in_a_past_story_that_named_no_year_is_a_length():
    """Counted from publication it would land in the future, where no told event is."""
    found = times_in("The ban was lifted three years later, in 1999.", published=date(2013, 3, 21))
    assert found["three years later"][:2] == ("DURATION", "P3Y")
    assert found["1999"][1] == "1999"
    found = times_in("The company was founded in 1995 and went public two years later.",
                     published=date(2013, 3, 21))
    assert found["two years later"][:2] == ("DATE", "1997")


def test_the_past_decade_is_ten_years_up_to_publication():
    found = times_in("NATO's expansion has been the story over the past decade.",
                     published=date(2014, 9, 5))
    assert found["the past decade"][:4] == ("DURATION", "P10Y", date(2004, 9, 5), date(2014, 9, 5))


@pytest.mark.parametrize("sentence, published, text, value", [
    ("The answer why may lie in a particular Trump tweet: “President Xi and I will always be "
     "friends, no matter what happens with our dispute on trade,” Trump tweeted on April 8.",
     date(2018, 9, 18), "April 8", "2018-04-08"),
    ("Trump tweeted in response on Friday: “Kim Jong Un of North Korea, who is obviously a madman "
     "who doesn’t mind starving or killing his people, will be tested like never before!”",
     date(2017, 9, 21), "Friday", "2017-09-15"),
    ("The attacks escalated over the weekend and by Tuesday, civilians have accounted for 54 of "
     "the 113 Palestinians killed, according to Gaza health officials.", date(2012, 11, 20),
     "the weekend", "2012-W46-WE"),
])
def test_a_past_tense_tagged_as_a_participle_is_past(sentence, published, text, value):
    assert times_in(sentence, published=published)[text][1] == value


@pytest.mark.parametrize("sentence, text, value", [
    ("Papadopoulos worked on the Trump campaign in 2015 until he was fired in August that year.",
     "August that year", "2015-08"),
    ("Clinton denied the affair in January 1998. In August of that year, Clinton testified "
     "before a grand jury.", "August of that year", "1998-08"),
])
def test_a_month_that_year_is_in_the_year_the_story_last_named(sentence, text, value):
    assert times_in(sentence, published=date(2019, 6, 29))[text][1] == value


def test_a_holiday_of_a_year_is_that_years():
    found = times_in("She continued to fly with a new crew until Christmas Eve of 1944.",
                     published=date(2019, 6, 5))
    # 'until': no earliest day
    assert found == {"Christmas Eve of 1944": ("DATE", "1944-12-24", None, date(1944, 12, 24),
                                               "ON_OR_BEFORE")}


@pytest.mark.parametrize("sentence, value", [
    ("Cyprus must raise 5.8 billion euros by Monday or face the collapse of its banks.",
     "2013-03-25"),
    ("Lawmakers need to pass the bill by Tuesday.", "2013-03-26"),
    ("The report was due by Monday.", "2013-03-18"),  # no one held to it: the one just gone
])
def test_a_weekday_deadline_someone_is_held_to_is_ahead(sentence, value):
    found = times_in(sentence, published=date(2013, 3, 21))
    assert [v[1] for v in found.values()] == [value]


@pytest.mark.parametrize("sentence", [
    "Jordan commenced the invasion that began the 1967 Six-Day War.",
    "The 1967 demand is when Israel won the Six-Day War and occupied the West Bank.",
])
def test_a_length_inside_an_events_name_is_no_time(sentence):
    assert [text for text in times_in(sentence, published=date(2016, 12, 24)) if "Day" in text] == []


def test_the_other_day_is_a_recent_past():
    found = times_in("As White House spokesman Jay Carney said the other day, the attack happened "
                     "a long time ago.", published=date(2013, 5, 10))
    assert found["the other day"][:2] == ("DATE", "PAST_REF")


# --- twelfth pass ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, value", [
    ("The deal's restrictions expire after a period of 10-15 years.", "10-15 years", "PXY"),
    ("The company will resume shipments within two to three weeks.", "two to three weeks", "PXW"),
    ("He faces eight to fifteen years in jail for taking part in a demonstration.",
     "eight to fifteen years", "PXY"),
    ("Acquisitions will be made during the next 12 to 18 months.", "the next 12 to 18 months", "PXM"),
    ("I saw the plane flying very low for two or three seconds.", "two or three seconds", "PTXS"),
])
def test_a_range_of_lengths_is_one_length_of_unknown_count(sentence, text, value):
    assert times_in(sentence)[text][:2] == ("DURATION", value)


@pytest.mark.parametrize("sentence, text, value", [
    ("Most of the dead were 12 to 16 years old.", None, None),  # an age
    ("It happened three or four years ago.", "four years ago", "2020"),
    ("Parliament raised the maximum term from five to 10 years.", "10 years", "P10Y"),  # a change
])
def test_what_is_no_range_of_lengths(sentence, text, value):
    found = times_in(sentence)
    assert (found[text][1] if text else found) == (value if text else {})


def test_the_next_decade_is_ten_years_ahead():
    # in 2013 'the next decade' is 2014-2023, not the 2020s ('202')
    found = times_in("Over the next decade, costs will rise.", date(2013, 3, 14))
    assert found["the next decade"][:4] == ("DURATION", "P10Y", date(2013, 3, 14), date(2023, 3, 14))
    assert times_in("Costs will rise in the coming decade.")["the coming decade"][:2] == ("DURATION", "P10Y")


@pytest.mark.parametrize("sentence, text", [
    ("It included missiles that could one day be capable of reaching the US mainland.", "one day"),
    ("Islam will one day be the second largest religion in the country.", "one day"),
    ("He hopes to one day return to Syria.", "one day"),
    ("Someday, the two Koreas will be reunited.", "Someday"),
])
def test_one_day_ahead_is_a_future_reference(sentence, text):
    assert times_in(sentence)[text][:2] == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize("sentence, text, value", [
    ("The festival will last one day.", "one day", "P1D"),
    ("The ban was limited to one day a week.", "one day", "P1D"),
    ("One day later, the troops withdrew.", "One day later", "P1D"),
])
def test_one_day_as_a_length_stays_a_length(sentence, text, value):
    assert times_in(sentence)[text][:2] == ("DURATION", value)


@pytest.mark.parametrize("sentence", [
    "That's a 41 percent increase from the last year of the Obama administration.",
    "He spent his last year in office defending the deal.",
    "Canceling the visit at the last minute would be read as weakness.",
])
def test_the_final_one_of_something_is_not_the_one_before_publication(sentence):
    assert times_in(sentence, date(2018, 7, 20)) == {}


@pytest.mark.parametrize("sentence, text, value", [
    ("The economy grew over the last year.", "the last year", "2017"),
    ("He met them once in Brazil and another last week in Mexico.", "last week", "2018-W28"),
])
def test_the_last_period_before_publication_stays(sentence, text, value):
    assert times_in(sentence, date(2018, 7, 20))[text][1] == value


def test_one_day_against_the_next_is_any_day():
    found = times_in("One country's mortal enemy one day could be the nation's best friend the next.")
    assert "one day" not in found or found["one day"][1] != "FUTURE_REF"


@pytest.mark.parametrize("sentence, text", [
    ("Sunni powers may worry about ISIS in the long term.", "the long term"),
    ("In the longer term, it could undermine any Iranian strategy.", "the longer term"),
    ("Seceding will require some sacrifice for at least the medium term.", "the medium term"),
])
def test_the_long_and_medium_term_are_ahead_as_the_short_term(sentence, text):
    assert times_in(sentence)[text][:2] == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize("sentence", [
    "The year-on-year increase was the largest since 2008.",
    "The quarter-to-quarter comparison was hurt by price discounting.",
    "The year-over-year decline slowed.",
])
def test_a_comparison_year_on_year_is_no_year(sentence):
    found = times_in(sentence, date(2013, 3, 14))
    assert not any(text.lower() in {"the year", "the quarter"} for text in found), found


@pytest.mark.parametrize("sentence, published, text, value", [
    ("May is due to meet Juncker again on the eve of the summit, at 6 p.m. (1700 GMT) on Saturday.",
     date(2018, 11, 23), "6 p.m.", "2018-11-24T18:00"),
    ("The helicopter was first reported missing at about 8:30 p.m. (9:30 p.m. ET) Tuesday.",
     date(2015, 3, 11), "8:30 p.m.", "2015-03-10T20:30"),
    ("The deadline is 3 p.m. (1500 GMT) on Friday.", date(2013, 3, 14), "1500 GMT", "2013-03-15T15:00"),
])
def test_a_clock_is_on_the_day_named_after_its_bracket(sentence, published, text, value):
    assert times_in(sentence, published)[text][:2] == ("TIME", value)


def test_a_clock_without_a_day_after_it_stays_on_the_day_named_before():
    found = times_in("On Tuesday, the attack began at 4 a.m. (0100 GMT).", date(2013, 3, 14))
    assert found["4 a.m."][1] == "2013-03-12T04:00"


@pytest.mark.parametrize("sentence, text", [
    ("“That’s a question that I’m asking as president every single day.”", "every single day"),
])
def test_every_single_day_is_every_day(sentence, text):
    assert times_in(sentence)[text][:2] == ("SET", "P1D")


@pytest.mark.parametrize("sentence, text, value", [
    ("Syria's 2-year-old civil war has killed 70,000 people.", "2-year-old", "P2Y"),
    ("An attempt to undermine the IRA's 8-month-old truce failed.", "8-month-old", "P8M"),
    ("A two-day-old cease-fire between Hamas and Israel held.", "two-day-old", "P2D"),
])
def test_how_old_a_war_or_truce_is_is_a_length(sentence, text, value):
    assert times_in(sentence, date(2013, 3, 14))[text][:2] == ("DURATION", value)


@pytest.mark.parametrize("sentence", [
    "A 26-year-old war veteran was arrested.",
    "The 50-year-old alliance welcomed three new members.",
    "He was 26 years old when he died.",
])
def test_an_age_is_still_no_length(sentence):
    assert times_in(sentence) == {}


def test_a_decades_old_conflict_is_an_unknown_number_of_decades():
    assert times_in("He could not dive into a decades-old conflict.")["decades-old"][:2] == ("DURATION", "PXY")


@pytest.mark.parametrize("sentence, text, value", [
    ("It risks upending a quarter of a century of international diplomacy.",
     "a quarter of a century", "P25Y"),
    ("Violence has killed more Americans in the last quarter century than any war.",
     "the last quarter century", "P25Y"),
    ("He did better than his predecessors in the past quarter-century.",
     "the past quarter-century", "P25Y"),
    ("The crowd booed him roundly for a quarter of an hour.", "a quarter of an hour", "PT15M"),
])
def test_a_quarter_century_is_twenty_five_years(sentence, text, value):
    """Not 'a century' (P100Y) nor the past quarter of a year (2012-Q4)."""
    assert times_in(sentence, date(2013, 3, 14))[text][:2] == ("DURATION", value)


@pytest.mark.parametrize("sentence, text, value", [
    ("The EU gave Cyprus until Monday to raise 5.8 billion euros.", "Monday", "2013-03-25"),
    ("The army gave him until Wednesday to agree to share power.", "Wednesday", "2013-03-27"),
])
def test_time_granted_until_a_weekday_is_ahead(sentence, text, value):
    """A past clause reads a weekday as the last one, but time granted runs ahead of the grant."""
    assert times_in(sentence, date(2013, 3, 22))[text][1] == value


@pytest.mark.parametrize("sentence, text, value", [
    ("The shops stayed closed until Monday.", "Monday", "2013-03-18"),
    ("He gave interviews until Monday.", "Monday", "2013-03-18"),
])
def test_a_weekday_after_until_in_a_past_clause_stays_the_last(sentence, text, value):
    assert times_in(sentence, date(2013, 3, 22))[text][1] == value


def test_years_later_in_a_present_clause_count_from_the_year_the_story_named():
    """Not from publication (2017): 'later' relates to a time the text told, in any tense."""
    found = times_in("The emphasis contrasts with his historic 2009 Cairo speech. But four years "
                     "later, he faces a much more volatile Middle East.", date(2013, 3, 20))
    assert found["four years later"][:2] == ("DATE", "2013")


def test_years_later_in_a_present_clause_with_no_time_told_is_a_length():
    assert times_in("Two years later, the company is still struggling.",
                    date(2013, 3, 20))["Two years later"][:2] == ("DURATION", "P2Y")


@pytest.mark.parametrize("sentence, text, value", [
    ("Muammar Gaddafi was killed by rebels in 2011 after renouncing nuclear weapons eight years "
     "earlier.", "eight years earlier", "2003"),
    ("A similar 2011 plan involved Walli Mujahidh. Four years earlier, a group of men told a "
     "government informant they were plotting to kill soldiers.", "Four years earlier", "2007"),
])
def test_years_earlier_count_from_the_year_the_story_named(sentence, text, value):
    assert times_in(sentence, date(2019, 5, 1))[text][:2] == ("DATE", value)


def test_years_earlier_in_a_present_clause_count_from_publication():
    found = times_in("Bush's speech came in 2002. Little more than a year later, Bush led the "
                     "invasion of Iraq. Trump's call is likely to win less support than Bush's "
                     "rallying cry against Iraq 15 years earlier.", date(2017, 9, 18))
    assert found["15 years earlier"][:2] == ("DATE", "2002")


def test_a_year_earlier_in_a_results_story_stays_the_year_before_publication():
    found = times_in("Revenue was $2 billion in 1988. Profit rose to $5 million from $3 million "
                     "a year earlier.", date(1989, 10, 26))
    assert found["a year earlier"][:2] == ("DATE", "1988")


@pytest.mark.parametrize("sentence, text, value", [
    ("Obama to meet Friday with Afghan President Hamid Karzai", "Friday", "2013-01-11"),
    ("Pope to celebrate first Mass on Sunday", "Sunday", "2013-01-13"),
])
def test_a_headline_infinitive_is_ahead(sentence, text, value):
    """'X to meet Friday' with no finite verb is news of what will happen (published Tuesday)."""
    assert times_in(sentence, date(2013, 1, 8))[text][1] == value


def test_an_infinitive_under_a_past_verb_is_not_a_headline():
    assert times_in("He wanted to meet on Friday.", date(2013, 1, 8))["Friday"][1] == "2013-01-04"


@pytest.mark.parametrize("sentence, text, value", [
    ("More heavy gunfire in Kosovo. It's the second day of an offensive by the security forces.",
     "the second day", "1998-03-06"),
    ("In Saudi Arabia, today is the eighth day of Desert Shield.", "the eighth day", "1998-03-06"),
    ("Obama met Netanyahu on Wednesday, the first day of his trip, and spoke of settlements.",
     "the first day", "1998-03-04"),
    ("Venezuelans waited in gas lines on Dec. 21, 2002, the 20th day of a general strike.",
     "the 20th day", "2002-12-21"),
])
def test_a_counted_day_is_the_day_the_text_says_it_is(sentence, text, value):
    assert times_in(sentence, date(1998, 3, 6))[text][:2] == ("DATE", value)


@pytest.mark.parametrize("sentence", [
    "On the second day of his visit, he toured Hebron.",
    "It was the last day of the summit.",
])
def test_a_counted_day_with_no_day_named_is_no_time(sentence):
    assert times_in(sentence, date(1998, 3, 6)) == {}


def test_years_later_count_from_the_year_named_last_not_from_an_earlier_day():
    """'today' was named first, 2009 last: four years after 2009, not after publication."""
    found = times_in("President Obama landed today in Israel. The emphasis contrasts with his "
                     "historic 2009 Cairo speech. But four years later, after a wave of uprisings "
                     "have toppled four governments, he faces a volatile Middle East.",
                     date(2013, 3, 20))
    assert found["four years later"][:2] == ("DATE", "2013")


def test_in_the_year_since_is_one_year_up_to_now():
    """Not the calendar year of publication (DATE 2019)."""
    found = times_in("In the year since the Trump administration withdrew from the deal, Iran "
                     "has resumed enrichment.", date(2019, 5, 1))
    assert found["the year"][:2] == ("DURATION", "P1Y")


@pytest.mark.parametrize("sentence, text, value", [
    ("Three people are dead after authorities stormed a Sydney cafe early Tuesday.",
     "early Tuesday", "2014-12-16"),
    ("The gunman was killed Tuesday morning, police said.", "Tuesday morning", "2014-12-16TMO"),
    ("Explosions came at 2 a.m. Tuesday as hostages fled.", "2 a.m. Tuesday", "2014-12-16T02:00"),
])
def test_a_past_weekday_with_its_hours_a_day_after_publication_is_that_day(sentence, text, value):
    """Not six days back: a story dated Monday in New York reports Tuesday's early hours in
    Sydney."""
    assert times_in(sentence, date(2014, 12, 15))[text][1] == value


@pytest.mark.parametrize("sentence, value", [
    ("The Chinese Ministry of National Defense said Tuesday it would send ships.", "2014-12-09"),
    ("Rebels entered the city on Saturday.", "2014-12-13"),
])
def test_a_bare_past_weekday_stays_the_last_one(sentence, value):
    """A bare weekday a day after publication is as often the one six days back."""
    assert one(sentence, date(2014, 12, 15))[1][1] == value


def test_a_year_range_ending_in_two_digits_is_two_years():
    """'1950-53' as HeidelTime marks it: '1950' and '53' (1953); 'from 2008-10' 2008 and 2010."""
    found = times_in("The Koreas are still at war because their 1950-53 conflict ended in a truce. "
                     "Mr. Jeffrey served in Turkey from 2008-10.", published=date(2013, 3, 25))
    assert found["1950"][:2] == ("DATE", "1950") and found["53"][:2] == ("DATE", "1953")
    assert found["2008"][:2] == ("DATE", "2008") and found["10"][:2] == ("DATE", "2010")


@pytest.mark.parametrize("sentence", [
    "The figures for 2013-03 were revised.",  # a year and month, not a range
    "The Senate confirmed Chuck Hagel 58-41.",
    "Tickets cost $1500-50 each.",  # a price range, as '$1500' is no year
])
def test_two_digits_after_a_hyphen_are_no_year_unless_a_range_of_years_ends_there(sentence):
    assert times_in(sentence, published=date(2013, 3, 25)) == {}


@pytest.mark.parametrize("sentence, text, value", [
    ("Finally, on 1 January this year, Kim Jong-un made a conciliatory speech.",
     "1 January this year", "2013-01-01"),
    ("The mission was set ablaze by armed extremists on Sept. 11 last year.",
     "Sept. 11 last year", "2012-09-11"),
    ("The UK's departure date from the EU - 29 March next year - was written into law.",
     "29 March next year", "2014-03-29"),
])
def test_a_day_with_this_last_or_next_year_is_that_day_in_that_year(sentence, text, value):
    """One date, as 'June last year' is one month: the day was lost to the longer 'January this
    year' (2013-01) or dated by tense in the publication year ('Sept. 11' 2013-09-11)."""
    assert times_in(sentence, published=date(2013, 3, 21))[text][:2] == ("DATE", value)


def test_a_comma_after_a_day_first_date_is_the_sentences():
    found = times_in("Chavez died on 5 March, aged 58, and was buried on 15 March, 2013.",
                     published=date(2013, 3, 21))
    assert found["5 March"][:2] == ("DATE", "2013-03-05")
    assert found["15 March, 2013"][:2] == ("DATE", "2013-03-15")

#!/usr/bin/env python3
"""Build sitrep's actor dictionary and its companion lexicons.

Writes four UTF-8 TSV files under src/sitrep/data/:

    actors.tsv       id, name, kind, country, aliases, note
    demonyms.tsv     demonym, country
    capitals.tsv     capital, country
    actor_nouns.tsv  noun, kind, agent_code, note

Generated parts come from pycountry (ISO 3166-1, Debian iso-codes data) and countryinfo;
everything else is curated by hand *in this file* (the CURATED sections below), so re-running
the script never loses a curated row. Output is deterministic: rows are sorted, there are no
timestamps, and the same package versions give byte-identical files.

Usage:
    python scripts/build_actor_data.py            # (re)write the files
    python scripts/build_actor_data.py --check    # exit 1 if the files on disk are stale

Build-time requirements only (sitrep reads the TSV files at run time):
    pip install pycountry==26.2.16 countryinfo==1.0.1
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "sitrep" / "data"
VERSION = 1

# Package versions the checked-in files were generated with. Other versions still work, but
# the script warns because their data (and so the output) may differ.
PINNED = {"pycountry": "26.2.16", "countryinfo": "1.0.1"}

# Mirror of sitrep.records.ActorKind (checked against it when sitrep is importable).
ACTOR_KINDS = (
    "state", "government", "military", "armed_group", "igo", "ngo", "media", "person", "other",
)
AGENT_CODES = (
    "GOV", "MIL", "REB", "OPP", "COP", "SPY", "JUD", "LEG", "PTY", "CVL", "MED", "NGO", "IGO",
    "BUS", "EDU", "REL", "HLH", "LAB", "ELI", "CRM", "REF", "UAF", "INS", "SEP",
)
EXTRA_CODES = {"XKX"}  # Kosovo: user-assigned code, not in ISO 3166-1

WIKI_LICENCE = "English Wikipedia, CC BY-SA 4.0"


# ---------------------------------------------------------------------------------------------
# CURATED: states (fixes and additions on top of pycountry/countryinfo)
# ---------------------------------------------------------------------------------------------

# The common short English name used in news, where pycountry's `common_name`/`name` is not it.
STATE_NAME = {
    "BES": "Bonaire, Sint Eustatius and Saba",
    "BHS": "Bahamas",
    "BRN": "Brunei",
    "CCK": "Cocos (Keeling) Islands",
    "CIV": "Ivory Coast",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CPV": "Cape Verde",
    "CZE": "Czech Republic",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "GMB": "Gambia",
    "MAC": "Macau",
    "MAF": "Saint Martin",
    "PCN": "Pitcairn Islands",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena, Ascension and Tristan da Cunha",
    "SXM": "Sint Maarten",
    "TLS": "East Timor",
    "TUR": "Turkey",
    "VAT": "Vatican City",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
}

# Extra aliases: exact surface forms seen in English news. Accent-free and "St"/"St." variants
# are added automatically.
STATE_ALIASES = {
    "ARE": ["UAE", "U.A.E."],
    "BHS": ["The Bahamas"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "BLR": ["Byelorussia", "Belorussia"],
    "BLM": ["St. Barts", "St Barts"],
    "CCK": ["Cocos Islands", "Keeling Islands"],
    "CHN": ["PRC", "People's Republic of China"],
    "CIV": ["Côte d'Ivoire", "Republic of Côte d'Ivoire"],
    "COD": ["Congo", "DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo",
            "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville", "Republic of Congo"],
    "CPV": ["Cabo Verde"],
    "CZE": ["Czechia"],
    "FLK": ["Falklands"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "GMB": ["The Gambia"],
    "KOR": ["ROK"],
    "LAO": ["Lao PDR"],
    "MKD": ["Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"],
    "MMR": ["Burma", "Republic of the Union of Myanmar"],
    "NLD": ["Holland", "The Netherlands"],
    "PRK": ["DPRK"],
    "PSE": ["State of Palestine", "Palestinian territories"],
    "SAU": ["KSA"],
    "SWZ": ["Swaziland"],
    "TLS": ["Timor-Leste"],
    "TUR": ["Türkiye", "Republic of Türkiye", "Republic of Turkey"],
    "TWN": ["Republic of China", "ROC", "Chinese Taipei"],
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "VAT": ["Holy See", "Vatican"],
    "VIR": ["US Virgin Islands"],
    "VNM": ["Viet Nam"],
}

# Generated aliases that are wrong or ambiguous, per country.
STATE_ALIAS_DROP = {
    "COG": {"Congo"},  # bare "Congo" in news means the DRC (Reuters/AP usage); kept on COD
    "TWN": {"Taiwan, Province of China"},
}

# Extra note items for some states.
STATE_CAUTION = {
    "USA": "caution='America' also occurs inside 'Latin America', 'South America': prefer the longest match",
    "COD": "caution=bare 'Congo' is assigned here (Reuters/AP usage), not to COG",
    "GEO": "caution=also the US state",
    "JOR": "caution=also a given name",
    "TCD": "caution=also a given name",
    "TUR": "caution=name kept as 'Turkey' (news usage); official name Türkiye",
}

# Not in ISO 3166-1 (user-assigned XK/XKX), added as a state because it acts as one in news.
EXTRA_STATES = [
    ("XKX", "Kosovo", ["Republic of Kosovo"], "status=partially_recognised; iso=user-assigned XK/XKX"),
]

# ISO 3166-1 entries that are not UN member states. Every other ISO entry is a UN member; the
# script asserts that this leaves exactly 193.
NON_MEMBER_STATUS = {
    "VAT": "status=un_observer",
    "PSE": "status=un_observer",
    "TWN": "status=partially_recognised",
    "ESH": "status=disputed; claimed=MAR",
    "ATA": "status=no_sovereignty",
}
TERRITORY_SOVEREIGN = {
    "ABW": "NLD", "AIA": "GBR", "ALA": "FIN", "ASM": "USA", "ATF": "FRA", "BES": "NLD",
    "BLM": "FRA", "BMU": "GBR", "BVT": "NOR", "CCK": "AUS", "COK": "NZL", "CUW": "NLD",
    "CXR": "AUS", "CYM": "GBR", "FLK": "GBR", "FRO": "DNK", "GGY": "GBR", "GIB": "GBR",
    "GLP": "FRA", "GRL": "DNK", "GUF": "FRA", "GUM": "USA", "HKG": "CHN", "HMD": "AUS",
    "IMN": "GBR", "IOT": "GBR", "JEY": "GBR", "MAC": "CHN", "MAF": "FRA", "MNP": "USA",
    "MSR": "GBR", "MTQ": "FRA", "MYT": "FRA", "NCL": "FRA", "NFK": "AUS", "NIU": "NZL",
    "PCN": "GBR", "PRI": "USA", "PYF": "FRA", "REU": "FRA", "SGS": "GBR", "SHN": "GBR",
    "SJM": "NOR", "SPM": "FRA", "SXM": "NLD", "TCA": "GBR", "TKL": "NZL", "UMI": "USA",
    "VGB": "GBR", "VIR": "USA", "WLF": "FRA",
}
ASSOCIATED_STATES = {"COK", "NIU"}  # in free association with New Zealand

# English words that mark a countryinfo `altSpellings` entry as an English name (the rest are
# codes, native names or transliterations: Rossiya, Zhongguo, Nederland ...).
ENGLISH_NAME_WORDS = {
    "Republic", "Kingdom", "State", "States", "Federation", "Commonwealth", "Union",
    "Principality", "Emirates", "Sultanate", "Duchy", "Islands", "Island", "Confederation",
    "Territory", "Democratic", "Federal", "Socialist", "Independent", "Plurinational",
    "Bolivarian", "Holy", "Great", "Islamic", "Arab", "United", "Timor", "Congo", "Netherlands",
    "Bahamas", "Gambia", "Eswatini", "Czechia", "Turkiye", "Macedonia", "Cabo",
}


# ---------------------------------------------------------------------------------------------
# CURATED: governments and militaries of the states that matter most in conflict news
# ---------------------------------------------------------------------------------------------

# iso3: (adjectives, possessives, gov wiki title, mil wiki title or None = no generic MIL row)
STATE_INSTITUTIONS = {
    "AFG": (["Afghan"], ["Afghanistan's"], "Islamic Emirate of Afghanistan", None),
    "ARE": (["Emirati", "UAE"], ["UAE's"], "Politics of the United Arab Emirates",
            "United Arab Emirates Armed Forces"),
    "ARM": (["Armenian"], ["Armenia's"], "Government of Armenia", "Armed Forces of Armenia"),
    "AZE": (["Azerbaijani"], ["Azerbaijan's"], "Cabinet of Azerbaijan",
            "Azerbaijani Armed Forces"),
    "BLR": (["Belarusian"], [], "Government of Belarus", "Armed Forces of Belarus"),
    "CHN": (["Chinese"], ["China's"], "Government of China", "People's Liberation Army"),
    "COD": (["Congolese"], ["Congo's"], "Government of the Democratic Republic of the Congo",
            "Armed Forces of the Democratic Republic of the Congo"),
    "DEU": (["German"], ["Germany's"], "Federal Government of Germany", "Bundeswehr"),
    "EGY": (["Egyptian"], ["Egypt's"], "Cabinet of Egypt", "Egyptian Armed Forces"),
    "ETH": (["Ethiopian"], ["Ethiopia's"], "Government of Ethiopia",
            "Ethiopian National Defense Force"),
    "FRA": (["French"], ["France's"], "Government of France", "French Armed Forces"),
    "GBR": (["British", "UK", "U.K."], ["Britain's"], "Government of the United Kingdom",
            "British Armed Forces"),
    "IND": (["Indian"], ["India's"], "Government of India", "Indian Armed Forces"),
    "IRN": (["Iranian"], ["Iran's"], "Government of the Islamic Republic of Iran",
            "Islamic Republic of Iran Armed Forces"),
    "IRQ": (["Iraqi"], ["Iraq's"], "Government of Iraq", "Iraqi Armed Forces"),
    "ISR": (["Israeli"], ["Israel's"], "Government of Israel", "Israel Defense Forces"),
    "JOR": (["Jordanian"], ["Jordan's"], "Government of Jordan", "Jordanian Armed Forces"),
    "JPN": (["Japanese"], ["Japan's"], "Government of Japan", "Japan Self-Defense Forces"),
    "KOR": (["South Korean"], ["South Korea's"], "Government of South Korea",
            "Republic of Korea Armed Forces"),
    "LBN": (["Lebanese"], ["Lebanon's"], "Government of Lebanon", "Lebanese Armed Forces"),
    "LBY": (["Libyan"], ["Libya's"], "Government of National Unity", None),
    "MLI": (["Malian"], ["Mali's"], "Government of Mali", "Malian Armed Forces"),
    "MMR": (["Myanmar", "Burmese"], ["Myanmar's"], "Government of Myanmar", "Tatmadaw"),
    "NGA": (["Nigerian"], ["Nigeria's"], "Federal government of Nigeria",
            "Nigerian Armed Forces"),
    "PAK": (["Pakistani"], ["Pakistan's"], "Government of Pakistan", "Pakistan Armed Forces"),
    "PRK": (["North Korean"], ["North Korea's"], "Government of North Korea",
            "Korean People's Army"),
    "PSE": ([], [], "Palestinian National Authority", None),
    "QAT": (["Qatari"], ["Qatar's"], "Politics of Qatar", "Qatar Armed Forces"),
    "RUS": (["Russian"], ["Russia's"], "Government of Russia", "Russian Armed Forces"),
    "SAU": (["Saudi"], ["Saudi Arabia's"], "Politics of Saudi Arabia",
            "Saudi Arabian Armed Forces"),
    "SDN": (["Sudanese"], ["Sudan's"], "Government of Sudan", "Sudanese Armed Forces"),
    "SOM": (["Somali"], ["Somalia's"], "Federal Government of Somalia", "Somali Armed Forces"),
    "SYR": (["Syrian"], ["Syria's"], "Government of Syria", "Syrian Armed Forces"),
    "TUR": (["Turkish"], ["Turkey's"], "Government of Turkey", "Turkish Armed Forces"),
    "TWN": (["Taiwanese"], ["Taiwan's"], "Government of the Republic of China",
            "Republic of China Armed Forces"),
    "UKR": (["Ukrainian"], ["Ukraine's"], "Cabinet of Ministers of Ukraine",
            "Armed Forces of Ukraine"),
    "USA": (["US", "U.S.", "American"], ["America's"],
            "Federal government of the United States", "United States Armed Forces"),
    "YEM": (["Yemeni"], ["Yemen's"], "Presidential Leadership Council", "Yemeni Armed Forces"),
}

# Template heads that make no sense for a state (the US has departments, the UK a Foreign Office).
TEMPLATE_SKIP = {
    "USA": ("foreign ministry", "Ministry of Foreign Affairs", "defence ministry",
            "defense ministry", "Ministry of Defence", "Ministry of Defense"),
    "GBR": ("foreign ministry", "Ministry of Foreign Affairs", "defense ministry",
            "Ministry of Defense"),
}

# Templates: "{a}" = adjective, "{p}" = possessive. A trailing "^" also adds the Title Case form
# ("Russian defence ministry" and "Russian Defence Ministry" both occur).
GOV_TEMPLATES = [
    "{a} government^", "{p} government", "{a} authorities", "{a} foreign ministry^",
    "{p} foreign ministry^", "{a} Ministry of Foreign Affairs",
]
MIL_TEMPLATES = [
    "{a} military", "{p} military", "{a} armed forces^", "{p} armed forces^", "{a} forces",
    "{a} army^", "{p} army", "{a} defence ministry^", "{a} defense ministry^",
    "{p} defence ministry^", "{p} defense ministry^", "{a} Ministry of Defence",
    "{a} Ministry of Defense", "{a} air force^", "{a} navy^",
]

GOV_NOTE = {
    "AFG": "role=Taliban-run Islamic Emirate since August 2021",
    "MMR": "role=military-run since the February 2021 coup",
    "MLI": "role=military-run since 2020-2021 coups",
    "PSE": "role=Palestinian Authority (West Bank); see PSE-GAZA-MOH for the Hamas-run ministry",
    "SYR": "role=Assad government until December 2024, then the transitional government",
    "YEM": "role=internationally recognised government (Aden); Sanaa is held by the Houthis",
    "LBY": "role=Tripoli-based Government of National Unity; the east is held by the LNA",
}
MIL_NOTE = {
    "SYR": "role=Assad-era army dissolved after December 2024; new army of the transitional government",
    "MMR": "role=Tatmadaw",
}

GOV_EXTRA = {
    "AFG": ["Taliban government", "Taliban administration", "Islamic Emirate of Afghanistan",
            "Islamic Emirate"],
    "CHN": ["Zhongnanhai", "State Council"],
    "DEU": ["German Chancellery", "Federal Foreign Office"],
    "FRA": ["Élysée", "Élysée Palace", "Quai d'Orsay"],
    "GBR": ["Downing Street", "Number 10", "No 10", "Whitehall", "Foreign Office",
            "Foreign, Commonwealth and Development Office", "Foreign and Commonwealth Office",
            "FCDO", "His Majesty's Government", "HM Government"],
    "IRN": ["Iranian presidency"],
    "ISR": ["Israeli Prime Minister's Office", "Netanyahu's office", "Israeli cabinet",
            "Israeli security cabinet"],
    "LBY": ["Government of National Unity", "Tripoli-based government"],
    "MLI": ["Malian junta"],
    "MMR": ["Myanmar junta", "Myanmar military government", "State Administration Council"],
    "PSE": ["Palestinian Authority", "Palestinian National Authority", "Palestinian government"],
    "RUS": ["Kremlin"],
    "SDN": ["Sovereignty Council", "Transitional Sovereignty Council"],
    "SYR": ["Syrian regime", "Assad regime", "Assad government", "Syrian presidency",
            "Syrian transitional government"],
    "TUR": ["Turkish presidency"],
    "UKR": ["Office of the President of Ukraine", "Ukrainian presidential office",
            "Zelensky's office"],
    "USA": ["White House", "State Department", "Department of State", "US State Department",
            "U.S. State Department", "Trump administration", "Biden administration",
            "US administration", "U.S. administration", "US Treasury", "U.S. Treasury",
            "Treasury Department", "US Treasury Department", "U.S. Treasury Department"],
    "YEM": ["Presidential Leadership Council"],
}
MIL_EXTRA = {
    "CHN": ["PLA", "People's Liberation Army", "PLA Navy", "PLA Air Force", "PLA Rocket Force",
            "Eastern Theater Command", "Eastern Theatre Command"],
    "COD": ["FARDC", "Armed Forces of the Democratic Republic of the Congo"],
    "DEU": ["Bundeswehr"],
    "EGY": ["Egyptian Armed Forces"],
    "ETH": ["Ethiopian National Defense Force", "Ethiopian National Defence Force", "ENDF"],
    "FRA": ["French Foreign Legion"],
    "GBR": ["Ministry of Defence", "UK MoD", "U.K. MoD", "British MoD", "UK Ministry of Defence",
            "British Army",
            "Royal Navy", "Royal Air Force", "RAF", "Royal Marines"],
    "IND": ["Indian Army"],
    "IRN": ["Artesh", "Islamic Republic of Iran Army"],
    "IRQ": ["Iraqi security forces", "Iraqi Security Forces", "Iraqi Counter-Terrorism Service"],
    "ISR": ["IDF", "Israel Defense Forces", "Israel Defence Forces", "Israeli Defense Forces",
            "Israeli Defence Forces", "Israeli occupation forces", "Tzahal", "Israeli Air Force",
            "Israeli Navy", "COGAT", "Coordinator of Government Activities in the Territories"],
    "JPN": ["Japan Self-Defense Forces", "Japanese Self-Defense Forces", "JSDF",
            "Self-Defense Forces"],
    "KOR": ["South Korean Joint Chiefs of Staff", "Republic of Korea Armed Forces"],
    "LBN": ["Lebanese Armed Forces", "LAF"],
    "MLI": ["FAMa", "Malian Armed Forces"],
    "MMR": ["Tatmadaw", "Burmese military"],
    "PAK": ["Pakistan Army", "Inter-Services Public Relations", "ISPR"],
    "PRK": ["Korean People's Army", "KPA"],
    "RUS": ["Russian Aerospace Forces", "Russian Navy", "Black Sea Fleet", "Russian General Staff",
            "Russian Airborne Forces", "VDV"],
    "SAU": ["Royal Saudi Air Force"],
    "SDN": ["Sudanese Armed Forces", "SAF"],
    "SOM": ["Somali National Army"],
    "SYR": ["Syrian Arab Army", "SAA", "Syrian government forces"],
    "TUR": ["Turkish Armed Forces", "TSK"],
    "TWN": ["Republic of China Armed Forces", "ROC Armed Forces"],
    "UKR": ["Armed Forces of Ukraine", "AFU", "ZSU", "General Staff of the Armed Forces of Ukraine",
            "Ukrainian General Staff", "National Guard of Ukraine"],
    "USA": ["Pentagon", "Department of Defense", "Defense Department", "US Defense Department",
            "U.S. Defense Department", "US Department of Defense", "U.S. Department of Defense",
            "DoD", "Department of War", "War Department", "US Army", "U.S. Army", "US Navy",
            "U.S. Navy", "US Air Force", "U.S. Air Force", "US Marines", "U.S. Marines",
            "US Marine Corps", "U.S. Marine Corps", "CENTCOM", "US Central Command",
            "U.S. Central Command", "Central Command", "AFRICOM", "US Africa Command",
            "U.S. Africa Command", "EUCOM", "US European Command", "U.S. European Command",
            "INDOPACOM", "US Indo-Pacific Command", "U.S. Indo-Pacific Command",
            "Joint Chiefs of Staff", "US Special Operations Command", "SOCOM"],
}


# ---------------------------------------------------------------------------------------------
# CURATED: other actors (agencies, armed groups, IGOs, NGOs, media, parties, persons)
# ---------------------------------------------------------------------------------------------

CURATED: list[dict] = []


def A(id_, name, kind, country="", aliases=(), wiki=None, note=""):
    """One hand-curated actor row. `wiki` = English Wikipedia article title (the reference)."""
    parts = [p for p in (note, f"wiki={wiki}" if wiki else "") if p]
    CURATED.append(dict(id=id_, name=name, kind=kind, country=country, aliases=list(aliases),
                        note="; ".join(parts)))


def un(*names):
    """'UN x' and 'U.N. x' for each x."""
    return [f"{p} {n}" for n in names for p in ("UN", "U.N.")]


def qaeda(suffix=""):
    """Spelling variants of al-Qaeda, optionally followed by a suffix ("in the ...")."""
    out = []
    for base in ("al-Qaeda", "al Qaeda", "al-Qaida", "al Qaida", "al-Qa'ida"):
        out.append(f"{base} {suffix}".strip())
    return out


# --- agencies and special state bodies -------------------------------------------------------
A("USA-CIA", "Central Intelligence Agency", "government", "USA", ["CIA"],
  "Central Intelligence Agency", "role=intelligence; parent=USA-GOV")
A("USA-FBI", "Federal Bureau of Investigation", "government", "USA", ["FBI"],
  "Federal Bureau of Investigation", "role=federal police and domestic intelligence; parent=USA-GOV")
A("USA-DEA", "Drug Enforcement Administration", "government", "USA", ["DEA"],
  "Drug Enforcement Administration", "role=drug law enforcement; parent=USA-GOV")
A("USA-DHS", "Department of Homeland Security", "government", "USA",
  ["DHS", "Homeland Security Department", "US Department of Homeland Security"],
  "United States Department of Homeland Security", "parent=USA-GOV")
A("USA-NSA", "National Security Agency", "government", "USA", ["NSA"],
  "National Security Agency", "role=signals intelligence; parent=USA-GOV")
A("USA-ICE", "Immigration and Customs Enforcement", "government", "USA",
  ["ICE", "U.S. Immigration and Customs Enforcement", "US Immigration and Customs Enforcement"],
  "U.S. Immigration and Customs Enforcement", "role=immigration and customs law enforcement; parent=USA-DHS")
A("USA-CBP", "Customs and Border Protection", "government", "USA",
  ["CBP", "U.S. Customs and Border Protection", "US Customs and Border Protection"],
  "U.S. Customs and Border Protection", "role=border law enforcement; parent=USA-DHS")
A("USA-USAID", "USAID", "government", "USA",
  ["United States Agency for International Development", "U.S. Agency for International Development",
   "US Agency for International Development"],
  "United States Agency for International Development", "role=foreign aid agency; parent=USA-GOV")
A("GBR-MI5", "MI5", "government", "GBR", ["British Security Service", "Britain's Security Service"],
  "MI5", "role=domestic intelligence; parent=GBR-GOV")
A("ISR-MOSSAD", "Mossad", "government", "ISR", ["Israeli Mossad"], "Mossad",
  "role=intelligence; parent=ISR-GOV")
A("ISR-SHIN-BET", "Shin Bet", "government", "ISR",
  ["Shabak", "Israel Security Agency", "Shin Bet security agency"], "Shin Bet",
  "role=intelligence; parent=ISR-GOV")
A("RUS-FSB", "Federal Security Service", "government", "RUS",
  ["FSB", "Russian Federal Security Service"], "Federal Security Service",
  "role=intelligence; parent=RUS-GOV")
A("RUS-GRU", "GRU", "military", "RUS",
  ["Main Intelligence Directorate of the General Staff", "Russian military intelligence",
   "Main Directorate of the General Staff"], "GRU (Russian Federation)",
  "role=military intelligence; parent=RUS-MIL")
A("GBR-MI6", "MI6", "government", "GBR", ["Secret Intelligence Service"],
  "Secret Intelligence Service", "role=intelligence; parent=GBR-GOV")
A("TUR-MIT", "National Intelligence Organization", "government", "TUR",
  ["National Intelligence Organisation", "Turkish National Intelligence Organization",
   "Turkish intelligence", "Turkish intelligence agency"],
  "National Intelligence Organization (Turkey)", "role=intelligence; parent=TUR-GOV")
A("UKR-SBU", "Security Service of Ukraine", "government", "UKR",
  ["SBU", "Ukrainian Security Service", "Ukraine's Security Service"],
  "Security Service of Ukraine", "role=intelligence; parent=UKR-GOV")
A("UKR-HUR", "Main Directorate of Intelligence of Ukraine", "military", "UKR",
  ["HUR", "GUR", "Ukrainian military intelligence", "Ukraine's military intelligence",
   "Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine"],
  "Main Directorate of Intelligence (Ukraine)", "role=military intelligence; parent=UKR-MIL")
A("PAK-ISI", "Inter-Services Intelligence", "government", "PAK", ["ISI"],
  "Inter-Services Intelligence", "role=intelligence; parent=PAK-GOV")
A("IRN-IRGC", "Islamic Revolutionary Guard Corps", "military", "IRN",
  ["IRGC", "Revolutionary Guards", "Revolutionary Guard", "Revolutionary Guard Corps",
   "Iran's Revolutionary Guards", "Iranian Revolutionary Guards", "Pasdaran",
   "IRGC Aerospace Force", "IRGC Navy"],
  "Islamic Revolutionary Guard Corps", "role=parallel armed force; parent=IRN-GOV")
A("IRN-QUDS-FORCE", "Quds Force", "military", "IRN",
  ["IRGC Quds Force", "IRGC-QF", "al-Quds Force"], "Quds Force",
  "role=IRGC foreign operations; parent=IRN-IRGC")
A("IRN-BASIJ", "Basij", "military", "IRN", ["Basij militia", "Basij Resistance Force"], "Basij",
  "role=paramilitary volunteer militia; parent=IRN-IRGC")
A("CHN-COAST-GUARD", "China Coast Guard", "military", "CHN", ["Chinese coast guard",
  "Chinese Coast Guard", "CCG"], "China Coast Guard", "role=under the People's Armed Police")
A("RUS-AFRICA-CORPS", "Africa Corps", "military", "RUS", ["Russian Africa Corps",
  "Africa Corps (Russia)"], "Africa Corps (Russia)",
  "role=Russian defence ministry expeditionary force that took over Wagner's African operations")
A("UKR-AZOV", "Azov Brigade", "military", "UKR",
  ["Azov", "Azov Regiment", "Azov Battalion", "12th Azov Brigade", "Azov Assault Brigade"],
  "Azov Brigade",
  "role=unit of the National Guard of Ukraine, earlier the Azov Battalion volunteer militia")
A("IRQ-PESHMERGA", "Peshmerga", "military", "IRQ",
  ["Kurdish Peshmerga", "Peshmerga forces", "Kurdish Peshmerga forces"], "Peshmerga",
  "role=armed forces of the Kurdistan Region; parent=IRQ-KRG")
A("IRQ-KRG", "Kurdistan Regional Government", "government", "IRQ",
  ["KRG", "Kurdistan Region government", "Kurdish regional government"],
  "Kurdistan Regional Government", "role=regional government")
A("SYR-AANES", "Autonomous Administration of North and East Syria", "government", "SYR",
  ["AANES", "Autonomous Administration of Northern and Eastern Syria",
   "Kurdish-led administration", "Rojava administration"],
  "Autonomous Administration of North and East Syria",
  "role=de facto regional administration; armed forces SDF")
A("PSE-GAZA-MOH", "Gaza Health Ministry", "government", "PSE",
  ["Gaza health ministry", "Gaza's health ministry", "Gaza's Health Ministry",
   "Hamas-run health ministry", "Hamas-run Health Ministry", "Gaza Ministry of Health",
   "Palestinian health ministry in Gaza"],
  "Ministry of Health (Gaza)", "affiliation=HAMAS; role=Hamas-run ministry, casualty figures")
A("COALITION-OIR", "Global Coalition to Defeat ISIS", "military", "",
  ["US-led coalition", "U.S.-led coalition", "anti-ISIS coalition", "Global Coalition against Daesh",
   "Combined Joint Task Force – Operation Inherent Resolve", "CJTF-OIR",
   "Operation Inherent Resolve"],
  "Combined Joint Task Force – Operation Inherent Resolve", "role=multinational coalition; lead=USA")
A("COALITION-YEMEN", "Saudi-led coalition", "military", "",
  ["Saudi-led military coalition", "Saudi-led Arab coalition"],
  "Saudi Arabian-led intervention in Yemen", "role=multinational coalition in Yemen; lead=SAU")

# --- armed groups ---------------------------------------------------------------------------
G = "armed_group"
A("HTS", "Hayat Tahrir al-Sham", G, "SYR",
  ["HTS", "Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham", "Hayat Tahreer al-Sham",
   "Tahrir al-Sham", "Hay'et Tahrir al-Sham"], "Hayat Tahrir al-Sham",
  "role=formed 2017 from the Nusra Front (NUSRA-FRONT); announced dissolution January 2025")
A("NUSRA-FRONT", "Nusra Front", G, "SYR",
  ["al-Nusra Front", "Jabhat al-Nusra", "al-Nusra", "Nusra", "Jabhat al-Nusra li-Ahl al-Sham",
   "Jabhat Fateh al-Sham", "Jabhat Fatah al-Sham"], "Al-Nusra Front",
  "role=al-Qaeda's Syrian branch 2012-2016, renamed Jabhat Fateh al-Sham 2016, merged into HTS 2017")
A("ISIS", "Islamic State", G, "",
  ["ISIS", "ISIL", "IS", "Daesh", "Daish", "Islamic State group",
   "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
   "Islamic State in Iraq and Syria", "Islamic State of Iraq and al-Sham"], "Islamic State",
  "caution=match 'IS' case-sensitively only, never 'Is'/'is'; core area IRQ/SYR")
A("ISWAP", "Islamic State West Africa Province", G, "NGA",
  ["ISWAP", "Islamic State West Africa", "IS West Africa Province",
   "Islamic State's West Africa Province"], "Islamic State – West Africa Province",
  "parent=ISIS")
A("ISKP", "Islamic State Khorasan Province", G, "AFG",
  ["ISKP", "ISIS-K", "IS-K", "ISIS-Khorasan", "Islamic State Khorasan", "Islamic State-Khorasan",
   "Islamic State – Khorasan Province"], "Islamic State – Khorasan Province", "parent=ISIS")
A("IS-SAHEL", "Islamic State Sahel Province", G, "NER",
  ["IS Sahel", "Islamic State Sahel", "Islamic State in the Greater Sahara", "ISGS",
   "IS Sahel Province"], "Islamic State – Sahel Province", "parent=ISIS; area=MLI,NER,BFA")
A("IS-MOZAMBIQUE", "Ansar al-Sunna", G, "MOZ",
  ["Islamic State Mozambique Province", "IS Mozambique", "Islamic State Mozambique",
   "Ahlu Sunnah Wal Jamaa", "Ansar al-Sunnah"], "Insurgency in Cabo Delgado",
  "parent=ISIS; caution=locally also called al-Shabaab, not mapped here (see AL-SHABAAB)")
A("AL-QAEDA", "al-Qaeda", G, "", qaeda()[1:], "Al-Qaeda")
A("AQAP", "al-Qaeda in the Arabian Peninsula", G, "YEM",
  qaeda("in the Arabian Peninsula")[1:] + ["AQAP"], "Al-Qaeda in the Arabian Peninsula",
  "parent=AL-QAEDA")
A("AQIM", "al-Qaeda in the Islamic Maghreb", G, "DZA",
  qaeda("in the Islamic Maghreb")[1:] + ["AQIM"], "Al-Qaeda in the Islamic Maghreb",
  "parent=AL-QAEDA; area=DZA,MLI,NER")
A("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", G, "MLI",
  ["JNIM", "Jamaat Nusrat al-Islam wal-Muslimin", "Jama'at Nasr al-Islam wal Muslimin",
   "Group for the Support of Islam and Muslims", "GSIM"], "Jama'at Nasr al-Islam wal Muslimin",
  "parent=AL-QAEDA; area=MLI,BFA,NER")
A("HURRAS-AL-DIN", "Hurras al-Din", G, "SYR", ["Hurras al-Deen", "Guardians of Religion"],
  "Hurras al-Din", "parent=AL-QAEDA")
A("AL-SHABAAB", "al-Shabaab", G, "SOM",
  ["al-Shabab", "al Shabaab", "al Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab",
   "Shabab"], "Al-Shabaab (militant group)", "parent=AL-QAEDA")
A("BOKO-HARAM", "Boko Haram", G, "NGA",
  ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"], "Boko Haram")
A("TALIBAN", "Taliban", G, "AFG", ["Afghan Taliban", "Taliban movement"], "Taliban",
  "role=de facto government of AFG since August 2021 (see AFG-GOV)")
A("TTP", "Tehrik-i-Taliban Pakistan", G, "PAK",
  ["TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan"],
  "Tehrik-i-Taliban Pakistan")
A("HAQQANI-NETWORK", "Haqqani network", G, "AFG", ["Haqqani Network", "Haqqanis"],
  "Haqqani network", "parent=TALIBAN")
A("LASHKAR-E-TAIBA", "Lashkar-e-Taiba", G, "PAK",
  ["Lashkar-e-Tayyiba", "Lashkar-e-Toiba", "Lashkar-e-Tayyaba"], "Lashkar-e-Taiba",
  "caution='LeT' omitted: case-folded it is 'let'")
A("JAISH-E-MOHAMMED", "Jaish-e-Mohammed", G, "PAK",
  ["JeM", "Jaish-e-Muhammad", "Jaish-e-Mohammad"], "Jaish-e-Mohammed")
A("BLA", "Baloch Liberation Army", G, "PAK", ["BLA", "Balochistan Liberation Army"],
  "Balochistan Liberation Army")
A("HAMAS", "Hamas", G, "PSE", ["HAMAS", "Islamic Resistance Movement"], "Hamas",
  "role=also governed Gaza from 2007")
A("QASSAM-BRIGADES", "Izz ad-Din al-Qassam Brigades", G, "PSE",
  ["Qassam Brigades", "al-Qassam Brigades", "Ezzedine al-Qassam Brigades",
   "Izz al-Din al-Qassam Brigades", "Ezz al-Din al-Qassam Brigades"],
  "Izz ad-Din al-Qassam Brigades", "parent=HAMAS; role=armed wing; caution=bare 'Qassam' omitted (also a rocket)")
A("PIJ", "Palestinian Islamic Jihad", G, "PSE", ["PIJ", "Islamic Jihad"],
  "Palestinian Islamic Jihad")
A("AL-QUDS-BRIGADES", "Al-Quds Brigades", G, "PSE", ["Saraya al-Quds", "al-Quds Brigades"],
  "Al-Quds Brigades", "parent=PIJ; role=armed wing")
A("AL-AQSA-MARTYRS-BRIGADES", "Al-Aqsa Martyrs' Brigades", G, "PSE",
  ["Al-Aqsa Martyrs Brigades", "al-Aqsa Martyrs' Brigades", "al-Aqsa Martyrs Brigades"],
  "Al-Aqsa Martyrs' Brigades", "parent=FATAH")
A("PFLP", "Popular Front for the Liberation of Palestine", G, "PSE", ["PFLP"],
  "Popular Front for the Liberation of Palestine")
A("LIONS-DEN", "Lions' Den", G, "PSE", ["Lions Den", "Areen al-Usood", "Arin al-Usud"],
  "Lions' Den (militant group)")
A("HEZBOLLAH", "Hezbollah", G, "LBN",
  ["Hizbollah", "Hizballah", "Hizbullah", "Lebanese Hezbollah", "Hezbollah movement"],
  "Hezbollah", "role=also a political party")
A("HOUTHIS", "Houthis", G, "YEM",
  ["Houthi", "Houthi movement", "Ansar Allah", "Ansarallah", "Ansar Allah movement"],
  "Houthis", "role=controls Sanaa and north-west Yemen")
A("STC", "Southern Transitional Council", G, "YEM", ["STC"], "Southern Transitional Council")
A("SDF", "Syrian Democratic Forces", G, "SYR", ["SDF", "QSD"], "Syrian Democratic Forces",
  "role=Kurdish-led; armed forces of SYR-AANES")
A("YPG", "People's Protection Units", G, "SYR", ["YPG", "Kurdish People's Protection Units"],
  "People's Defense Units", "parent=SDF")
A("PKK", "Kurdistan Workers' Party", G, "TUR", ["PKK", "Kurdistan Workers Party"],
  "Kurdistan Workers' Party", "role=announced dissolution May 2025")
A("PJAK", "Kurdistan Free Life Party", G, "IRN", ["PJAK", "Party of Free Life of Kurdistan"],
  "Kurdistan Free Life Party")
A("FSA", "Free Syrian Army", G, "SYR", ["FSA"], "Free Syrian Army")
A("SNA", "Syrian National Army", G, "SYR", ["Turkish-backed Syrian National Army"],
  "Syrian National Army", "caution='SNA' omitted: also the Somali National Army")
A("AHRAR-AL-SHAM", "Ahrar al-Sham", G, "SYR", ["Harakat Ahrar al-Sham al-Islamiyya"],
  "Ahrar al-Sham")
A("JAISH-AL-ISLAM", "Jaish al-Islam", G, "SYR", ["Army of Islam"], "Jaysh al-Islam")
A("TIP", "Turkistan Islamic Party", G, "SYR", ["Turkistan Islamic Party in Syria",
  "East Turkestan Islamic Movement", "ETIM"], "Turkistan Islamic Party")
A("PMF", "Popular Mobilization Forces", G, "IRQ",
  ["Popular Mobilisation Forces", "Popular Mobilization Units", "Popular Mobilisation Units",
   "PMF", "PMU", "Hashd al-Shaabi", "al-Hashd al-Shaabi", "Hashed al-Shaabi", "Hashd"],
  "Popular Mobilization Forces", "role=state-sanctioned umbrella of mostly Shia militias")
A("KATAIB-HEZBOLLAH", "Kataib Hezbollah", G, "IRQ",
  ["Kata'ib Hezbollah", "Kataeb Hezbollah", "Kataib Hizbollah"], "Kata'ib Hezbollah",
  "parent=PMF")
A("ASAIB-AHL-AL-HAQ", "Asaib Ahl al-Haq", G, "IRQ", ["Asa'ib Ahl al-Haq"], "Asa'ib Ahl al-Haq",
  "parent=PMF")
A("NUJABA", "Harakat Hezbollah al-Nujaba", G, "IRQ",
  ["Harakat al-Nujaba", "al-Nujaba", "Nujaba"], "Harakat Hezbollah al-Nujaba", "parent=PMF")
A("ISLAMIC-RESISTANCE-IRAQ", "Islamic Resistance in Iraq", G, "IRQ", [],
  "Islamic Resistance in Iraq", "role=umbrella name of Iran-aligned Iraqi militias")
A("BADR", "Badr Organization", G, "IRQ", ["Badr Organisation", "Badr Brigades"],
  "Badr Organization", "parent=PMF; role=also a political party")
A("WAGNER", "Wagner Group", G, "RUS",
  ["Wagner", "PMC Wagner", "Wagner PMC", "Wagner private military company"], "Wagner Group",
  "role=Russian private military company; Africa operations absorbed by RUS-AFRICA-CORPS")
A("DPR", "Donetsk People's Republic", G, "UKR", ["DPR", "DNR"], "Donetsk People's Republic",
  "role=Russian-backed separatist entity; annexed by Russia 2022 (not recognised)")
A("LPR", "Luhansk People's Republic", G, "UKR", ["LPR", "LNR", "Lugansk People's Republic"],
  "Luhansk People's Republic",
  "role=Russian-backed separatist entity; annexed by Russia 2022 (not recognised)")
A("RSF", "Rapid Support Forces", G, "SDN", ["RSF"], "Rapid Support Forces",
  "caution='RSF' here is never Reporters Without Borders (see REPORTERS-WITHOUT-BORDERS)")
A("M23", "M23", G, "COD",
  ["March 23 Movement", "Mouvement du 23 mars", "M23 rebels", "AFC/M23"], "March 23 Movement")
A("ADF", "Allied Democratic Forces", G, "COD",
  ["Islamic State Central Africa Province", "ISCAP"], "Allied Democratic Forces",
  "parent=ISIS; area=COD,UGA; caution='ADF' omitted: also the Australian Defence Force")
A("CODECO", "CODECO", G, "COD", ["Cooperative for the Development of Congo"], "CODECO")
A("TPLF", "Tigray People's Liberation Front", G, "ETH",
  ["TPLF", "Tigray Defense Forces", "Tigray Defence Forces"], "Tigray People's Liberation Front",
  "role=also a political party")
A("FANO", "Fano", G, "ETH", ["Fano militia", "Amhara Fano"], "Fano (militia)")
A("OLA", "Oromo Liberation Army", G, "ETH", ["OLA"], "Oromo Liberation Army")
A("LNA", "Libyan National Army", G, "LBY",
  ["LNA", "Libyan Arab Armed Forces", "LAAF", "Haftar's forces"], "Libyan National Army",
  "role=eastern-based force led by Khalifa Haftar")
A("SPLM-IO", "SPLM-IO", G, "SSD",
  ["SPLA-IO", "Sudan People's Liberation Movement-in-Opposition",
   "Sudan People's Liberation Movement in Opposition"],
  "Sudan People's Liberation Movement-in-Opposition")
A("SPLM-N", "SPLM-N", G, "SDN", ["Sudan People's Liberation Movement-North"],
  "Sudan People's Liberation Movement–North")
A("POLISARIO", "Polisario Front", G, "ESH", ["Polisario"], "Polisario Front")
A("ELN", "National Liberation Army (Colombia)", G, "COL",
  ["ELN", "Ejército de Liberación Nacional"], "National Liberation Army (Colombia)")
A("FARC", "FARC", G, "COL",
  ["Revolutionary Armed Forces of Colombia", "FARC-EP", "FARC dissidents"],
  "Revolutionary Armed Forces of Colombia",
  "role=demobilised 2017; dissident factions remain armed")
A("CLAN-DEL-GOLFO", "Clan del Golfo", G, "COL",
  ["Gulf Clan", "Autodefensas Gaitanistas de Colombia", "Gaitanista Army of Colombia"],
  "Clan del Golfo")
A("SINALOA-CARTEL", "Sinaloa Cartel", G, "MEX", ["Sinaloa cartel", "Cártel de Sinaloa"],
  "Sinaloa Cartel", "role=criminal organisation")
A("CJNG", "Jalisco New Generation Cartel", G, "MEX",
  ["CJNG", "Jalisco cartel", "Cártel de Jalisco Nueva Generación"],
  "Jalisco New Generation Cartel", "role=criminal organisation")
A("LOS-ZETAS", "Los Zetas", G, "MEX", ["Zetas"], "Los Zetas", "role=criminal organisation")
A("GULF-CARTEL", "Gulf Cartel", G, "MEX", ["Cártel del Golfo"], "Gulf Cartel",
  "role=criminal organisation")
A("TREN-DE-ARAGUA", "Tren de Aragua", G, "VEN", [], "Tren de Aragua",
  "role=criminal organisation")
A("MS-13", "MS-13", G, "SLV", ["Mara Salvatrucha", "MS13"], "MS-13",
  "role=criminal organisation; area=SLV,HND,GTM,USA")
A("VIV-ANSANM", "Viv Ansanm", G, "HTI", ["G9 an Fanmi", "G9 Family and Allies"], "Viv Ansanm",
  "role=coalition of Haitian gangs")
A("SHINING-PATH", "Shining Path", G, "PER", ["Sendero Luminoso"], "Shining Path")
A("ARAKAN-ARMY", "Arakan Army", G, "MMR", ["Arakha Army"], "Arakan Army",
  "caution='AA' omitted as too ambiguous")
A("KACHIN-INDEPENDENCE-ARMY", "Kachin Independence Army", G, "MMR", [],
  "Kachin Independence Army", "caution='KIA' omitted: also 'killed in action' and a car maker")
A("MNDAA", "Myanmar National Democratic Alliance Army", G, "MMR", ["MNDAA"],
  "Myanmar National Democratic Alliance Army")
A("TNLA", "Ta'ang National Liberation Army", G, "MMR", ["TNLA", "Taang National Liberation Army"],
  "Ta'ang National Liberation Army")
A("PEOPLES-DEFENCE-FORCE", "People's Defence Force", G, "MMR",
  ["People's Defense Force", "People's Defence Forces", "People's Defense Forces"],
  "People's Defence Force (Myanmar)",
  "role=armed wing of the National Unity Government; caution='PDF' omitted")
A("NPA", "New People's Army", G, "PHL", ["NPA"], "New People's Army")
A("ABU-SAYYAF", "Abu Sayyaf", G, "PHL", ["Abu Sayyaf Group", "ASG"], "Abu Sayyaf")
A("MILF", "Moro Islamic Liberation Front", G, "PHL", ["MILF"], "Moro Islamic Liberation Front",
  "role=signed 2014 peace deal; runs the Bangsamoro region")
A("JAISH-AL-ADL", "Jaish al-Adl", G, "IRN", ["Jaish ul-Adl", "Army of Justice"], "Jaysh al-Adl")

# --- intergovernmental organisations -------------------------------------------------------
I = "igo"
A("UN", "United Nations", I, "", ["UN", "U.N."], "United Nations")
A("UNSC", "UN Security Council", I, "",
  un("Security Council") + ["United Nations Security Council", "Security Council", "UNSC"],
  "United Nations Security Council", "parent=UN")
A("UNGA", "UN General Assembly", I, "",
  un("General Assembly") + ["United Nations General Assembly", "UNGA"],
  "United Nations General Assembly", "parent=UN")
A("UNHCR", "UNHCR", I, "",
  un("refugee agency", "Refugee Agency", "High Commissioner for Refugees")
  + ["United Nations High Commissioner for Refugees"],
  "United Nations High Commissioner for Refugees", "parent=UN")
A("UNICEF", "UNICEF", I, "",
  ["Unicef", "United Nations Children's Fund"] + un("children's agency", "Children's Fund"),
  "UNICEF", "parent=UN")
A("WFP", "World Food Programme", I, "",
  ["World Food Program", "WFP"] + un("World Food Programme", "World Food Program", "food agency"),
  "World Food Programme", "parent=UN")
A("WHO", "World Health Organization", I, "",
  ["World Health Organisation", "WHO"] + un("health agency"), "World Health Organization",
  "parent=UN; caution=match 'WHO' case-sensitively only")
A("IAEA", "International Atomic Energy Agency", I, "",
  ["IAEA"] + un("nuclear watchdog", "atomic watchdog"), "International Atomic Energy Agency")
A("OPCW", "Organisation for the Prohibition of Chemical Weapons", I, "",
  ["Organization for the Prohibition of Chemical Weapons", "OPCW"],
  "Organisation for the Prohibition of Chemical Weapons")
A("ICC", "International Criminal Court", I, "", ["ICC"], "International Criminal Court",
  "caution='ICC' is also the International Cricket Council")
A("ICJ", "International Court of Justice", I, "", ["ICJ", "World Court"],
  "International Court of Justice", "parent=UN")
A("OCHA", "UN Office for the Coordination of Humanitarian Affairs", I, "",
  ["OCHA", "UNOCHA", "United Nations Office for the Coordination of Humanitarian Affairs",
   "Office for the Coordination of Humanitarian Affairs"]
  + un("humanitarian office", "humanitarian affairs office", "aid office"),
  "United Nations Office for the Coordination of Humanitarian Affairs", "parent=UN")
A("UNRWA", "UNRWA", I, "",
  ["United Nations Relief and Works Agency for Palestine Refugees in the Near East",
   "United Nations Relief and Works Agency"]
  + un("Relief and Works Agency", "agency for Palestinian refugees",
       "Palestinian refugee agency"), "UNRWA", "parent=UN")
A("UNDP", "UN Development Programme", I, "",
  ["UNDP", "United Nations Development Programme"] + un("Development Program"),
  "United Nations Development Programme", "parent=UN")
A("OHCHR", "UN human rights office", I, "",
  ["OHCHR", "Office of the United Nations High Commissioner for Human Rights",
   "UN Human Rights Office", "U.N. human rights office", "UN High Commissioner for Human Rights",
   "U.N. High Commissioner for Human Rights", "UN rights office", "U.N. rights office"],
  "Office of the United Nations High Commissioner for Human Rights", "parent=UN")
A("UNHRC", "UN Human Rights Council", I, "",
  un("Human Rights Council") + ["United Nations Human Rights Council", "Human Rights Council",
                                "UNHRC"],
  "United Nations Human Rights Council", "parent=UN")
A("UNESCO", "UNESCO", I, "",
  ["Unesco", "United Nations Educational, Scientific and Cultural Organization"], "UNESCO",
  "parent=UN")
A("UNIFIL", "UNIFIL", I, "", ["United Nations Interim Force in Lebanon",
  "UN Interim Force in Lebanon", "UN peacekeepers in Lebanon"],
  "United Nations Interim Force in Lebanon", "parent=UN; area=LBN; role=peacekeeping mission")
A("MONUSCO", "MONUSCO", I, "",
  ["United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
   "UN peacekeeping mission in Congo"], "MONUSCO",
  "parent=UN; area=COD; role=peacekeeping mission")
A("UNMISS", "UNMISS", I, "", ["United Nations Mission in South Sudan", "UN Mission in South Sudan"],
  "United Nations Mission in South Sudan", "parent=UN; area=SSD; role=peacekeeping mission")
A("UNDOF", "UNDOF", I, "", ["United Nations Disengagement Observer Force",
  "UN Disengagement Observer Force"],
  "United Nations Disengagement Observer Force", "parent=UN; area=SYR; role=peacekeeping mission")
A("UNAMID", "UNAMID", I, "", ["African Union-United Nations Hybrid Operation in Darfur"],
  "United Nations–African Union Mission in Darfur", "parent=UN; area=SDN; role=peacekeeping mission")
A("MINUSMA", "MINUSMA", I, "", ["United Nations Multidimensional Integrated Stabilization Mission in Mali"],
  "United Nations Multidimensional Integrated Stabilization Mission in Mali",
  "parent=UN; area=MLI; role=peacekeeping mission")
A("UNAMA", "UNAMA", I, "", ["United Nations Assistance Mission in Afghanistan",
  "UN Assistance Mission in Afghanistan"],
  "United Nations Assistance Mission in Afghanistan", "parent=UN; area=AFG; role=political mission")
A("IOM", "International Organization for Migration", I, "",
  ["IOM", "International Organisation for Migration"] + un("migration agency"),
  "International Organization for Migration", "parent=UN")
A("FAO", "Food and Agriculture Organization", I, "",
  ["FAO", "Food and Agriculture Organisation"], "Food and Agriculture Organization", "parent=UN")
A("NATO", "NATO", I, "",
  ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
   "North Atlantic Alliance"], "NATO")
A("EU", "European Union", I, "", ["EU", "E.U."], "European Union",
  "caution='the bloc' deliberately not an alias")
A("EU-COMMISSION", "European Commission", I, "", ["EU Commission", "E.U. Commission"],
  "European Commission", "parent=EU")
A("EU-PARLIAMENT", "European Parliament", I, "", ["EU Parliament", "E.U. Parliament"],
  "European Parliament", "parent=EU")
A("EU-COUNCIL", "European Council", I, "", ["EU summit"], "European Council", "parent=EU")
A("AU", "African Union", I, "", ["AU"], "African Union")
A("AUSSOM", "AUSSOM", I, "",
  ["African Union Support and Stabilization Mission in Somalia", "ATMIS",
   "African Union Transition Mission in Somalia", "AMISOM", "African Union Mission in Somalia"],
  "African Union Support and Stabilization Mission in Somalia",
  "parent=AU; area=SOM; role=successive names AMISOM (2007), ATMIS (2022), AUSSOM (2025)")
A("ARAB-LEAGUE", "Arab League", I, "", ["League of Arab States"], "Arab League")
A("OSCE", "OSCE", I, "",
  ["Organization for Security and Co-operation in Europe",
   "Organisation for Security and Co-operation in Europe",
   "Organization for Security and Cooperation in Europe"],
  "Organization for Security and Co-operation in Europe")
A("ASEAN", "ASEAN", I, "", ["Asean", "Association of Southeast Asian Nations"], "ASEAN")
A("GCC", "Gulf Cooperation Council", I, "",
  ["GCC", "Cooperation Council for the Arab States of the Gulf"], "Gulf Cooperation Council")
A("OPEC", "OPEC", I, "", ["Opec", "Organization of the Petroleum Exporting Countries"], "OPEC")
A("IMF", "International Monetary Fund", I, "", ["IMF"], "International Monetary Fund")
A("WORLD-BANK", "World Bank", I, "", ["World Bank Group"], "World Bank")
A("CSTO", "Collective Security Treaty Organization", I, "",
  ["CSTO", "Collective Security Treaty Organisation"], "Collective Security Treaty Organization")
A("SCO", "Shanghai Cooperation Organisation", I, "",
  ["SCO", "Shanghai Cooperation Organization"], "Shanghai Cooperation Organisation")
A("ECOWAS", "ECOWAS", I, "", ["Ecowas", "Economic Community of West African States"], "ECOWAS")
A("INTERPOL", "Interpol", I, "", ["INTERPOL", "International Criminal Police Organization"],
  "Interpol")
A("EUROPOL", "Europol", I, "", [], "Europol", "parent=EU")
A("OIC", "Organisation of Islamic Cooperation", I, "",
  ["OIC", "Organization of Islamic Cooperation"], "Organisation of Islamic Cooperation")
A("IGAD", "IGAD", I, "", ["Intergovernmental Authority on Development"],
  "Intergovernmental Authority on Development")
A("SADC", "Southern African Development Community", I, "", ["SADC"],
  "Southern African Development Community")
A("EAC", "East African Community", I, "", ["EAC"], "East African Community")
A("OAS", "Organization of American States", I, "", ["OAS", "Organisation of American States"],
  "Organization of American States")
A("G7", "G7", I, "", ["Group of Seven", "G-7"], "G7", "role=intergovernmental forum")
A("G20", "G20", I, "", ["Group of 20", "Group of Twenty", "G-20"], "G20",
  "role=intergovernmental forum")
A("BRICS", "BRICS", I, "", ["Brics"], "BRICS", "role=intergovernmental forum")
A("COUNCIL-OF-EUROPE", "Council of Europe", I, "", [], "Council of Europe")
A("ECTHR", "European Court of Human Rights", I, "", ["ECtHR", "ECHR", "Strasbourg court"],
  "European Court of Human Rights", "parent=COUNCIL-OF-EUROPE")
A("CIS", "Commonwealth of Independent States", I, "", [], "Commonwealth of Independent States",
  "caution='CIS' omitted as ambiguous")
A("AES", "Alliance of Sahel States", I, "", ["Confederation of Sahel States"],
  "Alliance of Sahel States", "role=confederation of MLI,BFA,NER")

# --- NGOs -----------------------------------------------------------------------------------
N = "ngo"
A("ICRC", "International Committee of the Red Cross", N, "",
  ["ICRC", "Red Cross", "International Red Cross"], "International Committee of the Red Cross",
  "hq=CHE")
A("IFRC", "International Federation of Red Cross and Red Crescent Societies", N, "",
  ["IFRC", "International Federation of the Red Cross"],
  "International Federation of Red Cross and Red Crescent Societies", "hq=CHE")
A("RED-CROSS-MOVEMENT", "International Red Cross and Red Crescent Movement", N, "",
  ["Red Cross and Red Crescent Movement", "Red Crescent"],
  "International Red Cross and Red Crescent Movement",
  "caution=bare 'Red Crescent' usually means the national society in context (SARC, PRCS)")
A("SARC", "Syrian Arab Red Crescent", N, "SYR", ["SARC", "Syrian Red Crescent"],
  "Syrian Arab Red Crescent")
A("PRCS", "Palestine Red Crescent Society", N, "PSE",
  ["PRCS", "Palestinian Red Crescent", "Palestinian Red Crescent Society"],
  "Palestine Red Crescent Society")
A("MSF", "Médecins Sans Frontières", N, "",
  ["MSF", "Doctors Without Borders", "Medecins Sans Frontieres"], "Médecins Sans Frontières")
A("AMNESTY", "Amnesty International", N, "", ["Amnesty"], "Amnesty International",
  "hq=GBR; caution='Amnesty' only capitalised, and sentence-initial 'Amnesty' may be the common noun")
A("HRW", "Human Rights Watch", N, "", ["HRW"], "Human Rights Watch", "hq=USA")
A("SOHR", "Syrian Observatory for Human Rights", N, "SYR",
  ["SOHR", "Syrian Observatory", "Britain-based Syrian Observatory for Human Rights"],
  "Syrian Observatory for Human Rights", "hq=GBR; role=war monitor")
A("SNHR", "Syrian Network for Human Rights", N, "SYR", ["SNHR"],
  "Syrian Network for Human Rights")
A("WHITE-HELMETS", "White Helmets", N, "SYR",
  ["Syria Civil Defence", "Syrian Civil Defence", "Syria Civil Defense", "Syrian Civil Defense"],
  "White Helmets (Syrian Civil War)", "role=rescue organisation")
A("SAVE-THE-CHILDREN", "Save the Children", N, "", [], "Save the Children")
A("OXFAM", "Oxfam", N, "", ["Oxfam International"], "Oxfam")
A("NRC", "Norwegian Refugee Council", N, "", [], "Norwegian Refugee Council",
  "hq=NOR; caution='NRC' omitted as ambiguous")
A("IRC", "International Rescue Committee", N, "", ["IRC"], "International Rescue Committee")
A("CARE", "CARE International", N, "", ["CARE"], "CARE International")
A("MERCY-CORPS", "Mercy Corps", N, "", [], "Mercy Corps")
A("ISLAMIC-RELIEF", "Islamic Relief", N, "", ["Islamic Relief Worldwide"], "Islamic Relief")
A("WCK", "World Central Kitchen", N, "", ["WCK"], "World Central Kitchen")
A("MDM", "Médecins du Monde", N, "", ["Doctors of the World", "Medecins du Monde"],
  "Médecins du Monde")
A("PHR", "Physicians for Human Rights", N, "", [], "Physicians for Human Rights")
A("CRISIS-GROUP", "International Crisis Group", N, "", ["Crisis Group", "ICG"],
  "International Crisis Group", "role=think tank")
A("ISW", "Institute for the Study of War", N, "", ["ISW"], "Institute for the Study of War",
  "hq=USA; role=think tank")
A("ACLED", "ACLED", N, "", ["Armed Conflict Location & Event Data Project",
  "Armed Conflict Location and Event Data Project"],
  "Armed Conflict Location and Event Data", "role=conflict data project")
A("AIRWARS", "Airwars", N, "", [], "Airwars", "role=civilian harm monitor")
A("CPJ", "Committee to Protect Journalists", N, "", ["CPJ"], "Committee to Protect Journalists")
A("REPORTERS-WITHOUT-BORDERS", "Reporters Without Borders", N, "",
  ["Reporters sans frontières", "Reporters Sans Frontieres"], "Reporters Without Borders",
  "caution='RSF' omitted: in conflict news it is the Rapid Support Forces")
A("BTSELEM", "B'Tselem", N, "ISR", ["B’Tselem"], "B'Tselem")
A("AL-HAQ", "Al-Haq", N, "PSE", [], "Al-Haq")

# --- media ----------------------------------------------------------------------------------
M = "media"
A("REUTERS", "Reuters", M, "GBR", ["Thomson Reuters", "Reuters news agency"], "Reuters")
A("AP", "Associated Press", M, "USA", ["AP", "The Associated Press"], "Associated Press",
  "caution=match 'AP' case-sensitively only")
A("AFP", "Agence France-Presse", M, "FRA", ["AFP", "Agence France Presse"],
  "Agence France-Presse")
A("BBC", "BBC", M, "GBR", ["BBC News", "British Broadcasting Corporation", "BBC World Service"],
  "BBC")
A("CNN", "CNN", M, "USA", ["Cable News Network"], "CNN")
A("GUARDIAN", "The Guardian", M, "GBR", ["Guardian"], "The Guardian",
  "caution='Guardian' only capitalised")
A("NYT", "The New York Times", M, "USA", ["New York Times", "NYT", "NY Times"],
  "The New York Times")
A("WAPO", "The Washington Post", M, "USA", ["Washington Post", "WaPo"], "The Washington Post")
A("WSJ", "The Wall Street Journal", M, "USA", ["Wall Street Journal", "WSJ"],
  "The Wall Street Journal")
A("BLOOMBERG", "Bloomberg News", M, "USA", ["Bloomberg"], "Bloomberg News")
A("FT", "Financial Times", M, "GBR", [], "Financial Times", "caution='FT' omitted")
A("SKY-NEWS", "Sky News", M, "GBR", [], "Sky News")
A("FOX-NEWS", "Fox News", M, "USA", ["Fox News Channel"], "Fox News")
A("NBC-NEWS", "NBC News", M, "USA", [], "NBC News")
A("CBS-NEWS", "CBS News", M, "USA", [], "CBS News")
A("ABC-NEWS", "ABC News", M, "USA", [], "ABC News (United States)")
A("NPR", "NPR", M, "USA", ["National Public Radio"], "NPR")
A("AXIOS", "Axios", M, "USA", [], "Axios (website)")
A("POLITICO", "Politico", M, "USA", ["POLITICO"], "Politico")
A("VOA", "Voice of America", M, "USA", ["VOA"], "Voice of America", "role=state-funded")
A("AL-JAZEERA", "Al Jazeera", M, "QAT", ["Al-Jazeera", "Aljazeera", "Al Jazeera English"],
  "Al Jazeera")
A("AL-ARABIYA", "Al Arabiya", M, "SAU", ["Al-Arabiya"], "Al Arabiya")
A("ASHARQ-AL-AWSAT", "Asharq Al-Awsat", M, "SAU", ["Asharq al-Awsat"], "Asharq Al-Awsat")
A("AL-MAYADEEN", "Al Mayadeen", M, "LBN", ["Al-Mayadeen"], "Al Mayadeen")
A("AL-MANAR", "Al-Manar", M, "LBN", ["Al Manar"], "Al-Manar", "affiliation=HEZBOLLAH")
A("TASS", "TASS", M, "RUS", ["Tass"], "TASS", "role=state news agency")
A("RIA-NOVOSTI", "RIA Novosti", M, "RUS", ["RIA"], "RIA Novosti", "role=state news agency")
A("INTERFAX", "Interfax", M, "RUS", [], "Interfax")
A("RT", "RT", M, "RUS", ["Russia Today"], "RT (TV network)",
  "role=state broadcaster; caution=match 'RT' case-sensitively only")
A("SPUTNIK", "Sputnik", M, "RUS", ["Sputnik News"], "Sputnik (news agency)",
  "role=state media")
A("SANA", "Syrian Arab News Agency", M, "SYR", ["SANA"], "Syrian Arab News Agency",
  "role=state news agency")
A("IRNA", "Islamic Republic News Agency", M, "IRN", ["IRNA"], "Islamic Republic News Agency",
  "role=state news agency")
A("TASNIM", "Tasnim News Agency", M, "IRN", ["Tasnim"], "Tasnim News Agency",
  "affiliation=IRN-IRGC")
A("FARS", "Fars News Agency", M, "IRN", ["Fars news agency"], "Fars News Agency",
  "affiliation=IRN-IRGC; caution=bare 'Fars' omitted (Iranian province)")
A("PRESS-TV", "Press TV", M, "IRN", ["PressTV"], "Press TV", "role=state broadcaster")
A("XINHUA", "Xinhua News Agency", M, "CHN", ["Xinhua"], "Xinhua News Agency",
  "role=state news agency")
A("GLOBAL-TIMES", "Global Times", M, "CHN", [], "Global Times", "role=state-owned tabloid")
A("CGTN", "CGTN", M, "CHN", ["China Global Television Network"], "CGTN",
  "role=state broadcaster")
A("KCNA", "Korean Central News Agency", M, "PRK", ["KCNA"], "Korean Central News Agency",
  "role=state news agency")
A("YONHAP", "Yonhap News Agency", M, "KOR", ["Yonhap"], "Yonhap News Agency")
A("ANADOLU", "Anadolu Agency", M, "TUR", ["Anadolu"], "Anadolu Agency",
  "role=state-run news agency")
A("UKRINFORM", "Ukrinform", M, "UKR", [], "Ukrinform", "role=state news agency")
A("UKRAINSKA-PRAVDA", "Ukrainska Pravda", M, "UKR", [], "Ukrainska Pravda")
A("KYIV-INDEPENDENT", "The Kyiv Independent", M, "UKR", ["Kyiv Independent"],
  "The Kyiv Independent")
A("TIMES-OF-ISRAEL", "The Times of Israel", M, "ISR", ["Times of Israel"], "The Times of Israel")
A("HAARETZ", "Haaretz", M, "ISR", [], "Haaretz")
A("JERUSALEM-POST", "The Jerusalem Post", M, "ISR", ["Jerusalem Post"], "The Jerusalem Post")
A("DW", "Deutsche Welle", M, "DEU", ["DW"], "Deutsche Welle")
A("FRANCE-24", "France 24", M, "FRA", ["France24"], "France 24")
A("RUDAW", "Rudaw", M, "IRQ", ["Rudaw Media Network"], "Rudaw Media Network")
A("KURDISTAN24", "Kurdistan24", M, "IRQ", ["Kurdistan 24"], "Kurdistan24")
A("ANHA", "Hawar News Agency", M, "SYR", ["ANHA"], "Hawar News Agency")
A("ENAB-BALADI", "Enab Baladi", M, "SYR", [], "Enab Baladi")
A("BELLINGCAT", "Bellingcat", M, "NLD", [], "Bellingcat", "role=open-source investigations")

# --- parties and other organisations --------------------------------------------------------
O = "other"
A("FATAH", "Fatah", O, "PSE", [], "Fatah", "role=political party")
A("PLO", "Palestine Liberation Organization", O, "PSE",
  ["PLO", "Palestine Liberation Organisation"], "Palestine Liberation Organization",
  "role=umbrella organisation")
A("MUSLIM-BROTHERHOOD", "Muslim Brotherhood", O, "", [], "Muslim Brotherhood",
  "role=transnational Islamist movement")
A("CCP", "Chinese Communist Party", O, "CHN", ["CCP", "CPC", "Communist Party of China"],
  "Chinese Communist Party", "role=ruling party")
A("PYD", "Democratic Union Party", O, "SYR", ["PYD"], "Democratic Union Party (Syria)",
  "role=political party")
A("SYR-COALITION", "Syrian National Coalition", O, "SYR",
  ["Syrian Coalition", "Syrian Opposition Coalition", "National Coalition of Syrian Revolutionary "
   "and Opposition Forces", "National Coalition for Syrian Revolutionary and Opposition Forces",
   "National Coalition for Syrian Revolution and Opposition Forces"],
  "Syrian National Coalition", "role=political opposition body in exile")
A("KDP", "Kurdistan Democratic Party", O, "IRQ", ["KDP"], "Kurdistan Democratic Party",
  "role=political party")
A("PUK", "Patriotic Union of Kurdistan", O, "IRQ", ["PUK"], "Patriotic Union of Kurdistan",
  "role=political party")

# --- persons (heads of state/government and a few household names; roles as of 2025) -------
P = "person"
A("P-BASHAR-AL-ASSAD", "Bashar al-Assad", P, "SYR",
  ["Assad", "Bashar Assad", "President Assad", "President Bashar al-Assad"], "Bashar al-Assad",
  "affiliation=SYR-GOV; role=President of Syria 2000-2024, ousted December 2024")
A("P-AHMED-AL-SHARAA", "Ahmed al-Sharaa", P, "SYR",
  ["al-Sharaa", "Sharaa", "Ahmad al-Sharaa", "President al-Sharaa", "President Ahmed al-Sharaa",
   "Abu Mohammed al-Jolani", "Abu Mohammad al-Jolani", "Abu Mohammed al-Julani",
   "Abu Mohammad al-Julani", "Abu Mohammed al-Golani", "al-Jolani", "al-Julani", "Jolani",
   "Julani"], "Ahmed al-Sharaa",
  "affiliation=SYR-GOV; former=HTS; role=HTS leader (nom de guerre Abu Mohammed al-Jolani), "
  "President of Syria since January 2025")
A("P-VLADIMIR-PUTIN", "Vladimir Putin", P, "RUS", ["Putin", "President Putin"], "Vladimir Putin",
  "affiliation=RUS-GOV; role=President of Russia")
A("P-VOLODYMYR-ZELENSKY", "Volodymyr Zelensky", P, "UKR",
  ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy",
   "President Zelensky", "President Zelenskyy"], "Volodymyr Zelenskyy",
  "affiliation=UKR-GOV; role=President of Ukraine")
A("P-BENJAMIN-NETANYAHU", "Benjamin Netanyahu", P, "ISR",
  ["Netanyahu", "Prime Minister Netanyahu", "Bibi Netanyahu"], "Benjamin Netanyahu",
  "affiliation=ISR-GOV; role=Prime Minister of Israel")
A("P-RECEP-TAYYIP-ERDOGAN", "Recep Tayyip Erdoğan", P, "TUR",
  ["Erdoğan", "Tayyip Erdoğan", "President Erdoğan"], "Recep Tayyip Erdoğan",
  "affiliation=TUR-GOV; role=President of Turkey")
A("P-ALI-KHAMENEI", "Ali Khamenei", P, "IRN",
  ["Khamenei", "Ayatollah Ali Khamenei", "Ayatollah Khamenei", "Supreme Leader Ali Khamenei",
   "Supreme Leader Khamenei"], "Ali Khamenei",
  "affiliation=IRN-GOV; role=Supreme Leader of Iran since 1989")
A("P-MASOUD-PEZESHKIAN", "Masoud Pezeshkian", P, "IRN",
  ["Pezeshkian", "President Pezeshkian"], "Masoud Pezeshkian",
  "affiliation=IRN-GOV; role=President of Iran since 2024")
A("P-DONALD-TRUMP", "Donald Trump", P, "USA",
  ["Trump", "President Trump", "Donald J. Trump", "President Donald Trump"], "Donald Trump",
  "affiliation=USA-GOV; role=US President 2017-2021 and since January 2025")
A("P-JOE-BIDEN", "Joe Biden", P, "USA",
  ["Biden", "President Biden", "Joseph R. Biden", "Joseph Biden"], "Joe Biden",
  "affiliation=USA-GOV; role=US President 2021-2025")
A("P-XI-JINPING", "Xi Jinping", P, "CHN", ["Xi", "President Xi", "President Xi Jinping"],
  "Xi Jinping", "affiliation=CHN-GOV; role=President of China, CCP general secretary; "
  "caution=match 'Xi' case-sensitively")
A("P-KIM-JONG-UN", "Kim Jong Un", P, "PRK", ["Kim Jong-un", "Kim Jong-Un"], "Kim Jong Un",
  "affiliation=PRK-GOV; role=Supreme Leader of North Korea; caution=bare 'Kim' omitted")
A("P-EMMANUEL-MACRON", "Emmanuel Macron", P, "FRA", ["Macron", "President Macron"],
  "Emmanuel Macron", "affiliation=FRA-GOV; role=President of France")
A("P-KEIR-STARMER", "Keir Starmer", P, "GBR",
  ["Starmer", "Sir Keir Starmer", "Prime Minister Keir Starmer"], "Keir Starmer",
  "affiliation=GBR-GOV; role=UK Prime Minister since July 2024")
A("P-FRIEDRICH-MERZ", "Friedrich Merz", P, "DEU", ["Merz", "Chancellor Merz"],
  "Friedrich Merz", "affiliation=DEU-GOV; role=Chancellor of Germany since May 2025")
A("P-MOHAMMED-BIN-SALMAN", "Mohammed bin Salman", P, "SAU",
  ["MBS", "Mohammad bin Salman", "Crown Prince Mohammed bin Salman",
   "Prince Mohammed bin Salman"], "Mohammed bin Salman",
  "affiliation=SAU-GOV; role=Crown Prince and Prime Minister of Saudi Arabia")
A("P-ABDEL-FATTAH-EL-SISI", "Abdel Fattah el-Sisi", P, "EGY",
  ["Sisi", "el-Sisi", "al-Sisi", "Abdel Fattah al-Sisi", "Abdel-Fattah el-Sissi", "el-Sissi",
   "President Sisi"], "Abdel Fattah el-Sisi", "affiliation=EGY-GOV; role=President of Egypt")
A("P-ABDEL-FATTAH-AL-BURHAN", "Abdel Fattah al-Burhan", P, "SDN",
  ["al-Burhan", "General Burhan", "Abdel-Fattah Burhan", "Gen. Abdel Fattah al-Burhan"],
  "Abdel Fattah al-Burhan",
  "affiliation=SDN-MIL; role=army chief and head of Sudan's Sovereignty Council; "
  "caution=bare 'Burhan' omitted")
A("P-HEMEDTI", "Mohamed Hamdan Dagalo", P, "SDN",
  ["Hemedti", "Hemeti", "Mohamed Hamdan Daglo", "Mohammed Hamdan Dagalo"],
  "Mohamed Hamdan Dagalo",
  "affiliation=RSF; role=RSF commander; caution=bare 'Dagalo' omitted (brother is RSF deputy)")
A("P-SERGEI-LAVROV", "Sergei Lavrov", P, "RUS", ["Lavrov", "Sergey Lavrov"], "Sergey Lavrov",
  "affiliation=RUS-GOV; role=Foreign Minister of Russia since 2004")
A("P-ANTONIO-GUTERRES", "António Guterres", P, "PRT", ["Guterres"], "António Guterres",
  "affiliation=UN; role=UN Secretary-General since 2017")
A("P-MARK-RUTTE", "Mark Rutte", P, "NLD", ["Rutte"], "Mark Rutte",
  "affiliation=NATO; role=NATO Secretary General since October 2024")
A("P-URSULA-VON-DER-LEYEN", "Ursula von der Leyen", P, "DEU", ["von der Leyen", "Von der Leyen"],
  "Ursula von der Leyen", "affiliation=EU-COMMISSION; role=President of the European Commission")
A("P-HASSAN-NASRALLAH", "Hassan Nasrallah", P, "LBN",
  ["Nasrallah", "Sayyed Hassan Nasrallah"], "Hassan Nasrallah",
  "affiliation=HEZBOLLAH; role=Secretary-General 1992-2024, killed September 2024")
A("P-NAIM-QASSEM", "Naim Qassem", P, "LBN", ["Sheikh Naim Qassem", "Naim Kassem"],
  "Naim Qassem", "affiliation=HEZBOLLAH; role=Secretary-General since October 2024; "
  "caution=bare 'Qassem' omitted")
A("P-YAHYA-SINWAR", "Yahya Sinwar", P, "PSE", [], "Yahya Sinwar",
  "affiliation=HAMAS; role=Hamas leader, killed October 2024; caution=bare 'Sinwar' omitted")
A("P-ISMAIL-HANIYEH", "Ismail Haniyeh", P, "PSE", ["Haniyeh"], "Ismail Haniyeh",
  "affiliation=HAMAS; role=political bureau chief, killed July 2024")
A("P-ABDUL-MALIK-AL-HOUTHI", "Abdul-Malik al-Houthi", P, "YEM",
  ["Abdulmalik al-Houthi", "Abdul Malik al-Houthi", "Abdel-Malek al-Houthi"],
  "Abdul-Malik al-Houthi", "affiliation=HOUTHIS; role=leader")
A("P-MAZLOUM-ABDI", "Mazloum Abdi", P, "SYR", ["Mazloum Kobani", "General Mazloum Abdi"],
  "Mazloum Abdi", "affiliation=SDF; role=SDF commander")
A("P-ALEXANDER-LUKASHENKO", "Alexander Lukashenko", P, "BLR",
  ["Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka"], "Alexander Lukashenko",
  "affiliation=BLR-GOV; role=President of Belarus")
A("P-MAHMOUD-ABBAS", "Mahmoud Abbas", P, "PSE", ["Abu Mazen", "President Mahmoud Abbas"],
  "Mahmoud Abbas", "affiliation=PSE-GOV; role=President of the Palestinian Authority; "
  "caution=bare 'Abbas' omitted")
A("P-HIBATULLAH-AKHUNDZADA", "Hibatullah Akhundzada", P, "AFG",
  ["Haibatullah Akhundzada", "Akhundzada"], "Hibatullah Akhundzada",
  "affiliation=TALIBAN; role=Taliban supreme leader")
A("P-KHALIFA-HAFTAR", "Khalifa Haftar", P, "LBY", ["Haftar", "Hifter", "Khalifa Hifter"],
  "Khalifa Haftar", "affiliation=LNA; role=LNA commander")
A("P-NARENDRA-MODI", "Narendra Modi", P, "IND", ["Modi", "Prime Minister Modi", "PM Modi"],
  "Narendra Modi", "affiliation=IND-GOV; role=Prime Minister of India")
A("P-RAMZAN-KADYROV", "Ramzan Kadyrov", P, "RUS", ["Kadyrov"], "Ramzan Kadyrov",
  "affiliation=RUS-GOV; role=Head of the Chechen Republic")
A("P-MOHAMMED-SHIA-AL-SUDANI", "Mohammed Shia al-Sudani", P, "IRQ",
  ["Mohammed Shia' al-Sudani", "Mohammed al-Sudani"], "Mohammed Shia al-Sudani",
  "affiliation=IRQ-GOV; role=Prime Minister of Iraq since 2022")

# Aliases that are deliberately NOT in the dictionary (documented; the check asserts absence).
OMITTED_ALIASES = {
    "SNA": "Syrian National Army vs Somali National Army",
    "ADF": "Allied Democratic Forces vs Australian Defence Force",
    "KIA": "Kachin Independence Army vs killed in action",
    "PDF": "People's Defence Force vs file format",
    "AA": "Arakan Army vs Anadolu Agency and others",
    "NRC": "Norwegian Refugee Council vs US Nuclear Regulatory Commission",
    "PA": "Palestinian Authority vs Pennsylvania / Press Association",
    "LeT": "Lashkar-e-Taiba: folds to 'let'",
    "MoD": "bare form folds to 'mod'; 'UK MoD' / 'British MoD' are kept",
    "AQ": "al-Qaeda: too short and rare",
    "the bloc": "EU: too generic",
    "Korea": "ambiguous between PRK and KOR",
    "Virgin Islands": "ambiguous between VGB and VIR",
    "Kim": "Kim Jong Un: too generic",
    "Abbas": "Mahmoud Abbas: common name (e.g. Abbas Araghchi)",
    "Sinwar": "Yahya vs Mohammed Sinwar",
    "Qassem": "Naim Qassem vs Qassem Soleimani",
    "Burhan": "common given name",
    "West Bank": "a place, not an actor",
    "Gaza": "a place, not an actor",
    "Kurdish": "an ethnicity, not a state",
}


# ---------------------------------------------------------------------------------------------
# CURATED: demonyms
# ---------------------------------------------------------------------------------------------

# Full replacement lists (literal forms; no automatic plural) where countryinfo is wrong,
# empty, or borrows another country's demonym (French for Réunion, American for the N. Marianas).
DEMONYM_OVERRIDE = {
    "ALA": [], "ATA": [], "ATF": [], "BES": [], "BLM": [], "BVT": [], "GGY": [], "HMD": [],
    "IOT": [], "JEY": [], "MAF": [], "MNP": [], "REU": [], "SGS": [], "SJM": [], "SPM": [],
    "SXM": [], "TCA": [], "UMI": [], "VGB": [], "VIR": [],
    "ARG": ["Argentine", "Argentines", "Argentinian", "Argentinians", "Argentinean",
            "Argentineans"],
    "BWA": ["Motswana", "Batswana"],
    "COM": ["Comorian", "Comorians", "Comoran", "Comorans"],
    "CPV": ["Cape Verdean", "Cape Verdeans"],
    "CUW": ["Curaçaoan", "Curaçaoans"],
    "CXR": ["Christmas Islander", "Christmas Islanders"],
    "DJI": ["Djiboutian", "Djiboutians"],
    "DMA": [],  # "Dominican(s)" stays with DOM (Dominican Republic), see DEMONYM_OWNER
    "ECU": ["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"],
    "GIB": ["Gibraltarian", "Gibraltarians"],
    "GNB": ["Bissau-Guinean", "Bissau-Guineans"],
    "GUF": ["French Guianese"],
    "HKG": ["Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"],
    "KIR": ["I-Kiribati"],
    "KNA": ["Kittitian", "Kittitians", "Nevisian", "Nevisians"],
    "LSO": ["Mosotho", "Basotho"],
    "MAC": ["Macanese"],
    "MDV": ["Maldivian", "Maldivians"],
    "MTQ": ["Martinican", "Martinicans"],
    "MYT": ["Mahoran", "Mahorans"],
    "TJK": ["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"],
    "VAT": ["Vatican"],
    "VUT": ["Ni-Vanuatu"],
    "WLF": ["Wallisian", "Wallisians", "Futunan", "Futunans"],
}
# Additional literal forms (variants, nationality nouns, irregular plurals).
DEMONYM_EXTRA = {
    "AZE": ["Azeri", "Azeris"],
    "BLR": ["Belarussian", "Belarussians", "Belorussian", "Belorussians", "Byelorussian",
            "Byelorussians"],
    "BFA": ["Burkinabè"],
    "CZE": ["Czechs"],
    "DNK": ["Dane", "Danes"],
    "ESH": ["Sahrawis"],
    "FIN": ["Finn", "Finns"],
    "GBR": ["Briton", "Britons", "Brit", "Brits"],
    "GRL": ["Greenlander", "Greenlanders"],
    "HRV": ["Croat", "Croats"],
    "ISL": ["Icelandic"],
    "KAZ": ["Kazakh", "Kazakhs"],
    "LAO": ["Lao"],
    "LUX": ["Luxembourgish"],
    "MKD": ["North Macedonian", "North Macedonians"],
    "NPL": ["Nepali", "Nepalis"],
    "PHL": ["Filipina", "Filipinas", "Philippine"],
    "PSE": ["Palestinian", "Palestinians"],
    "SAU": ["Saudi", "Saudis"],
    "SLV": ["Salvadorean", "Salvadoreans"],
    "SRB": ["Serb", "Serbs"],
    "SUR": ["Surinamese"],
    "SVN": ["Slovenian", "Slovenians"],
    "SWE": ["Swede", "Swedes"],
    "TLS": ["Timorese"],
    "TTO": ["Tobagonian", "Tobagonians"],
    "TUR": ["Turk", "Turks"],
    "UZB": ["Uzbek", "Uzbeks"],
    "ESP": ["Spaniard", "Spaniards"],
    "XKX": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
}
# Demonyms countryinfo gives to more than one country: who keeps them.
DEMONYM_OWNER = {
    "Congolese": "COD",   # DRC in conflict news; COG has none left
    "Dominican": "DOM",   # Dominican Republic; Dominica has none left
    "Dominicans": "DOM",
}
# Demonyms that are dropped outright (ambiguous across countries).
DEMONYM_DROP = {"Korean", "Koreans", "Channel Islander", "Channel Islanders"}
# Never add forms whose case-folded spelling is an ordinary English word: sitrep looks demonyms
# up case-folded, so "US" would catch the pronoun "us" and "Poles" telegraph poles. (The
# abbreviations US, U.S., UK, U.K. are state aliases in actors.tsv, matched case-sensitively.)
DEMONYM_FORBIDDEN = {"US", "U.S.", "UK", "U.K.", "Pole", "Poles"}

# Auto plural (countryinfo forms only): +s, except for these endings.
NO_PLURAL_ENDINGS = ("ese", "ish", "sh", "ch", "ss", "ic", "x", "y", "s")


# ---------------------------------------------------------------------------------------------
# CURATED: capitals and seats of government
# ---------------------------------------------------------------------------------------------

# Full replacement lists where countryinfo's capital needs fixing, variants or extra seats.
CAPITAL_OVERRIDE = {
    "ATG": ["Saint John's"],
    "BEN": ["Porto-Novo", "Cotonou"],  # Cotonou: seat of government
    "BES": ["Kralendijk"],
    "BMU": [],  # Hamilton: common surname
    "BOL": ["Sucre", "La Paz"],  # La Paz: seat of government
    "BRA": ["Brasília", "Brasilia"],
    "CCK": [],  # West Island: generic
    "CIV": ["Yamoussoukro", "Abidjan"],  # Abidjan: seat of government in practice
    "CRI": ["San José"],  # no accent-free form: San Jose (California)
    "ESH": ["Laayoune", "El Aaiún", "El Aaiun"],
    "FLK": [],  # Stanley: common name
    "HKG": [],  # not a national capital
    "IMN": [],  # Douglas: common name
    "IND": ["New Delhi", "Delhi"],
    "IOT": [],  # Diego Garcia: a base, not a capital
    "IRN": ["Tehran", "Teheran"],
    "KAZ": ["Astana", "Nur-Sultan"],  # renamed back to Astana in 2022
    "LKA": ["Colombo", "Sri Jayawardenepura Kotte"],
    "MAC": [],
    "MDA": ["Chișinău", "Chişinău", "Chisinau"],
    "MDV": ["Malé"],  # no accent-free form: "Male"
    "MMR": ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"],
    "MNG": ["Ulaanbaatar", "Ulan Bator"],
    "MSR": [],  # Plymouth (ruined; also an English city)
    "MYS": ["Kuala Lumpur", "Putrajaya"],
    "NFK": [],  # Kingston: kept for JAM
    "NLD": ["Amsterdam", "The Hague"],  # The Hague: seat of government
    "PSE": ["Ramallah"],  # seat of the Palestinian Authority; Jerusalem is kept for ISR
    "PYF": ["Papeete"],
    "REU": [],  # Saint-Denis: also a Paris suburb
    "SDN": ["Khartoum", "Port Sudan"],  # Port Sudan: wartime seat of government since 2023
    "SHN": [],  # Jamestown: ambiguous
    "SMR": ["San Marino"],
    "SPM": [],  # Saint-Pierre: ambiguous
    "SWZ": ["Mbabane", "Lobamba"],
    "SYC": [],  # Victoria: ambiguous
    "TCD": ["N'Djamena", "Ndjamena"],
    "TTO": ["Port of Spain", "Port-of-Spain"],
    "UKR": ["Kyiv", "Kiev"],
    "USA": ["Washington", "Washington, D.C.", "Washington D.C.", "Washington DC"],
    "VAT": ["Vatican City"],
    "YEM": ["Sanaa", "Sana'a", "Aden"],  # Aden: seat of the recognised government
    "AIA": [],  # The Valley: generic phrase
}
CAPITAL_EXTRA_STATES = {"XKX": ["Pristina", "Prishtina", "Priština"]}


# ---------------------------------------------------------------------------------------------
# CURATED: actor nouns  (noun | kind | agent_code | note)
# ---------------------------------------------------------------------------------------------
# noun: lowercase lemma of the head as spaCy's English lemmatiser gives it ("troops" -> troop,
# "forces" -> force); modifiers of multiword entries as written ("security force").
# note tags: inherit = with an affiliation (possessor, compound or of-phrase: "HTS commander",
# "a Hamas spokesman") take the affiliation's kind, else use this kind; plural_only = an actor
# only in the plural ("forces", "authorities"); weapon = a platform used metonymically for the
# force that operates it ("Israeli jets struck"); caution = known ambiguity.
ACTOR_NOUNS = """
soldier | military | MIL |
troop | military | MIL | plural_only
force | military | MIL | plural_only; inherit; caution=singular 'force' is not an actor
armed force | military | MIL | plural_only
security force | military | MIL | plural_only; inherit; caution=can be police
special force | military | MIL | plural_only
military | military | MIL | inherit
army | military | MIL |
navy | military | MIL |
air force | military | MIL |
airforce | military | MIL |
marine | military | MIL |
sailor | military | MIL |
paratrooper | military | MIL |
commando | military | MIL |
infantry | military | MIL |
sniper | military | MIL | inherit
artillery | military | MIL | weapon
tank | military | MIL | weapon
jet | military | MIL | weapon; caution=also civilian jets
fighter jet | military | MIL | weapon
warplane | military | MIL | weapon
aircraft | military | MIL | weapon; caution=also civilian aircraft
gunship | military | MIL | weapon
bomber | military | MIL | weapon; caution=see suicide bomber
helicopter | military | MIL | weapon; caution=also civilian helicopters
drone | military | MIL | weapon; inherit
warship | military | MIL | weapon
fleet | military | MIL | inherit; caution=also a company's fleet of vehicles
air defence | military | MIL | weapon
air defense | military | MIL | weapon
general | military | MIL | caution=also an adjective
commander | military | MIL | inherit
colonel | military | MIL |
lieutenant | military | MIL |
admiral | military | MIL |
officer | military | MIL | inherit; caution=police officer is separate
chief of staff | military | MIL | inherit; caution=also civilian chiefs of staff
army chief | military | MIL |
defence minister | military | MIL | caution=CAMEO codes the minister as government; sitrep groups defence ministries with the military
defense minister | military | MIL | caution=see defence minister
defence ministry | military | MIL |
defense ministry | military | MIL |
battalion | military | MIL | inherit
brigade | military | MIL | inherit
garrison | military | MIL |
personnel | military | MIL | inherit
conscript | military | MIL |
recruit | military | MIL | inherit
peacekeeper | military | MIL | inherit; caution=usually under a UN/AU mandate
national guard | military | MIL |
coast guard | military | MIL |
coalition | military | MIL | inherit; caution=also governing coalitions (PTY)
pilot | military | MIL | inherit; caution=also civilian pilots
junta | government | GOV | caution=military government
government | government | GOV | inherit
administration | government | GOV | inherit
regime | government | GOV | caution=evaluative term
authority | government | GOV | plural_only; inherit
ministry | government | GOV | inherit
department | government | GOV | inherit; caution=also a university's or a shop's department
bureau | government | GOV | inherit; caution=also a party's political bureau
minister | government | GOV | inherit
cabinet | government | GOV |
president | government | GOV | inherit
prime minister | government | GOV |
premier | government | GOV |
chancellor | government | GOV |
head of state | government | GOV |
king | government | GOV |
monarch | government | GOV |
crown prince | government | GOV |
emir | government | GOV |
supreme leader | government | GOV | inherit
leader | government | GOV | inherit
foreign minister | government | GOV |
foreign ministry | government | GOV |
foreign office | government | GOV |
foreign secretary | government | GOV |
secretary of state | government | GOV |
foreign affairs chief | government | GOV | inherit
foreign policy chief | government | GOV | inherit
top diplomat | government | GOV | inherit
interior minister | government | GOV |
interior ministry | government | GOV |
health ministry | government | GOV | inherit
health official | government | GOV | inherit
official | government | GOV | inherit
spokesman | government | GOV | inherit
spokeswoman | government | GOV | inherit
spokesperson | government | GOV | inherit
representative | government | GOV | inherit; caution=only an actor with an affiliation; unaffiliated 'representatives' are other
delegation | government | GOV | inherit
delegate | government | GOV | inherit
negotiator | government | GOV | inherit
mediator | government | GOV | inherit
adviser | government | GOV | inherit
aide | government | GOV | inherit
diplomat | government | GOV |
ambassador | government | GOV |
envoy | government | GOV | inherit
special envoy | government | GOV | inherit
embassy | government | GOV |
governor | government | GOV |
mayor | government | GOV |
police | government | COP |
policeman | government | COP |
policewoman | government | COP |
police officer | government | COP |
riot police | government | COP |
gendarme | government | COP |
gendarmerie | government | COP |
border guard | government | COP |
security service | government | SPY | inherit
intelligence | government | SPY | inherit
intelligence agency | government | SPY | inherit
intelligence service | government | SPY | inherit
intelligence official | government | SPY |
spy | government | SPY |
agent | government | SPY | caution=also chemical/nerve agent
operative | government | SPY | inherit
secret police | government | SPY |
court | government | JUD |
judge | government | JUD |
judiciary | government | JUD |
prosecutor | government | JUD |
attorney general | government | JUD |
tribunal | government | JUD | inherit
lawmaker | government | LEG |
legislator | government | LEG |
parliament | government | LEG |
parliamentarian | government | LEG |
mp | government | LEG | caution=from 'MP'
member of parliament | government | LEG |
senator | government | LEG |
congressman | government | LEG |
congresswoman | government | LEG |
senate | government | LEG |
congress | government | LEG |
national assembly | government | LEG |
rebel | armed_group | REB |
rebel group | armed_group | REB |
fighter | armed_group | REB | inherit; caution=see fighter jet
combatant | armed_group | REB | inherit
militant | armed_group | REB |
militant group | armed_group | REB |
armed group | armed_group | REB |
faction | armed_group | REB | inherit; caution=also political factions
opposition fighter | armed_group | REB |
guerrilla | armed_group | REB |
insurgent | armed_group | INS |
jihadist | armed_group | INS |
jihadi | armed_group | INS |
mujahideen | armed_group | INS |
extremist | armed_group | INS |
terrorist | armed_group | INS | caution=loaded label
terrorist group | armed_group | INS |
terror group | armed_group | INS |
suicide bomber | armed_group | INS |
cell | armed_group | INS | inherit; caution=also prison cells, phone cells
sleeper cell | armed_group | INS |
separatist | armed_group | SEP |
militia | armed_group | UAF |
militiaman | armed_group | UAF |
paramilitary | armed_group | UAF | inherit
mercenary | armed_group | UAF |
gunman | armed_group | UAF |
warlord | armed_group | UAF |
assailant | armed_group | UAF | caution=unidentified perpetrator
attacker | armed_group | UAF | caution=unidentified perpetrator
pirate | armed_group | CRM |
gang | armed_group | CRM |
cartel | armed_group | CRM |
criminal | other | CRM |
smuggler | other | CRM |
trafficker | other | CRM |
drug lord | other | CRM |
party | other | PTY | inherit
political party | other | PTY |
ruling party | other | PTY |
politician | other | PTY |
opposition | other | OPP |
opposition leader | other | OPP |
dissident | other | OPP |
activist | other | OPP |
civilian | other | CVL |
resident | other | CVL |
villager | other | CVL |
local | other | CVL | plural_only
citizen | other | CVL |
protester | other | CVL |
protestor | other | CVL |
demonstrator | other | CVL |
witness | other | CVL |
eyewitness | other | CVL |
survivor | other | CVL |
victim | other | CVL |
hostage | other | CVL |
detainee | other | CVL |
prisoner | other | CVL | caution=may be a prisoner of war (MIL)
settler | other | CVL |
family | other | CVL | inherit
man | other | CVL | caution=generic person
woman | other | CVL | caution=generic person
child | other | CVL |
tribesman | other | CVL |
journalist | media | MED |
reporter | media | MED |
correspondent | media | MED |
photographer | media | MED |
photojournalist | media | MED |
editor | media | MED |
newspaper | media | MED |
broadcaster | media | MED |
news agency | media | MED |
state media | media | MED | inherit
state television | media | MED | inherit
state tv | media | MED | inherit
media | media | MED | caution=spaCy may lemmatise 'media' as 'medium'
media outlet | media | MED |
channel | media | MED | caution=also waterways and diplomatic channels
charity | ngo | NGO |
aid group | ngo | NGO |
aid agency | ngo | NGO | inherit; caution=also UN agencies (IGO)
aid worker | ngo | NGO |
aid organisation | ngo | NGO |
aid organization | ngo | NGO |
relief group | ngo | NGO |
relief agency | ngo | NGO | inherit
humanitarian | ngo | NGO |
humanitarian group | ngo | NGO |
rights group | ngo | NGO |
human rights group | ngo | NGO |
watchdog | ngo | NGO | inherit; caution='nuclear watchdog' is the IAEA (IGO)
monitor | ngo | NGO | inherit
war monitor | ngo | NGO |
ngo | ngo | NGO |
volunteer | ngo | NGO | inherit; caution=also volunteer fighters
rescuer | ngo | NGO | inherit
rescue worker | ngo | NGO |
think tank | ngo | NGO |
international community | igo | IGO |
inspector | igo | IGO | inherit
observer | igo | IGO | inherit
observer mission | igo | IGO |
alliance | igo | IGO | inherit; caution=also party alliances
bloc | igo | IGO | inherit
agency | igo | IGO | inherit; caution=UN/news/intelligence agency: needs affiliation
doctor | other | HLH |
physician | other | HLH |
nurse | other | HLH |
medic | other | HLH |
paramedic | other | HLH |
health worker | other | HLH |
medical staff | other | HLH |
hospital | other | HLH | caution=institution speaking ('the hospital said')
teacher | other | EDU |
professor | other | EDU |
academic | other | EDU |
researcher | other | EDU |
student | other | EDU | caution=CAMEO codes students EDU; protesting students are often coded CVL
analyst | other | EDU | caution=expert commentator; CAMEO has no expert code
expert | other | EDU | caution=see analyst
cleric | other | REL |
imam | other | REL |
mullah | other | REL |
ayatollah | other | REL |
mufti | other | REL |
sheikh | other | REL | caution=also a tribal or royal title (ELI)
priest | other | REL |
bishop | other | REL |
pope | other | REL |
rabbi | other | REL |
clergy | other | REL |
religious leader | other | REL |
church | other | REL |
union | other | LAB | caution=see trade union; also political unions
trade union | other | LAB |
labour union | other | LAB |
labor union | other | LAB |
worker | other | LAB |
employee | other | LAB |
miner | other | LAB |
striker | other | LAB | caution=also a football striker
hacker | other | CRM | caution=state-backed hackers are SPY
rioter | other | CVL |
elder | other | ELI |
tribal elder | other | ELI |
tribal leader | other | ELI |
notable | other | ELI |
dignitary | other | ELI |
prince | other | ELI | caution=Gulf princes often hold government posts
company | other | BUS | caution=also a military company
firm | other | BUS |
corporation | other | BUS |
contractor | other | BUS |
businessman | other | BUS |
executive | other | BUS |
investor | other | BUS |
bank | other | BUS |
arms dealer | other | BUS |
refugee | other | REF |
displaced person | other | REF |
internally displaced person | other | REF |
idp | other | REF | caution=from 'IDP'
asylum seeker | other | REF |
migrant | other | REF |
evacuee | other | REF |
"""


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------

def fold(s: str) -> str:
    """Accent-free form: Türkiye -> Turkiye, Côte d'Ivoire -> Cote d'Ivoire."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "de", "al", "a"}


def title_variant(s: str) -> str:
    out = []
    for w in s.split(" "):
        if w and w[0].islower() and w not in SMALL_WORDS:
            w = w[0].upper() + w[1:]
        out.append(w)
    return " ".join(out)


def expand_alias(alias: str) -> list[str]:
    """An alias plus its automatic variants: accent-free, 'Al-'/'El-' at sentence start,
    'St'/'St.' for 'Saint'."""
    forms = [alias]
    for f in list(forms):
        for low, up in (("al-", "Al-"), ("al ", "Al "), ("el-", "El-")):
            if f.startswith(low):
                forms.append(up + f[len(low):])
    for f in list(forms):
        if f.startswith("Saint ") and not f.startswith("Saint-"):
            forms += ["St. " + f[6:], "St " + f[6:]]
    forms += [fold(f) for f in list(forms)]
    return forms


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def cell(s: str) -> str:
    if any(c in s for c in "\t\n\r"):
        raise ValueError(f"tab/newline in cell: {s!r}")
    return s


def header(purpose: str, sources: list[str], licence: str, made: str, columns: str,
           extra: list[str] = ()) -> list[str]:
    lines = [f"# {purpose}", f"# version: {VERSION}"]
    lines += [f"# source: {s}" for s in sources]
    lines += [f"# licence: {licence}", f"# made: {made}", f"# columns: {columns}"]
    lines += [f"# {e}" for e in extra]
    return lines


def write_tsv(path: Path, head: list[str], columns: list[str], rows: list[list[str]]) -> str:
    out = head + ["\t".join(columns)]
    for r in rows:
        assert len(r) == len(columns), r
        out.append("\t".join(cell(c) for c in r))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------------

def load_sources():
    import pycountry
    from countryinfo import CountryInfo

    versions = {p: metadata.version(p) for p in PINNED}
    for p, v in versions.items():
        if v != PINNED[p]:
            print(f"warning: {p} {v} installed, files were made with {PINNED[p]}; "
                  f"output may differ", file=sys.stderr)
    countries = sorted(pycountry.countries, key=lambda c: c.alpha_3)
    info = {c.alpha_3: CountryInfo(c.alpha_3).info() for c in countries}
    return versions, countries, info


FOREIGN_WORDS = {"de", "des", "du", "la", "le", "el", "del", "di", "da", "République",
                 "República", "Republika"}


def english_alt(a: str) -> bool:
    if "," in a or "(" in a:
        return False
    if not re.fullmatch(r"[A-Za-z .'\-ÇçÉéÔôÜüÅå]+", a):
        return False
    words = set(a.replace("-", " ").split())
    if len(words) < 2 or words & FOREIGN_WORDS:
        return False
    return bool(words & ENGLISH_NAME_WORDS)


def state_rows(countries, info):
    rows = []
    seen_status = {"un_member": 0}
    for c in countries:
        a3 = c.alpha_3
        ci = info[a3]
        common = getattr(c, "common_name", None)
        name = STATE_NAME.get(a3) or common or c.name
        if a3 not in STATE_NAME and ("," in name or "(" in name):
            raise SystemExit(f"{a3}: no clean short name ({name!r}); add it to STATE_NAME")
        cands = [c.name, getattr(c, "official_name", None), common, ci.get("name")]
        cands += [a for a in ci.get("altSpellings", []) if english_alt(a)]
        cands = [re.sub(r"^the ", "", x) for x in cands if x]
        cands = [x for x in cands if "," not in x and "(" not in x]
        cands = [x for x in cands if x not in (c.alpha_2, a3)]
        cands += STATE_ALIASES.get(a3, [])
        drop = STATE_ALIAS_DROP.get(a3, set())
        aliases = [x for x in uniq(cands) if x not in drop and x != name]
        if a3 in TERRITORY_SOVEREIGN:
            kind_status = "associated_state" if a3 in ASSOCIATED_STATES else "territory"
            note = f"status={kind_status}; sovereign={TERRITORY_SOVEREIGN[a3]}"
        elif a3 in NON_MEMBER_STATUS:
            note = NON_MEMBER_STATUS[a3]
        else:
            note = "status=un_member"
            seen_status["un_member"] += 1
        if a3 in STATE_CAUTION:
            note += "; " + STATE_CAUTION[a3]
        rows.append(dict(id=a3, name=name, kind="state", country=a3, aliases=aliases, note=note))
    if seen_status["un_member"] != 193:
        raise SystemExit(f"expected 193 UN members, got {seen_status['un_member']}: "
                         "check TERRITORY_SOVEREIGN / NON_MEMBER_STATUS")
    for a3, name, aliases, note in EXTRA_STATES:
        rows.append(dict(id=a3, name=name, kind="state", country=a3,
                         aliases=uniq(f for a in aliases for f in expand_alias(a)), note=note))
    return rows


def institution_rows():
    rows = []
    for a3, (adjs, poss, gov_wiki, mil_wiki) in sorted(STATE_INSTITUTIONS.items()):
        def fill(templates):
            out = []
            for t in templates:
                if any(k in t for k in TEMPLATE_SKIP.get(a3, ())):
                    continue
                titled = t.endswith("^")
                t = t.rstrip("^")
                subs = ([("{a}", a) for a in adjs] if "{a}" in t else
                        [("{p}", p) for p in poss])
                for key, val in subs:
                    s = t.replace(key, val)
                    out.append(s)
                    if titled:
                        out.append(title_variant(s))
            return out

        gov_name = f"{adjs[0]} government" if adjs else GOV_EXTRA[a3][0]
        gov_aliases = fill(GOV_TEMPLATES) + GOV_EXTRA.get(a3, [])
        note = "; ".join(x for x in (GOV_NOTE.get(a3, ""), f"wiki={gov_wiki}") if x)
        rows.append(dict(id=f"{a3}-GOV", name=gov_name, kind="government", country=a3,
                         aliases=gov_aliases, note=note))
        if mil_wiki:
            mil_aliases = fill(MIL_TEMPLATES) + MIL_EXTRA.get(a3, [])
            note = "; ".join(x for x in (MIL_NOTE.get(a3, ""), f"wiki={mil_wiki}") if x)
            rows.append(dict(id=f"{a3}-MIL", name=f"{adjs[0]} military", kind="military",
                             country=a3, aliases=mil_aliases, note=note))
    return rows


def finish_aliases(row):
    forms = []
    for a in row["aliases"]:
        forms += expand_alias(a)
    forms = expand_alias(row["name"])[1:] + forms
    row["aliases"] = [a for a in uniq(forms) if a != row["name"]]
    return row


def build_actors(countries, info):
    rows = state_rows(countries, info) + institution_rows() + [dict(r) for r in CURATED]
    rows = [finish_aliases(r) for r in rows]
    order = {k: i for i, k in enumerate(ACTOR_KINDS)}
    rows.sort(key=lambda r: (order[r["kind"]], r["id"]))
    return rows


def plural(d: str) -> str | None:
    if " and " in d or d.endswith(NO_PLURAL_ENDINGS):
        return None
    return d + "s"


def build_demonyms(countries, info):
    pairs = []
    for c in countries:
        a3 = c.alpha_3
        if a3 in DEMONYM_OVERRIDE:
            forms = list(DEMONYM_OVERRIDE[a3])
        else:
            raw = (info[a3].get("demonym") or "").strip()
            base = [x.strip() for x in raw.split(",") if x.strip()]
            forms = []
            for b in base:
                forms.append(b)
                p = plural(b)
                if p:
                    forms.append(p)
        forms += DEMONYM_EXTRA.get(a3, [])
        pairs += [(f, a3) for f in forms]
    for a3, forms in DEMONYM_EXTRA.items():
        if a3 in EXTRA_CODES:
            pairs += [(f, a3) for f in forms]
    by_form = defaultdict(set)
    for f, a3 in pairs:
        by_form[f].add(a3)
    out = set()
    for f, owners in by_form.items():
        if f in DEMONYM_FORBIDDEN:
            raise SystemExit(f"demonym {f!r} is forbidden (folds to a common word)")
        if f in DEMONYM_DROP:
            continue
        if len(owners) > 1:
            if f not in DEMONYM_OWNER:
                raise SystemExit(f"demonym {f!r} claimed by {sorted(owners)}: "
                                 "resolve in DEMONYM_OWNER or DEMONYM_DROP")
            owners = {DEMONYM_OWNER[f]}
        out.add((f, next(iter(owners))))
        ff = fold(f)
        if ff != f:
            out.add((ff, next(iter(owners))))
    return sorted(out, key=lambda p: (p[1], p[0].casefold(), p[0]))


def build_capitals(countries, info):
    out = set()
    for c in countries:
        a3 = c.alpha_3
        if a3 in CAPITAL_OVERRIDE:
            forms = list(CAPITAL_OVERRIDE[a3])
        else:
            cap = (info[a3].get("capital") or "").strip()
            forms = [cap] if cap else []
            forms += [fold(f) for f in forms]
        out |= {(f, a3) for f in forms if f}
    for a3, forms in CAPITAL_EXTRA_STATES.items():
        out |= {(f, a3) for f in forms}
    by_cap = defaultdict(set)
    for f, a3 in out:
        by_cap[f].add(a3)
    clash = {f: sorted(v) for f, v in by_cap.items() if len(v) > 1}
    if clash:
        raise SystemExit(f"capital names claimed by several countries: {clash}")
    return sorted(out, key=lambda p: (p[1], p[0].casefold(), p[0]))


def build_nouns():
    rows = []
    for line in ACTOR_NOUNS.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 4:
            raise SystemExit(f"bad ACTOR_NOUNS line: {line!r}")
        rows.append(parts)
    order = {k: i for i, k in enumerate(ACTOR_KINDS)}
    rows.sort(key=lambda r: (order[r[1]], r[2], r[0]))
    return rows


# ---------------------------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------------------------

def validate(actors, demonyms, capitals, nouns, iso3: set[str]) -> list[str]:
    errors = []
    codes = iso3 | EXTRA_CODES
    try:
        sys.path.insert(0, str(ROOT / "src"))
        from sitrep.records import ACTOR_KINDS as REAL_KINDS  # type: ignore
        if tuple(REAL_KINDS) != ACTOR_KINDS:
            errors.append(f"ACTOR_KINDS differ from sitrep.records: {REAL_KINDS}")
    except Exception:  # sitrep or pydantic not importable here: use the mirror
        pass
    ids = [r["id"] for r in actors]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        errors.append(f"duplicate ids: {dup}")
    by_alias = defaultdict(set)
    for r in actors:
        if not r["name"].strip():
            errors.append(f"{r['id']}: empty name")
        if not re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)*", r["id"]):
            errors.append(f"{r['id']}: id must be upper-case letters/digits joined by '-'")
        if r["kind"] != "state" and r["id"] in codes:
            errors.append(f"{r['id']}: non-state id equals a country code")
        if r["kind"] not in ACTOR_KINDS:
            errors.append(f"{r['id']}: bad kind {r['kind']}")
        if r["country"] and r["country"] not in codes:
            errors.append(f"{r['id']}: bad country {r['country']}")
        if r["kind"] == "igo" and r["country"]:
            errors.append(f"{r['id']}: IGO with a country")
        for m in re.findall(r"(?:affiliation|parent|former|sovereign|claimed|lead)=([A-Z0-9-]+)",
                            r["note"]):
            if m not in ids and m not in codes:
                errors.append(f"{r['id']}: note refers to unknown id {m}")
        for a in [r["name"]] + r["aliases"]:
            if "|" in a:
                errors.append(f"{r['id']}: '|' inside alias {a!r}")
            if a != a.strip() or "  " in a:
                errors.append(f"{r['id']}: whitespace in alias {a!r}")
            if a.islower():
                errors.append(f"{r['id']}: all-lowercase alias {a!r} (common-word risk)")
            by_alias[a].add(r["id"])
        if "|" in r["note"]:
            errors.append(f"{r['id']}: '|' in note")
    collisions = {a: sorted(v) for a, v in by_alias.items() if len(v) > 1}
    for a, v in sorted(collisions.items()):
        errors.append(f"alias {a!r} maps to several actors: {v}")
    for a in OMITTED_ALIASES:
        if a in by_alias:
            errors.append(f"omitted alias {a!r} is present: {sorted(by_alias[a])}")
    persons = [r for r in actors if r["kind"] == "person"]
    if len(persons) > 40:
        errors.append(f"{len(persons)} persons (max 40)")
    for r in persons:
        if "affiliation=" not in r["note"]:
            errors.append(f"{r['id']}: person without affiliation")
    for d, c in demonyms:
        if c not in codes:
            errors.append(f"demonym {d}: bad country {c}")
    for k, c in capitals:
        if c not in codes:
            errors.append(f"capital {k}: bad country {c}")
    # a capital that is also an alias of some other country's actor
    for k, c in capitals:
        for other in by_alias.get(k, ()):
            rc = next(r["country"] for r in actors if r["id"] == other)
            if rc != c:
                errors.append(f"capital {k} ({c}) is also an alias of {other} ({rc})")
    nouns_seen = set()
    for n, kind, code, _note in nouns:
        if n != n.lower():
            errors.append(f"noun {n!r} not lowercase")
        if n in nouns_seen:
            errors.append(f"duplicate noun {n!r}")
        nouns_seen.add(n)
        if kind not in ACTOR_KINDS:
            errors.append(f"noun {n}: bad kind {kind}")
        if code not in AGENT_CODES:
            errors.append(f"noun {n}: bad agent code {code}")
    return errors


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------

def render(versions, actors, demonyms, capitals, nouns) -> dict[str, str]:
    pyc = f"pycountry {versions['pycountry']} (ISO 3166-1 data from Debian iso-codes), LGPL-2.1-only"
    cin = f"countryinfo {versions['countryinfo']}, MIT"
    made_mixed = ("generated by scripts/build_actor_data.py (generated from the packages above, "
                  "plus rows curated by hand inside that script); edit the script, not this file")
    lic = ("data released with sitrep (Apache-2.0); country names and codes from pycountry "
           "(iso-codes, LGPL-2.1-only) and countryinfo (MIT); curated facts cite "
           f"{WIKI_LICENCE}; see SOURCES.md")
    files = {}
    kinds_list = ", ".join(ACTOR_KINDS)
    files["actors.tsv"] = write_tsv(
        DATA / "actors.tsv",
        header(
            "sitrep actor dictionary: states, governments, militaries, armed groups, IGOs, NGOs, "
            "media and a few persons that appear in conflict news",
            [pyc + ": every ISO 3166-1 country (id = alpha-3, official and other names)",
             cin + ": common short names, English alternative names",
             f"curated by hand in scripts/build_actor_data.py: short-name fixes, extra aliases, "
             f"all non-state rows; reference = {WIKI_LICENCE} article named in note wiki=..."],
            lic, made_mixed,
            "id, name, kind, country, aliases, note",
            [f"kind: one of {kinds_list}",
             "id: alpha-3 for states; ISO3-GOV / ISO3-MIL for a state's government / military; "
             "upper-case slugs for the rest (P-... for persons)",
             "country: ISO 3166-1 alpha-3 (XKX for Kosovo); empty for IGOs and transnational actors",
             "aliases: '|'-separated exact surface forms (the name itself is also a form); "
             "accent-free, 'Al-' and 'St.' variants included",
             "matching: forms are written as in news text; short all-caps forms (IS, US, WHO, "
             "AP, RT) must only match case-sensitively; normalise ’ to ' before lookup; apart "
             "from state names (Chad, China, Turkey, Jordan, Niger) and a few names (Trump, "
             "Guardian, Amnesty), no alias case-folds to an ordinary English word",
             "note: '; '-separated key=value: status (un_member, un_observer, "
             "partially_recognised, territory, associated_state, disputed, no_sovereignty), "
             "sovereign, claimed, affiliation, parent, former, lead, role, area, hq, caution, "
             "iso, wiki (reference article title)",
             "roles and statuses as of 2025",
             "rows sorted by kind (in the order above), then id"]),
        ["id", "name", "kind", "country", "aliases", "note"],
        [[r["id"], r["name"], r["kind"], r["country"], "|".join(r["aliases"]), r["note"]]
         for r in actors])
    files["demonyms.tsv"] = write_tsv(
        DATA / "demonyms.tsv",
        header(
            "sitrep demonyms: adjectival and plural nationality words -> country",
            [cin + ": demonym field (one adjective per country; plurals added by rule)",
             "curated by hand in scripts/build_actor_data.py: fixes, variants, nationality nouns "
             "(Briton, Pole, Turk), irregular plurals, Kosovo"],
            lic, made_mixed, "demonym, country",
            ["country: ISO 3166-1 alpha-3 (XKX for Kosovo)",
             "ethnic and regional words (Kurdish, Arab, Pashtun, Chechen, Gazan) are deliberately "
             "absent; 'Korean' is dropped (PRK/KOR); 'Congolese' -> COD and 'Dominican' -> DOM; "
             "demonyms borrowed by dependent territories (French, American, Chinese) stay with "
             "the sovereign state",
             "no form case-folds to an ordinary English word (so no US/UK: those are state "
             "aliases in actors.tsv; no Pole/Poles) except 'Polish' itself",
             "rows sorted by country, then demonym"]),
        ["demonym", "country"], [list(p) for p in demonyms])
    files["capitals.tsv"] = write_tsv(
        DATA / "capitals.tsv",
        header(
            "sitrep capitals: national capitals and seats of government, for metonymy "
            "('Moscow said' = the Russian government)",
            [cin + ": capital field",
             "curated by hand in scripts/build_actor_data.py: spelling variants (Kyiv/Kiev), "
             "seats of government (The Hague, La Paz, Port Sudan, Aden), Kosovo, omissions"],
            lic, made_mixed, "capital, country",
            ["country: ISO 3166-1 alpha-3 (XKX for Kosovo)",
             "Jerusalem -> ISR (seat of Israel's government; status disputed), Ramallah -> PSE, "
             "Sanaa -> YEM (held by the Houthis), Brussels -> BEL only",
             "omitted as ambiguous: Victoria, Hamilton, Douglas, Stanley, Kingston (Norfolk I.), "
             "Plymouth, Jamestown, Saint-Denis, Saint-Pierre, The Valley, West Island; no "
             "accent-free 'San Jose' or 'Male'",
             "matching: case-sensitive; rows sorted by country, then capital"]),
        ["capital", "country"], [list(p) for p in capitals])
    files["actor_nouns.tsv"] = write_tsv(
        DATA / "actor_nouns.tsv",
        header(
            "sitrep actor nouns: common nouns naming a kind of actor (soldier, fighter, "
            "spokesman), with the sitrep kind and the CAMEO/PLOVER agent code",
            ["curated by hand in scripts/build_actor_data.py; agent codes follow the CAMEO "
             "codebook (Schrodt 2012) actor role codes"],
            "Apache-2.0 (sitrep); curated by hand",
            "curated by hand (kept in scripts/build_actor_data.py, written out by it)",
            "noun, kind, agent_code, note",
            [f"kind: one of {kinds_list}",
             "agent_code: one of " + ", ".join(AGENT_CODES),
             "noun: lowercase lemma (spaCy English lemmatiser: troops -> troop, forces -> force); "
             "multiword entries keep their modifiers as written and lemmatise the head "
             "(security forces -> security force)",
             "note: '; '-separated tags: inherit (with an affiliation - possessor, compound or "
             "of-phrase, e.g. 'HTS commander', 'a Hamas spokesman' - take the affiliation's "
             "kind; otherwise use this kind), plural_only (an actor only in the plural), weapon "
             "(a platform standing for the force operating it), caution=known ambiguity",
             "rows sorted by kind, then agent_code, then noun"]),
        ["noun", "kind", "agent_code", "note"], nouns)
    return files


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the files on disk differ from a fresh build")
    args = ap.parse_args(argv)

    versions, countries, info = load_sources()
    iso3 = {c.alpha_3 for c in countries}
    actors = build_actors(countries, info)
    demonyms = build_demonyms(countries, info)
    capitals = build_capitals(countries, info)
    nouns = build_nouns()
    errors = validate(actors, demonyms, capitals, nouns, iso3)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    files = render(versions, actors, demonyms, capitals, nouns)
    stale = []
    for name, text in files.items():
        path = DATA / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    if stale:
        print(f"stale: {', '.join(stale)} (run python scripts/build_actor_data.py)",
              file=sys.stderr)
        return 1
    counts = {"actors.tsv": len(actors), "demonyms.tsv": len(demonyms),
              "capitals.tsv": len(capitals), "actor_nouns.tsv": len(nouns)}
    print(("checked " if args.check else "wrote ") +
          ", ".join(f"{k} ({v} rows)" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

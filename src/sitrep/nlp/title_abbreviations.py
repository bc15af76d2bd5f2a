"""Abbreviated plural titles kept whole by the tokenizer, so their full stop ends no sentence.

spaCy's English tokenizer keeps the full stop of a singular title ('Sen.', 'Rep.', 'Gov.',
'Gen.' are exceptions of its own), not of the plurals the AP Stylebook abbreviates the same way
('Sens.', 'Reps.', 'Govs.', 'Gens.'): 'Reps. Adam Schiff and Eric Swalwell said…' becomes
'Reps' '.' 'Adam' …, and en_core_web_sm ends a sentence at that full stop, so the title is a
sentence of its own and the names open the next. Made exceptions like the singular forms, the
plurals stay one token and the parser reads the title with the name after it ('Reps.' a
compound of 'Schiff'); a sentence that truly ends in one ('Those are the Reps. They said no.')
still ends there. Each is normed as its singular ('Reps.' → 'rep.'): the model reads a word by
its norm, and with a norm of its own the unseen token changed the entities around it ('Reps.
Joe Courtney' one PERSON, 'Govs.' a GPE); with the singular's, they are those of 'Rep. Joe
Courtney'. The plurals are the abbreviated rows of data/plural_titles.tsv (those whose singular
form ends in a full stop).
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.language import Language

from sitrep.data import read_table

TABLE = "plural_titles.tsv"


def abbreviated_plural_titles() -> dict[str, str]:
    """Each abbreviated plural title as written → its singular: 'Sens.' → 'sen.', …"""
    return {row["plural"].capitalize() + ".": row["singular"] for row in read_table(TABLE)
            if row["singular"].endswith(".")}


def use_title_abbreviations(nlp: Language) -> Language:
    """Add each abbreviated plural title to the tokenizer's exceptions: one token, normed as
    its singular."""
    for title, singular in abbreviated_plural_titles().items():
        nlp.tokenizer.add_special_case(title, [{ORTH: title, NORM: singular}])
    return nlp

"""Pass -ev29: refugees, migrants or asylum seekers accepted, admitted, welcomed, hosted or
resettled are AID asylum (CAMEO 075 'grant asylum'), not the AGREE of accepting a proposal nor
the SUPPORT of welcoming a decision; a refusal to accept them stays a REJECT and a promise an
AGREE, by PLOVER's conventions (news-style text written for these tests, rules only)."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,verb", [
    ("The United States accepted 1,141 Iraqi refugees in May, the most in one month.",
     "accepted"),
    ("Germany accepts more than 1,500 people now living in Greek refugee camps.", "accepts"),
    ("Canada has resettled 25,000 Syrian refugees since November.", "resettled"),
    ("Uganda hosts more than a million South Sudanese refugees.", "hosts"),
])
def test_refugees_received_are_aid(text, verb):
    event = event_on(extract_sentence(text), verb)
    assert (event.type, event.mode) == ("AID", "asylum")


@pytest.mark.parametrize("text,verb,plover", [
    ("Bangladesh says it will not accept any more Rohingya refugees.", "accept", "REJECT"),
    ("The Colombian government accepted the proposal from the rebels.", "accepted", "AGREE"),
])
def test_refusals_and_proposals_keep_their_type(text, verb, plover):
    assert event_on(extract_sentence(text), verb).type == plover

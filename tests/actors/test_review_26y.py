"""Review 26y of actors (fix26yb): bugs a read-only review confirmed with probes.

A surname opening a later sentence as the subject of a passive of an act done to people ("Wood
was arrested") is the person, not the thing; a one-word name that is the surname of a person
named in the document is no short company name ("Ford said it ..."); a country between a title
and a name is no part of the person's text; an untagged two-word name before a person-verb is a
person; given names the lemmatizer lists as adjectives ("Sandy") may open a person's name. The
sentences and names are our own, invented; the "must stay" cases read right before this review.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coded

# (text, exact mention text, start of the mention in text, its kind: None for no mention there,
# 'not person' for any mention but a person's)
KINDS = [
    # 3: a passive of an act done to people keeps the surname a person
    ('Police questioned Robert Wood on Friday. Wood was arrested on Monday.', 'Wood', 41, 'person'),
    ('Officers stopped Helen Stone near the border. Stone was detained overnight.', 'Stone', 46,
     'person'),
    # 4: a person's surname is no short company name
    ('Marta Ford, who heads the union, spoke. Ford said it was a hard year.', 'Ford', 40, 'person'),
    ('Lena Ford, a union organiser, spoke at the rally. Ford said it had been a long strike.', 'Ford',
     50, 'person'),
    # 7: the country of a title is no part of the name
    ('Minister for Foreign Affairs of Ghana Kofi Tandoh met his counterpart.', 'Kofi Tandoh', 38,
     'person'),
    ('Minister for Trade of Kenya Amos Wekesa opened the fair.', 'Amos Wekesa', 28, 'person'),
    # 10: an untagged name before a person-verb
    ('Ana Ruiz chairs the Delmar Energy board.', 'Ana Ruiz', 0, 'person'),
    ('Tomas Brel chairs the Norvik Mining board.', 'Tomas Brel', 0, 'person'),
    # 12: given names the lemmatizer lists as adjectives
    ('Sandy Brooks, who leads the council, resigned.', 'Sandy Brooks', 0, 'person'),
    ('Rusty Vale, who ran the depot, retired.', 'Rusty Vale', 0, 'person'),
    # ---- must stay ----
    ('Senator Tom Wood visited the mill. Wood is scarce in the northern valleys this winter.',
     'Wood', 35, None),
    ('Mayor Lev Steel toured the works. Steel was shipped from the port on Monday.', 'Steel', 34, None),
    ('Civil Defence, who arrived within minutes, pulled survivors from the rubble.', 'Civil Defence', 0,
     'not person'),
    ('Delmar Energy owns the mill near the river.', 'Delmar Energy', 0, 'not person'),
    ('EU special envoy for Sudan Ana Brecht met rebel leaders.', 'Ana Brecht', 27, 'person'),
]

# (text, word that must be no actor mention of its own)
NO_ACTOR = [
    ('Minister for Foreign Affairs of Ghana Kofi Tandoh met his counterpart.', 'Ghana Kofi Tandoh'),
]

# (text, name, country, sector) of the last mention holding the name
CODES = [
    ('Marta Ford, who heads the union, spoke. Ford said it was a hard year.', 'Ford', None, 'LAB'),
    # must stay
    ('Ford said it would cut two thousand jobs in Europe.', 'Ford', 'USA', 'BUS'),
]


@pytest.mark.parametrize(("text", "mention", "start", "kind"),
                         [c if hasattr(c, "marks")
                          else pytest.param(*c, id=f"{c[1]}-{c[2]}-{c[0].split()[0]}") for c in KINDS])
def test_mention_kind(nlp, knowledge, text, mention, start, kind):
    assert text[start:start + len(mention)] == mention
    found = [e for e in coded(nlp, knowledge, text) if e.start < start + len(mention) and start < e.end]
    shown = [(e.text, e.kind, e.country, e.sector) for e in found]
    if kind is None:
        assert not found, shown
    elif kind == 'not person':
        assert not [e for e in found if e.kind == 'person'], shown
    else:
        assert len(found) == 1 and found[0].text.startswith(mention) and found[0].kind == kind, shown


@pytest.mark.parametrize(("text", "word"), NO_ACTOR)
def test_no_actor(nlp, knowledge, text, word):
    assert not [e.text for e in coded(nlp, knowledge, text) if e.text == word]


@pytest.mark.parametrize(("text", "name", "country", "sector"),
                         [pytest.param(*c, id=f"{c[1]}-{c[0].split()[0]}") for c in CODES])
def test_coding(nlp, knowledge, text, name, country, sector):
    found = [e for e in coded(nlp, knowledge, text) if name in e.text]
    assert found, f"{name!r} not coded"
    assert (found[-1].country, found[-1].sector) == (country, sector)

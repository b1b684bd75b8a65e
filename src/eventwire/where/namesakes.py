"""A local article's namesakes: the town of a shared name that lies in the article's area.

A local paper names its towns bare ("Shelby", "Columbia", "Springfield"): of the namesakes
the ranker weighs, the one meant lies among the paper's other towns, not the biggest
elsewhere. Two readings of "the article's area": the cluster most of its distinct towns (and
its dateline) form (:func:`local_centre`), and, when its towns scatter, the one state it
keeps naming (:func:`home_state`). First, a county and the towns beside it go to the one
state that holds a namesake of each (:func:`shared_state`: "Walton County deputies ... in
Monroe" is Georgia's pair). A qualified name ("Portland, Oregon") and a big town named
by its own name are never moved; a national capital only in a local article naming nothing
else in its country (:func:`_capital_yields`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from eventwire.where.gazetteer import Candidate, distance_km

if TYPE_CHECKING:
    from eventwire.where.toponyms import Mention

# towns this near one another form a local article's area (a county, a metro area: the
# 100-mile reach of a local paper, less a margin)
LOCAL_KM = 150.0
# an article is local when at least this share of its distinct towns lies in one area...
LOCAL_SHARE = 0.5
# ... and it names at least this many distinct towns (the namesake's pick among them)
LOCAL_TOWNS = 3
# a state is the article's home (home_state) when it holds at least this many of its
# mentions of places below country level and more than half of them
HOME_STATE_PLACES = 2
# a town this big named by its own name is the one meant wherever the article is
BIG_TOWN = 2_000_000
# a town this big, the biggest of its name in its country, anchors its state in shared_state
ANCHOR_TOWN = 100_000
# two towns of an article whose namesakes lie this near each other, while the picks lie far
# apart, are a local pair (close_pairs: "Franklin" and "Brentwood" are Tennessee's neighbours,
# not a Tennessee town and New York's Brentwood)
PAIR_KM = 80.0
# three towns of an article this near one another are one small area (neighbour_trios)
TRIO_KM = 30.0
# a pick this big stays where it is for a pair (close_pairs) and for a home state abroad
# (_home_abroad)
PAIR_TOWN = 200_000


def near_namesakes(mentions: list[Mention], chosen: list[Candidate | None],
                   capitals: frozenset[int] | set[int], dateline: Candidate | None = None,
                   naming: frozenset[int] = frozenset(),
                   placed: frozenset[int] = frozenset()) -> list[Candidate | None]:
    """`chosen`, but a town of a shared name resolved outside a local article's area becomes
    its namesake there: the one nearest the area's centre when one lies within LOCAL_KM of
    it, else the biggest in the article's home state. Movable: an unqualified town that is
    no national capital nor a town of BIG_TOWN named by its own name, nor one of the mentions
    `naming` (indices of those opening a longer name, "Cambridge Analytica": the name's own
    town, read by the rules before). Then :func:`close_pairs`, which leaves alone the mentions
    `naming` and `placed` (indices of those the text put in a holder: "San Jose on Mindoro
    island")."""
    chosen = shared_state(mentions, chosen, capitals, naming)
    local = local_centre(chosen, dateline)
    centre = local or lone_county(mentions, chosen)
    out = list(chosen)
    for i, (mention, pick) in enumerate(zip(mentions, chosen, strict=True)):
        if pick is None or i in naming:
            continue
        # a national capital yields only to the towns of a local article, never to a lone county
        if not (_movable(mention, pick, capitals)
                or _capital_yields(mention, pick, chosen, local, capitals)):
            continue
        home = home_state(mentions, chosen, i, dateline)
        out[i] = (_nearest(mention, pick, centre) or _in_state(mention, pick, home)
                  or _home_abroad(mentions, chosen, i, home) or pick)
    out = close_pairs(mentions, out, capitals, naming | placed)
    return neighbour_trios(mentions, out, capitals, naming | placed)


def neighbour_trios(mentions: list[Mention], chosen: list[Candidate | None],
                    capitals: frozenset[int] | set[int],
                    fixed: frozenset[int] = frozenset()) -> list[Candidate | None]:
    """`chosen`, but towns of two other names read far (beyond LOCAL_KM) from a town the
    article names, while a namesake of each lies within TRIO_KM of it, become those
    namesakes: "Arlington" and "Alexandria" beside Washington are Virginia's, not Texas's and
    Egypt's; three names of one small area are no chance. One of the two may already lie
    there. Anchors and nearness are read on the picks as they come (a moved town anchors
    nothing). A name stays when any of its mentions is qualified, stated, crossed or `fixed`,
    when its pick is a national capital, when another town of the article lies within
    LOCAL_KM of its pick in the pick's country, when the article names the pick's country
    (or its people) for a move abroad or the pick's state for a move at home, and when its
    pick has PAIR_TOWN inhabitants or more while the namesake has fewer than ANCHOR_TOWN
    ("Hamburg" beside Buffalo is Germany's; Egypt's Alexandria may yield to Virginia's).
    Every mention of a moved name moves alike."""
    keys = [tuple(c.record for c in m.candidates) for m in mentions]
    held = {k for i, (k, m) in enumerate(zip(keys, mentions, strict=True))
            if i in fixed or m.qualifiers or m.stated or m.crossed}
    # one mention per name: the first
    first: dict[tuple[int, ...], int] = {}
    for i, (k, c) in enumerate(zip(keys, chosen, strict=True)):
        if c is not None:
            first.setdefault(k, i)
    towns = {k: c for k, i in first.items() if _is_town(c := chosen[i]) and c is not None}
    areas = [c for k, i in first.items() if (c := chosen[i]) is not None and c.kind in ("country", "admin1")]
    # the namesakes each name could move to: towns by their own name
    movable = {k: [c for c in _named(mentions[first[k]]) if _is_town(c) and not c.by_alternate
                   and c.record != pick.record]
               for k, pick in towns.items()
               if k not in held and pick.record not in capitals
               and not any(o.country == pick.country and _within(o, pick, LOCAL_KM)
                           for q, o in towns.items() if q != k)}
    if not any(movable.values()):
        return chosen
    moves: dict[tuple[int, ...], Candidate] = {}
    for a, anchor in towns.items():
        near = [k for k, pick in towns.items() if k != a and _close(pick, anchor)]
        found: dict[tuple[int, ...], Candidate] = {}
        for k, pick in towns.items():
            if k == a or k in near or k in moves or not movable.get(k) or _within(pick, anchor, LOCAL_KM):
                continue
            beside = [c for c in movable[k] if _close(c, anchor) and _may_move(pick, c, areas)]
            if beside:
                found[k] = min(beside, key=lambda c: km_apart(c, anchor))
        if found and len(near) + len(found) >= 2:
            moves.update(found)
    if not moves:
        return chosen
    return [moves.get(k, c) for k, c in zip(keys, chosen, strict=True)]


def _may_move(pick: Candidate, namesake: Candidate, areas: list[Candidate]) -> bool:
    """Whether `pick` may yield to `namesake` for neighbour_trios: not a town of PAIR_TOWN for
    one below ANCHOR_TOWN, nor a town abroad of a country the article names (`areas`: its
    countries and states, "Egyptian", "British"), nor a town at home in a state it names."""
    if pick.population >= PAIR_TOWN and namesake.population < ANCHOR_TOWN:
        return False
    if pick.country != namesake.country:
        return not any(c.country == pick.country for c in areas)
    return not any(c.kind == "admin1" and c.admin1_code and c.admin1_code == pick.admin1_code
                   and c.country == pick.country for c in areas)


def _close(a: Candidate, b: Candidate) -> bool:
    """Whether towns `a` and `b` lie within TRIO_KM (a degree of latitude is 111 km: most
    pairs are told apart without the great circle)."""
    return (a.lat is not None and b.lat is not None and abs(a.lat - b.lat) * 111.0 <= TRIO_KM
            and _within(a, b, TRIO_KM))


def _home_abroad(mentions: list[Mention], chosen: list[Candidate | None], i: int,
                 state: str | None) -> Candidate | None:
    """The biggest namesake by its own name in the article's home `state` (home_state) of
    the town picked for mention `i`, when that pick lies in another country, no other place
    of the article lies there, and it has fewer than PAIR_TOWN inhabitants: "Waterloo" beside
    Iowa and Cedar Rapids is Iowa's, not Ontario's. None otherwise."""
    pick, mention = chosen[i], mentions[i]
    if state is None or pick is None or pick.population >= PAIR_TOWN or pick.admin1_code == state:
        return None
    if any(c is not None and c.country == pick.country and m.candidates != mention.candidates
           for m, c in zip(mentions, chosen, strict=True)):
        return None
    held = [c for c in _named(mention) if _is_town(c) and c.admin1_code == state and not c.by_alternate]
    return max(held, key=lambda c: c.population, default=None)


def close_pairs(mentions: list[Mention], chosen: list[Candidate | None],
                capitals: frozenset[int] | set[int],
                naming: frozenset[int] = frozenset()) -> list[Candidate | None]:
    """`chosen`, but a movable town (:func:`_movable`, below PAIR_TOWN) whose pick lies
    farther than LOCAL_KM from every other town of the article becomes its namesake within
    PAIR_KM of another town's pick ("Concord" beside Kannapolis is North Carolina's), or,
    when that town is as movable and as far from the rest, of one of its namesakes (the two
    move together: "Greenville" and "Spartanburg", "Midland" and "Sanford"); the other town may
    also move alone, to a namesake near the pick ("Brentwood" beside Franklin, Tennessee). The
    pair that moves fewer picks wins, then the nearer pair. A pair never lies in a third
    country: "Toledo" and "Salamanca" read in Ohio and Mexico are no Philippine pair. Every
    mention of a moved name moves alike. An article too short for local_centre (fewer than
    LOCAL_TOWNS towns) still says where it is by the towns it puts side by side."""
    out = list(chosen)
    keys = [tuple(c.record for c in m.candidates) for m in mentions]
    for i in range(len(out)):
        pick = out[i]
        if not _pairable(mentions, out, i, capitals, naming, keys):
            continue
        options = []
        for j, other in enumerate(out):
            if other is None or keys[j] == keys[i] or not _is_town(other):
                continue
            targets = [other] + ([c for c in _named(mentions[j]) if _is_town(c) and not c.by_alternate
                                  and c.record != other.record]
                                 if _pairable(mentions, out, j, capitals, naming, keys) else [])
            for c in _named(mentions[i]):
                if not _is_town(c) or pick is None or c.by_alternate and c.record != pick.record:
                    continue
                for n, d in enumerate(targets):
                    moves = int(c.record != pick.record) + int(d.record != other.record)
                    km = km_apart(c, d)
                    if moves and km <= PAIR_KM and {c.country, d.country} <= {pick.country, other.country}:
                        options.append((moves, km, -c.population, n, c, j, d))
        if not options:
            continue
        *_, c, j, d = min(options, key=lambda option: option[:4])
        out = [c if k == keys[i] else d if k == keys[j] else x for k, x in zip(keys, out, strict=True)]
    return out


def _pairable(mentions: list[Mention], chosen: list[Candidate | None], i: int,
              capitals: frozenset[int] | set[int], naming: frozenset[int],
              keys: list[tuple[int, ...]]) -> bool:
    """Whether the pick of mention `i` may move for a pair (close_pairs): a movable town
    below PAIR_TOWN, no mention opening a longer name, vouched for by none of the article's
    other places (:func:`_supports`: "San Jose" beside Mindoro is the island's town, however
    far from the dateline's Manila), and another town there is."""
    pick = chosen[i]
    if (pick is None or i in naming or not _movable(mentions[i], pick, capitals)
            or pick.population >= PAIR_TOWN):
        return False
    others = [c for k, c in zip(keys, chosen, strict=True) if k != keys[i] and c is not None]
    return any(_is_town(c) for c in others) and not any(_supports(c, pick) for c in others)


def _supports(place: Candidate, pick: Candidate) -> bool:
    """Whether the article's `place` vouches for the town `pick`: a town or a region (a county,
    an island) within LOCAL_KM of it, or the division (admin1) it lies in."""
    if place.kind == "admin1":
        return bool(place.admin1_code) and place.admin1_code == pick.admin1_code
    return place.kind in ("city", "region") and _within(pick, place, LOCAL_KM)


def shared_state(mentions: list[Mention], chosen: list[Candidate | None],
                 capitals: frozenset[int] | set[int],
                 naming: frozenset[int] = frozenset()) -> list[Candidate | None]:
    """`chosen`, but a county and the towns of shared names the article puts beside it
    ("Walton County deputies ... in Monroe"), read in different states of one country, go
    to the state that holds a namesake of each: the one state holding namesakes of more of
    them than any state the picks lie in, and of the county. Movable as in near_namesakes;
    the county moves when its pick lies in no such state. A town that cannot move (a big
    town, a capital, a qualified one, or the biggest of its country's namesakes and of
    ANCHOR_TOWN: "Louisville") votes only for its own state, and nothing leaves a state such
    a town lies in."""
    movable = [i for i, (m, c) in enumerate(zip(mentions, chosen, strict=True))
               if c is not None and i not in naming and (_movable(m, c, capitals) or _county(m, c))]
    if not any(_county(mentions[i], chosen[i]) for i in movable):
        return chosen
    countries = {c.country for i in movable if (c := chosen[i]) is not None}
    if len(countries) != 1:
        return chosen
    fixed = {i for i, (m, c) in enumerate(zip(mentions, chosen, strict=True))
             if _is_town(c) and c is not None and c.country in countries and c.admin1_code
             and (i not in movable or _anchored(m, c))}
    movable = [i for i in movable if i not in fixed]
    held = Counter(code for i in movable for code in _states_named(mentions[i], countries))
    held.update(c.admin1_code for i in fixed if (c := chosen[i]) is not None and c.admin1_code)
    picked = {c.admin1_code for i in movable if (c := chosen[i]) is not None}
    anchors = {c.admin1_code for i in fixed if (c := chosen[i]) is not None}
    if len(picked | anchors) < 2 or not held:
        return chosen
    (state, count), *rest = held.most_common(2) + [("", 0)]
    # the strongest state a pick already lies in (none when every pick lies in `state`)
    rival = max((held[code or ""] for code in picked if code != state), default=0)
    if count < 2 or count == rest[0][1] or count <= rival:
        return chosen
    out = list(chosen)
    for i in movable:
        pick = chosen[i]
        if pick is not None and pick.admin1_code != state and pick.admin1_code not in anchors:
            out[i] = _in_state(mentions[i], pick, state) or pick
    return out


def _anchored(mention: Mention, pick: Candidate) -> bool:
    """Whether `pick` is a town of ANCHOR_TOWN, the biggest of the mention's namesakes in its
    country by their own name: the article's "Louisville" stays in Kentucky."""
    return pick.population >= ANCHOR_TOWN and not pick.by_alternate and all(
        c.population <= pick.population for c in _named(mention)
        if _is_town(c) and c.country == pick.country and not c.by_alternate)


def _county(mention: Mention, pick: Candidate | None) -> bool:
    """Whether `pick` is a county (a division below the state, with its state's code) of a
    name several states hold, named without its state."""
    if pick is None or pick.kind != "region" or not pick.admin1_code or mention.qualifiers or mention.stated:
        return False
    return len({c.admin1_code for c in mention.candidates if c.kind == "region"}) > 1


def _states_named(mention: Mention, countries: set[str | None]) -> set[str]:
    """The states (admin1 codes) of `countries` holding a town or county of the mention's
    name by its own name."""
    return {c.admin1_code for c in _named(mention) if c.admin1_code and c.country in countries
            and not c.by_alternate and (_is_town(c) or c.kind == "region")}


def local_centre(chosen: list[Candidate | None], dateline: Candidate | None = None) -> Candidate | None:
    """The town of the article (its dateline's first) with most of the article's distinct
    towns and counties within LOCAL_KM, when they are at least LOCAL_SHARE of them; None
    when the article names fewer than LOCAL_TOWNS of them or they scatter. A county counts
    as a town does: a local paper names its county as often as its towns ("the Boone
    County board" beside Columbia and a town near it)."""
    places = list({c.record: c for c in [dateline, *chosen]
                   if c is not None and (_is_town(c) or _is_county(c))}.values())
    if len(places) < LOCAL_TOWNS:
        return None
    towns = [t for t in places if _is_town(t)]
    near = [sum(_within(t, other, LOCAL_KM) for other in places) for t in towns]
    most = max(near, default=0)
    return towns[near.index(most)] if most >= 2 and most >= LOCAL_SHARE * len(places) else None


def lone_county(mentions: list[Mention], chosen: list[Candidate | None]) -> Candidate | None:
    """The one county the article names, when it names one and no town within LOCAL_KM of
    it: a local article too short for local_centre ("Chittenden County officials" beside
    a Burlington read in Ontario) still has its area. A county of a name several states
    hold, named without its state (:func:`_county`: "a Jefferson County farmer"), is a guess
    and gives no area."""
    counties = {c.record: c for m, c in zip(mentions, chosen, strict=True)
                if c is not None and _is_county(c) and not _county(m, c)}
    if len(counties) != 1:
        return None
    county = next(iter(counties.values()))
    if any(c is not None and _is_town(c) and _within(c, county, LOCAL_KM) for c in chosen):
        return None
    return county


def _is_county(candidate: Candidate | None) -> bool:
    """Whether `candidate` is a division below a state (a county) with a point."""
    return (candidate is not None and candidate.kind == "region" and bool(candidate.admin1_code)
            and candidate.lat is not None and candidate.lon is not None)


def home_state(mentions: list[Mention], chosen: list[Candidate | None], i: int,
               dateline: Candidate | None = None) -> str | None:
    """The state (admin1 code) holding at least HOME_STATE_PLACES and more than half of the
    article's towns and states other than the namesakes of mention `i`, counted per mention,
    with its dateline; None when no state does, or when another place of the article lies in
    the state of the pick of mention `i` (the article reaches that state too)."""
    codes = Counter(c.admin1_code for m, c in zip(mentions, chosen, strict=True)
                    if c is not None and c.admin1_code and m.candidates != mentions[i].candidates)
    if dateline is not None and dateline.admin1_code:
        codes[dateline.admin1_code] += 1
    if not codes:
        return None
    state, count = codes.most_common(1)[0]
    pick = chosen[i]
    if pick is not None and codes[pick.admin1_code or ""]:
        return None
    return state if count >= HOME_STATE_PLACES and 2 * count > sum(codes.values()) else None


def _movable(mention: Mention, pick: Candidate, capitals: frozenset[int] | set[int]) -> bool:
    """Whether `pick` may yield to a namesake: an unqualified town of a shared name, no
    national capital nor a town of BIG_TOWN named by its own name."""
    if not _is_town(pick) or mention.qualifiers or mention.stated or mention.crossed:
        return False
    if pick.record in capitals or (not pick.by_alternate and pick.population >= BIG_TOWN):
        return False
    return sum(_is_town(c) for c in _named(mention)) > 1


def _capital_yields(mention: Mention, pick: Candidate, chosen: list[Candidate | None],
                    centre: Candidate | None, capitals: frozenset[int] | set[int]) -> bool:
    """Whether the national capital picked for `mention` yields to a namesake of the local
    area ("Georgetown" among the towns around Austin): the article is local, names nothing
    else in the capital's country, and the mention is unqualified."""
    if pick.record not in capitals or centre is None or mention.qualifiers or mention.stated \
            or mention.crossed or centre.country == pick.country:
        return False
    return not any(c is not None and c.record != pick.record and c.country == pick.country for c in chosen)


def _nearest(mention: Mention, pick: Candidate, centre: Candidate | None) -> Candidate | None:
    """The namesake by its own name nearest `centre` within LOCAL_KM of it, when `pick` lies
    farther; else None. A village known by the name only as an alternate one is no namesake
    a writer means by it."""
    if centre is None or _within(pick, centre, LOCAL_KM):
        return None
    near = [c for c in _named(mention) if _is_town(c) and not c.by_alternate
            and _within(c, centre, LOCAL_KM)]
    return min(near, key=lambda c: km_apart(c, centre), default=None)


def _in_state(mention: Mention, pick: Candidate, state: str | None) -> Candidate | None:
    """The biggest namesake of `pick`'s kind (a town with a point, a county) by its own name
    in `state` of `pick`'s country, when `pick` lies in another state; else None."""
    if state is None or pick.admin1_code == state:
        return None
    held = [c for c in _named(mention) if c.kind == pick.kind and (pick.kind != "city" or _is_town(c))
            and c.admin1_code == state and c.country == pick.country and not c.by_alternate]
    return max(held, key=lambda c: c.population, default=None)


def _named(mention: Mention) -> list[Candidate]:
    """The places `mention` may name: its candidates, and the small namesakes they leave out
    (a town NER hid in another name, toponyms.Mention.namesakes)."""
    return mention.candidates + mention.namesakes


def _is_town(candidate: Candidate | None) -> bool:
    """Whether `candidate` is a town with a point."""
    return candidate is not None and candidate.kind == "city" and candidate.lat is not None \
        and candidate.lon is not None


def km_apart(a: Candidate, b: Candidate) -> float:
    """How far apart `a` and `b` are; infinitely far when one has no point."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return float("inf")
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _within(a: Candidate, b: Candidate, km: float) -> bool:
    """Whether `a` and `b` lie at most `km` apart."""
    return km_apart(a, b) <= km

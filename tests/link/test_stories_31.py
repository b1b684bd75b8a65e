"""One story per happening when the reports of two happenings of one kind alternate (round 31):
sequences written in our own words, before any change for them.

As in :mod:`tests.link.test_stories_30b` (whose harness links them), each sequence is a few short
articles in arrival order about imagined happenings in real places. In a *two* sequence two
happenings of one kind are reported by turns, as an ECB+ topic re-ordered (``eventwire eval
ecbplus --order interleave``) holds them; unlike 30b's, the two happenings here often share what a
topic's two happenings share in ECB+: a country, a city, a team, a company or a person, so that the
kind's words and one name are not enough to join them. The first report of the second happening
meets the first happening's story while it holds one article. In a *one* sequence one happening is
told by several outlets in other words (a figure updated, a name given once, a place named once as
a town and once as its region) and all must end in one story.

    PYTHONPATH=. python tests/link/test_stories_31.py     # prints each sequence's verdict and the tally
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.link.test_stories_30b import (
    check_sequence_set,
    link_sequences,
    print_sequence_verdicts,
    sequence_params,
)


def _sequence(id: str, relation: str, kind: str, *articles: tuple[str, str, str]) -> dict[str, Any]:
    return {"id": id, "relation": relation, "kind": kind, "articles": list(articles)}


SEQUENCES = [
    # --- two happenings of one kind, reported by turns: must end as two stories ---
    _sequence("t01", "two", "two singers checked into rehab, one clinic",
              ("A", "Pop singer Mara Velde enters rehab clinic",
               "Dutch pop singer Mara Velde, 29, has checked into the Brightwater clinic in Arizona "
               "for treatment for alcohol addiction, her manager said on Friday."),
              ("B", "Rapper Deon Kyle checks into Brightwater",
               "Rapper Deon Kyle, 35, entered the Brightwater clinic in Arizona for addiction "
               "treatment, his publicist told a celebrity magazine."),
              ("A", "Velde cancels tour dates during treatment",
               "Mara Velde cancelled six concerts in Germany while she stays at the Arizona clinic, "
               "her label said, asking fans to respect her privacy."),
              ("B", "Kyle's label backs rapper in rehab",
               "Deon Kyle's record label said it supported the rapper during his stay at Brightwater "
               "and that his album would still come out in the spring.")),
    _sequence("t02", "two", "two earthquakes in one Indonesian province, years apart",
              ("A", "Magnitude 6.2 quake hits West Sulawesi, 34 dead",
               "An earthquake of magnitude 6.2 struck West Sulawesi in 2021, killing 34 people in "
               "Mamuju and collapsing a hospital, the disaster agency said."),
              ("B", "Strong quake shakes West Sulawesi coast",
               "A magnitude 5.4 earthquake shook the coast near Majene in West Sulawesi in 2018, "
               "damaging 40 homes; no deaths were reported."),
              ("A", "Mamuju hospital collapse: rescuers pull out survivors",
               "Rescuers pulled two nurses alive from the ruins of the Mamuju hospital as the toll of "
               "the 6.2 quake rose to 34."),
              ("B", "Majene families return after quake",
               "Families in Majene returned home after the 5.4 tremor, the regent said, and schools "
               "reopened.")),
    _sequence("t03", "two", "two managers sacked by one club in two seasons",
              ("A", "Sporting Braga sack coach Rui Falcao",
               "Sporting Braga dismissed head coach Rui Falcao on Sunday after five defeats in a row "
               "left the club 11th in the league in 2016."),
              ("B", "Braga part ways with Jorge Amaral",
               "Braga parted company with manager Jorge Amaral in 2019 after a cup exit to a "
               "second-division side, the club said in a statement."),
              ("A", "Falcao: I was not given time at Braga",
               "Rui Falcao said he had not been given time to rebuild the squad, a day after Braga "
               "sacked him with the club 11th."),
              ("B", "Amaral thanks Braga fans after dismissal",
               "Jorge Amaral thanked the supporters in a farewell letter and said the cup defeat had "
               "been the lowest moment of his career.")),
    _sequence("t04", "two", "two bank robberies in one city, other banks and suspects",
              ("A", "Armed man robs bank in Lyon, flees on scooter",
               "An armed man held up a Credit Rhone branch in central Lyon on Tuesday and fled on a "
               "scooter with about 40,000 euros, police said."),
              ("B", "Two masked robbers hit Lyon post office bank",
               "Two masked men robbed a post office bank in the Vaise district of Lyon, tying up "
               "three staff, and escaped in a grey van."),
              ("A", "Police arrest 23-year-old over Credit Rhone robbery",
               "Lyon police arrested a 23-year-old man over the scooter robbery of the Credit Rhone "
               "branch and found part of the cash."),
              ("B", "Van used in Vaise robbery found burned",
               "Investigators found the grey van used by the two Vaise robbers burned out on the "
               "edge of the city.")),
    _sequence("t05", "two", "two tech acquisitions by one company",
              ("A", "Nordvik buys cloud firm Stratus for $1.2 billion",
               "Norwegian software group Nordvik agreed to buy the cloud storage firm Stratus for "
               "$1.2 billion, its biggest deal so far."),
              ("B", "Nordvik snaps up security start-up Lockwell",
               "Nordvik said it would acquire the Finnish security start-up Lockwell for $85 million "
               "in cash to strengthen its network products."),
              ("A", "Stratus shareholders back Nordvik offer",
               "Shareholders of Stratus voted to accept Nordvik's $1.2 billion offer, clearing the "
               "way for the deal to close."),
              ("B", "Lockwell founders to join Nordvik",
               "The two founders of Lockwell will run security research at Nordvik once the "
               "$85 million purchase closes.")),
    _sequence("t06", "two", "two ships seized by one navy in one strait",
              ("A", "Navy seizes tanker in Strait of Hormuz",
               "Iran's Revolutionary Guards seized a Panama-flagged tanker carrying 1 million barrels "
               "in the Strait of Hormuz, state television said."),
              ("B", "Greek cargo ship boarded in Hormuz",
               "Revolutionary Guards boarded a Greek-owned cargo ship with 24 crew in the Strait of "
               "Hormuz and steered it to Bandar Abbas."),
              ("A", "Panama demands release of seized tanker",
               "Panama's maritime authority demanded the release of the tanker and its oil cargo, "
               "saying it broke no law."),
              ("B", "Athens summons envoy over ship's crew",
               "Greece summoned Iran's ambassador over the 24 sailors held on the cargo ship at "
               "Bandar Abbas.")),
    _sequence("t07", "two", "two prison escapes in one country",
              ("A", "Eleven inmates escape Chihuahua prison through tunnel",
               "Eleven inmates escaped from a prison in Ciudad Juarez through a 40-metre tunnel, the "
               "Chihuahua state security office said."),
              ("B", "Gunmen free drug boss from Culiacan jail",
               "Gunmen stormed a jail in Culiacan, Sinaloa, and freed a jailed cartel leader after a "
               "gun battle that killed two guards."),
              ("A", "Juarez tunnel took months to dig, officials say",
               "Officials said the tunnel under the Juarez prison took months to dig; four of the "
               "eleven escapees have been caught."),
              ("B", "Sinaloa offers reward after jailbreak",
               "Sinaloa offered a reward of two million pesos for the cartel leader freed from the "
               "Culiacan jail.")),
    _sequence("t08", "two", "two ministers of one government resign",
              ("A", "Czech health minister quits over vaccine contracts",
               "Czech health minister Pavel Horak resigned on Monday over the award of vaccine "
               "contracts, Prime Minister Eva Novotna said."),
              ("B", "Czech transport minister resigns after rail crash",
               "Transport minister Tomas Kubat stepped down after a train collision near Pardubice "
               "killed three people, the government office said."),
              ("A", "Horak denies wrongdoing in vaccine deals",
               "Pavel Horak said he had done nothing wrong in the vaccine purchases and quit to "
               "spare the government."),
              ("B", "Pardubice crash inquiry begins as Kubat leaves",
               "Investigators began examining signals on the Pardubice line as Tomas Kubat handed "
               "over the ministry.")),
    _sequence("t09", "two", "two shootings at schools in one state",
              ("A", "Student, 16, opens fire at Ohio high school",
               "A 16-year-old student opened fire in the cafeteria of a high school in Dayton, Ohio, "
               "wounding three classmates, police said."),
              ("B", "Teacher shot at Toledo middle school",
               "A teacher was shot and wounded at a middle school in Toledo by a 14-year-old pupil "
               "who brought his father's handgun, police said."),
              ("A", "Dayton shooter charged as adult",
               "Prosecutors charged the 16-year-old Dayton gunman as an adult with three counts of "
               "attempted murder."),
              ("B", "Toledo teacher recovering, district says",
               "The Toledo teacher shot by the 14-year-old pupil is recovering in hospital, the "
               "school district said.")),
    _sequence("t10", "two", "two satellite launches from one spaceport",
              ("A", "Rocket lifts weather satellite from Kourou",
               "An Ariane rocket lifted a European weather satellite into orbit from Kourou in "
               "French Guiana on Thursday night."),
              ("B", "Vega launch from Kourou fails",
               "A Vega rocket carrying two Spanish observation satellites failed eight minutes "
               "after lift-off from Kourou, the operator said."),
              ("A", "Weather satellite sends first images",
               "The weather satellite launched from French Guiana sent its first images of the "
               "Atlantic, the agency said."),
              ("B", "Inquiry into Vega failure points to nozzle",
               "An inquiry into the lost Vega flight pointed to a fault in the nozzle of the "
               "second stage.")),
    _sequence("t11", "two", "two strikes at one carmaker's plants",
              ("A", "Workers strike at Volkner plant in Zwickau",
               "About 3,000 workers walked out at the Volkner car plant in Zwickau over pay, the "
               "IG Metall union said."),
              ("B", "Volkner staff in Emden down tools over job cuts",
               "Workers at Volkner's Emden plant stopped work over plans to cut 900 jobs, the works "
               "council said."),
              ("A", "Zwickau strike ends with 5% pay deal",
               "The strike at Zwickau ended after Volkner offered a 5% pay rise, the union said."),
              ("B", "Emden job cuts to go ahead, Volkner says",
               "Volkner said the 900 job cuts at Emden would go ahead despite the stoppage.")),
    _sequence("t12", "two", "two arrests of one country's opposition figures, five reports",
              ("A", "Opposition leader detained in Minsk",
               "Police in Minsk detained opposition leader Olga Saranka at her home on Wednesday, "
               "her party said."),
              ("B", "Blogger critical of government arrested in Gomel",
               "Police arrested the blogger Ihar Lepin in Gomel over videos criticising the "
               "government, his lawyer said."),
              ("A", "Saranka charged with organising unrest",
               "Prosecutors charged Olga Saranka with organising mass unrest, a charge that carries "
               "up to 15 years."),
              ("B", "Lepin to stay in custody for two months",
               "A Gomel court ordered that Ihar Lepin stay in custody for two months pending trial."),
              ("A", "EU calls for Saranka's release",
               "The European Union called on Belarus to free Olga Saranka, detained in Minsk.")),
    _sequence("t13", "two", "two eruptions of one volcano, years apart, second one first",
              ("B", "Etna eruption closes Catania airport",
               "Mount Etna erupted overnight in 2021, spewing ash that closed Catania airport for "
               "12 hours, Italian authorities said."),
              ("A", "Etna lava flow threatens village in 2008",
               "A lava flow from Mount Etna crept towards the village of Milo in 2008 as the volcano "
               "erupted for a third week."),
              ("B", "Catania airport reopens after Etna ash",
               "Catania airport reopened after Etna's ash cloud cleared, with 40 flights delayed."),
              ("A", "Milo residents watch lava stop short",
               "Residents of Milo watched the lava stop 200 metres short of the first houses.")),

    # --- one happening told differently: must end as one story ---
    _sequence("o01", "one", "one tanker spill, volume revised",
              ("A", "Oil spill off Mauritius after tanker runs aground",
               "A bulk carrier ran aground on a reef off south-east Mauritius and began leaking fuel "
               "oil, the government said."),
              ("A", "Mauritius declares emergency as fuel leaks",
               "Mauritius declared an environmental emergency after more than 1,000 tonnes of oil "
               "leaked from the grounded ship near Mahebourg."),
              ("A", "Volunteers build booms to hold back Mahebourg oil",
               "Volunteers stuffed sugar cane leaves into fabric tubes to hold back the oil washing "
               "into the Mahebourg lagoon from the stranded carrier.")),
    _sequence("o02", "one", "one coach appointed, named late",
              ("A", "Club confirms new manager after weeks of search",
               "Celtic confirmed their new manager on Tuesday after a six-week search, the club said "
               "in a statement."),
              ("A", "Celtic appoint Henrik Dalgaard",
               "Celtic named the Dane Henrik Dalgaard as manager on a three-year contract."),
              ("A", "Dalgaard promises attacking football at Celtic Park",
               "Henrik Dalgaard told reporters at Celtic Park he wanted his side to attack, a day "
               "after his appointment.")),
    _sequence("o03", "one", "one stampede, toll rising",
              ("A", "Stampede at temple festival in Kerala",
               "A stampede broke out at a temple festival in Kollam, Kerala, as fireworks went off, "
               "and several people died, police said."),
              ("A", "Kollam temple stampede toll reaches 23",
               "The toll from the Kollam festival stampede rose to 23, with more than 100 injured, "
               "Kerala officials said."),
              ("A", "Kerala orders inquiry into fireworks stampede",
               "Kerala's government ordered a judicial inquiry into the fireworks and the stampede "
               "at the Kollam temple that killed 23."),
              ("A", "Temple festival organisers questioned",
               "Police questioned seven organisers of the Kollam festival over the fireworks display "
               "that set off the crush.")),
    _sequence("o04", "one", "one election result, turnout and seats told apart",
              ("A", "Ruling party wins Mongolian parliament vote",
               "Mongolia's ruling party won a majority in the parliamentary election, the election "
               "commission said on Thursday."),
              ("A", "Mongolia election: ruling party takes 62 of 76 seats",
               "The ruling party took 62 of the 76 seats in the Great Khural, with turnout at "
               "73%, preliminary results showed."),
              ("A", "Opposition in Ulaanbaatar disputes vote count",
               "Opposition leaders in Ulaanbaatar said they would challenge the count in several "
               "districts after the ruling party's landslide.")),
    _sequence("o05", "one", "one wildfire, town then province",
              ("A", "Wildfire forces evacuation of Fort McMurray",
               "A wildfire forced the evacuation of all 88,000 residents of Fort McMurray, officials "
               "said, as flames reached the edge of town."),
              ("A", "Alberta fire destroys 1,600 buildings",
               "The fire in northern Alberta has destroyed about 1,600 buildings, the provincial "
               "premier said, and is still spreading."),
              ("A", "Fort McMurray evacuees find shelter in Edmonton",
               "Thousands of people who fled the Fort McMurray fire found beds in Edmonton, where "
               "the province opened emergency centres.")),
    _sequence("o06", "one", "one bridge collapse, cause reported later",
              ("A", "Motorway bridge collapses in Genoa",
               "A section of a motorway bridge collapsed in Genoa during a storm, sending cars into "
               "the riverbed below, Italian police said."),
              ("A", "Genoa bridge toll rises to 39",
               "At least 39 people died when the Morandi viaduct fell, the interior ministry said, "
               "as rescuers searched the rubble."),
              ("A", "Corroded cables blamed for Morandi collapse",
               "Engineers said corroded steel cables were the likely cause of the Morandi viaduct's "
               "collapse in Genoa.")),
    _sequence("o07", "one", "one hijacking, airline named once",
              ("A", "Plane hijacked on flight to Cairo",
               "A passenger plane on a domestic flight to Cairo was hijacked by a man who said he "
               "wore an explosive belt, officials said."),
              ("A", "EgyptAir jet diverted to Cyprus",
               "The EgyptAir plane landed at Larnaca in Cyprus, where the hijacker let most of the "
               "passengers go."),
              ("A", "Larnaca hijacker surrenders, belt was fake",
               "The hijacker gave himself up at Larnaca airport; his explosive belt turned out to "
               "be fake, Cypriot police said."),
              ("A", "Crew of hijacked plane return to Cairo",
               "The crew of the hijacked EgyptAir flight flew home to Cairo after the siege at "
               "Larnaca ended.")),
    _sequence("o08", "one", "one cyclone, landfall then aftermath",
              ("A", "Cyclone makes landfall in Mozambique",
               "Cyclone Idai made landfall near the port city of Beira with winds of 170 km/h, "
               "Mozambique's weather service said."),
              ("A", "Beira 90% destroyed, Red Cross says",
               "The Red Cross said 90% of Beira was damaged or destroyed by Cyclone Idai, and "
               "communications were cut."),
              ("A", "Cholera cases reported after Idai",
               "Health officials confirmed cholera cases in Beira, two weeks after Cyclone Idai "
               "flooded the city.")),
]
# sequences the linker still gets wrong (each a strict xfail, with its reason). Written before link31;
# 15 of 21 right before it and the same after (the fragment merge of settling,
# link.stories.MERGE_THRESHOLD, changes none of them: their fragments are one or two articles)
STILL_WRONG: dict[str, str] = {
    "t01": "merge: the second singer's first report joins the first's one-article story on one pair "
           "(clinic, state and the kind's words shared)",
    "t11": "merge: the second plant's first report joins the first's one-article story on one pair "
           "(carmaker's name and the kind's words shared)",
    "t10": "miss, not merge: the failed launch's follow-up shares only the rocket's name and starts a story",
    "t13": "miss, not merge: the second report of the lava flow shares only the village's name",
    "o05": "the report naming only the province joins another sequence's story (a quake's, by its "
           "figures and damage words)",
    "o07": "split: the reports naming Cairo and those naming Larnaca end in two stories",
}


def _params() -> list[Any]:
    return sequence_params(SEQUENCES, STILL_WRONG)


@pytest.fixture(scope="module")
def right(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    return link_sequences(SEQUENCES, tmp_path_factory.mktemp("stories31"))


def test_the_sequences_hold_both_relations() -> None:
    check_sequence_set(SEQUENCES, by_turns=True)   # by turns: the second happening comes second


@pytest.mark.parametrize("sequence", _params())
def test_each_happening_ends_in_its_own_story(sequence: dict[str, Any], right: dict[str, bool]) -> None:
    assert right[sequence["id"]]


if __name__ == "__main__":
    print_sequence_verdicts(SEQUENCES)

"""Contest type, body, ballot id and voting system (schema 2.0), on sentences written for these tests.

Each case is an invented sentence about a seat, ward or office (people and figures invented) with the
type a reader takes from it; the negatives are sentences whose words belong to another body or to no
contest, and must not move the type. Classification is tested on its own (no model): a seat's facts
are built by hand, as assembly would hand them over.
"""

from __future__ import annotations

import datetime

import pytest
from electext.checks.ballots import ballot_id, dated, stated_polling_day, voting_system
from electext.checks.systems import SINGLE_WINNER_CHECKS, skipped
from electext.core.records import SCHEMA_VERSION, Contest, Label, PreviousMember
from electext.extract.assemble.contest_kind import classify, council_place, with_office
from electext.extract.assemble.statements import SeatFacts
from electext.extract.facts import ElectionFact, Fact, Span, VacancyFact
from electext.extract.mentions import Mention
from electext.ingest.article import article_from_text
from electext.lexicon.contest_areas import load_contest_areas

from tests.conftest import reported


def _seat(
    text: str, seat: str, facts: tuple[Fact, ...] = (), published: str | None = None
) -> tuple[SeatFacts, list[Span]]:
    """The seat's facts and where the text names it (every occurrence of its name)."""
    article = article_from_text(text, metadata={"published": published} if published else None)
    spans = []
    at = article.text.find(seat)
    while at >= 0:
        spans.append(Span(at, at + len(seat)))
        at = article.text.find(seat, at + 1)
    assert spans, f"{seat!r} is not in the text"
    return SeatFacts(article, seat, facts, {}), spans


def _kind(text: str, seat: str, facts: tuple[Fact, ...] = ()) -> tuple[str | None, str | None, str | None]:
    """(type, the word that says so or None, body) for ``seat`` in ``text``."""
    seat_facts, spans = _seat(text, seat, facts)
    kind = classify(seat_facts, spans, seat_facts.article.year)
    label = kind.contest_type
    word = label.evidence[0].text if label and label.evidence else None
    return (label.value if label else None, word, kind.body.value if kind.body else None)


CASES = [
    # a word tied to the name
    ("The Lib Dems took Hollowfield ward from Labour by 212 votes.", "Hollowfield", ("council", "ward")),
    ("Brenda Oyelaran won the Marsh End division of Kent County Council.", "Marsh End", ("council", "division")),
    ("Tomas Reid was elected Mayor of Bristol with 41,220 votes.", "Bristol", ("mayor", "Mayor of")),
    (
        "The Lincolnshire police and crime commissioner, Ada Quince, was re-elected.",
        "Lincolnshire",
        ("pcc", "police and crime commissioner"),
    ),
    ("Peterborough (Westminster): Labour gain from Conservative.", "Peterborough", ("westminster", "Westminster")),
    # the words of a sentence naming the seat choose among the kinds its name can be
    (
        "Plaid Cymru's Elin Rhys became the Senedd member for Arfon with 9,100 votes.",
        "Arfon",
        ("senedd", "Senedd member"),
    ),
    ("Arfon's new MP, Owain Pryce, won by 92 votes.", "Arfon", ("westminster", "MP")),
    ("Sinn Féin topped the poll in Foyle, where three MLAs were elected.", "Foyle", ("ni_assembly", "MLAs")),
    ("The West Midlands mayor, Priya Kaur, won a second term.", "West Midlands", ("mayor", "mayor")),
    ("The West Midlands PCC race went to a second count.", "West Midlands", ("pcc", "PCC")),
    # a name only one gazetteer holds is that kind without a word
    ("Mairi Dunn held Aberdeen Donside for the SNP.", "Aberdeen Donside", ("scottish_parliament", None)),
    ("Labour held Tamworth comfortably.", "Tamworth", ("westminster", None)),
]


@pytest.mark.parametrize(("text", "seat", "expected"), CASES, ids=[c[1] + ":" + c[2][0] for c in CASES])
def test_contest_type_from_text_cues(text: str, seat: str, expected: tuple[str, str | None]) -> None:
    kind, word, _ = _kind(text, seat)
    assert (kind, word) == expected


NEGATIVES = [
    # a council word in a Westminster seat's sentence is another contest's
    ("Tamworth's new MP, a former councillor, won by 1,316 votes.", "Tamworth", "westminster"),
    # "no council by-elections" read by the linker as the seat's election does not make a Westminster seat a ward
    ("There were no council by-elections this week. Ashfield went to Reform.", "Ashfield", "westminster"),
    # a Holyrood word about a member of another body in the article does not move a Westminster-only name
    ("Labour held Ashfield. An MSP from Fife was in the audience.", "Ashfield", "westminster"),
]


@pytest.mark.parametrize(("text", "seat", "expected"), NEGATIVES)
def test_other_bodies_words_do_not_move_the_type(text: str, seat: str, expected: str) -> None:
    facts: tuple[Fact, ...] = ()
    if "council by-elections" in text:
        start = text.index("council by-elections")
        facts = (ElectionFact(seat, "election", (Span(start, start + 20),), kind="council by-election"),)
    assert _kind(text, seat, facts)[0] == expected


def test_a_name_no_gazetteer_holds_is_a_ward_only_when_a_word_says_so() -> None:
    assert _kind("Brindle Heath went to the Greens, 640 votes to 610.", "Brindle Heath")[0] is None
    assert _kind("A council by-election: Brindle Heath went to the Greens.", "Brindle Heath")[:2] == (
        "council",
        "council by-election",
    )


def test_a_council_by_election_named_with_a_town_is_a_council_contest() -> None:
    text = "The Gloucester council by-election went to the Greens by 48 votes."
    start = text.index("council by-election")
    span = (Span(start, start + 19),)
    named = ElectionFact("Gloucester", "election", span, kind="council by-election", seat_named=True)
    assert _kind(text, "Gloucester", (named,))[:2] == ("council", "council by-election")


def test_election_kind_named_for_the_seat_says_the_type() -> None:
    text = "Voters in Airdrie and Shotts go to the Holyrood by-election count tonight."
    start = text.index("Holyrood by-election")
    fact = ElectionFact(
        "Airdrie and Shotts", "election", (Span(start, start + 20),), kind="Scottish Parliament by-election"
    )
    assert _kind(text, "Airdrie and Shotts", (fact,))[:2] == ("scottish_parliament", "Holyrood by-election")


@pytest.mark.parametrize(
    ("text", "seat", "body"),
    [
        ("Reform won Claines ward on Worcester City Council by 56 votes.", "Claines", "Worcester City Council"),
        (
            "The Labour-run Teignbridge District Council lost Dunmere ward to the Lib Dems.",
            "Dunmere",
            "Teignbridge District Council",
        ),
        ("Haddow ward (East Lothian): SNP gain from Labour.", "Haddow", "East Lothian"),
        ("Tomas Reid was elected Mayor of Bristol with 41,220 votes.", "Bristol", "Bristol City Council"),
        ("The Lincolnshire police and crime commissioner was re-elected.", "Lincolnshire", "Lincolnshire police area"),
        ("Labour held Tamworth comfortably.", "Tamworth", "House of Commons"),
        ("Mairi Dunn held Aberdeen Donside for the SNP.", "Aberdeen Donside", "Scottish Parliament"),
    ],
)
def test_body_of_each_contest(text: str, seat: str, body: str) -> None:
    assert _kind(text, seat)[2] == body


def test_a_ward_whose_council_is_not_named_has_no_body() -> None:
    assert _kind("The Lib Dems took Hollowfield ward from Labour.", "Hollowfield")[2] is None


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Worcester City Council", "Worcester"),
        ("Teignbridge District Council", "Teignbridge"),
        ("East Lothian Council", "East Lothian"),
        ("Aberdeen City Council", "Aberdeen City"),
        ("London Borough of Hackney", "Hackney"),
        ("Worcester", "Worcester"),
    ],
)
def test_council_place_is_democracy_clubs_organisation(name: str, place: str) -> None:
    assert council_place(name, load_contest_areas()) == place


def _contest(seat: str, kind: str, election: str = "by-election", body: str | None = None) -> Contest:
    return Contest(
        constituency=Label(value=seat),
        election=Label(value=election),
        contest_type=Label(value=kind),
        body=Label(value=body) if body else None,
    )


@pytest.mark.parametrize(
    ("contest", "day", "expected"),
    [
        (_contest("Mid Bedfordshire", "westminster"), "2023-10-19", "parl.mid-bedfordshire.by.2023-10-19"),
        (_contest("Tamworth", "westminster", "general election"), "2024-07-04", "parl.tamworth.2024-07-04"),
        (
            _contest("Claines", "council", body="Worcester City Council"),
            "2019-05-02",
            "local.worcester.claines.by.2019-05-02",
        ),
        (
            _contest("Dunmere", "council", "council by-election", "Teignbridge District Council"),
            "2018-11-01",
            "local.teignbridge.dunmere.by.2018-11-01",
        ),
        (
            _contest("Aberdeen Central", "scottish_parliament", "election"),
            "2021-05-06",
            "sp.c.aberdeen-central.2021-05-06",
        ),
        (_contest("Lothian", "scottish_parliament", "election"), "2021-05-06", "sp.r.lothian.2021-05-06"),
        (_contest("Ynys Môn", "senedd", "Senedd by-election"), "2013-08-01", "naw.c.ynys-mon.by.2013-08-01"),
        (_contest("Caerphilly", "senedd", "Senedd by-election"), "2025-10-23", "senedd.c.caerphilly.by.2025-10-23"),
        (_contest("Gŵyr Abertawe", "senedd", "election"), "2026-05-07", "senedd.gwyr-abertawe.2026-05-07"),
        (_contest("Foyle", "ni_assembly", "election"), "2022-05-05", "nia.foyle.2022-05-05"),
        (_contest("West Midlands", "mayor", "election"), "2024-05-02", "mayor.west-midlands.2024-05-02"),
        (_contest("Lincolnshire", "pcc", "election"), "2021-05-06", "pcc.lincolnshire.2021-05-06"),
    ],
)
def test_ballot_ids_for_each_type(contest: Contest, day: str, expected: str) -> None:
    assert ballot_id(contest, datetime.date.fromisoformat(day), load_contest_areas()) == expected


def test_no_id_without_what_it_needs() -> None:
    areas = load_contest_areas()
    day = datetime.date(2019, 5, 2)
    assert ballot_id(_contest("Claines", "council"), day, areas) is None  # no council named
    assert ballot_id(_contest("Nowhere Vale", "mayor"), day, areas) is None  # no such mayoralty
    undated = dated(_contest("Mid Bedfordshire", "westminster"), None)
    assert undated.ballot_id is None
    assert undated.voting_system and undated.voting_system.value == "FPTP"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The by-election was held on Thursday 2 May 2019. Reform won.", None, "2019-05-02"),
        ("Thursday's by-election in Hollowfield went to the Greens.", "2019-05-03", "2019-05-02"),
        ("Hollowfield went to the Greens, 640 votes to 610.", "2019-05-03", None),
        ("The councillor died on 2 March 2019; the Greens won Hollowfield.", None, None),
    ],
)
def test_polling_day_from_the_text(text: str, published: str | None, expected: str | None) -> None:
    article = article_from_text(text, metadata={"published": published} if published else None)
    found = stated_polling_day(article)
    assert (found.day.isoformat() if found else None) == expected


@pytest.mark.parametrize(
    ("contest", "ballot", "system"),
    [
        (_contest("Foyle", "ni_assembly", "election"), "nia.foyle.2022-05-05", "STV"),
        (_contest("Haddow", "council", body="East Lothian Council"), "local.east-lothian.haddow.by.2023-03-02", "STV"),
        (_contest("Lincolnshire", "pcc", "election"), "pcc.lincolnshire.2021-05-06", "sv"),
        (_contest("Lincolnshire", "pcc", "election"), "pcc.lincolnshire.2024-05-02", "FPTP"),
        (_contest("Tamworth", "westminster"), "parl.tamworth.by.2023-10-19", "FPTP"),
    ],
)
def test_voting_system_from_uk_election_ids(contest: Contest, ballot: str, system: str) -> None:
    found = voting_system(contest, ballot, load_contest_areas())
    assert found is not None and found.value == system


def test_single_winner_checks_skip_other_systems_with_a_reason() -> None:
    stv = _contest("Foyle", "ni_assembly", "election").model_copy(update={"voting_system": Label(value="STV")})
    fptp = _contest("Tamworth", "westminster").model_copy(update={"voting_system": Label(value="FPTP")})
    for check_id in SINGLE_WINNER_CHECKS:
        skip = skipped(check_id, stv)
        assert skip is not None and skip.status == "unverifiable" and "first preferences" in skip.message
        assert skipped(check_id, fptp) is None
    assert skipped("share_sum", stv) is None  # first preferences still add up to 100


def test_previous_member_office_from_the_text_or_the_type() -> None:
    text = "The by-election in Hollowfield ward followed the death of Councillor Jo Marsh."
    seat, _ = _seat(text, "Hollowfield")
    start = text.index("Jo Marsh")
    person = Mention(start, start + 8, "Jo Marsh", "person", "Jo Marsh")
    fact = VacancyFact("Hollowfield", "previous_mp", (Span(start - 13, start + 8),), subject=person, reason="died")
    seat = SeatFacts(seat.article, "Hollowfield", (fact,), {})
    previous = PreviousMember(name=Label(value="Jo Marsh"))
    office = with_office(seat, previous, Label(value="council"))
    assert (
        office
        and office.office
        and (office.office.value, office.office.evidence[0].text) == ("councillor", "Councillor")
    )
    # a word of another body's (an MP at the count) is not the previous holder's office
    text = "The MP for the area watched the count as Hollowfield ward was declared; Jo Marsh had resigned."
    seat, _ = _seat(text, "Hollowfield")
    usual = with_office(SeatFacts(seat.article, "Hollowfield", (), {}), previous, Label(value="council"))
    assert usual and usual.office and (usual.office.value, usual.office.derived is not None) == ("councillor", True)


def test_schema_version_is_2() -> None:
    assert SCHEMA_VERSION == "2.0"
    assert "previous_member" in Contest.model_fields and "previous_mp" not in Contest.model_fields


def test_an_earlier_years_general_election_is_not_the_kind_of_this_contest() -> None:
    text = (
        "Senedd election 2021\n\nPublished 8 May 2021\n\n"
        "The Conservatives have gained Vale of Clwyd in Thursday's Senedd election. Gareth Ellis won by 366 "
        "votes.\n\nIt follows the capture of the Westminster seat of the same name at the 2019 general "
        "election, when James Davies won it back for the party."
    )
    contest = reported(text)
    assert contest.contest_type is not None and contest.contest_type.value == "senedd"
    assert contest.ballot_id is not None and contest.ballot_id.value == "senedd.c.vale-of-clwyd.2021-05-06"
    assert contest.previous_member is None

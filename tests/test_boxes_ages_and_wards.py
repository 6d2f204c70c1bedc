"""Results boxes, people introduced with their ages, and council round-ups: a box's heading that gives its
seat in capitals with its parliament in brackets ("KELBY AND LOCH TARN (Westminster)"), a party's result
told as a noun "in" its seat ("Labour's hold in Hexley Vale owes …"), a candidate's votes counted "in" their
seat, a name set off with an age ("Dana Quillfeather, 52, a retired teacher,"), "a former Royal Marine" as
what someone was, a lone surname on a list line that the article names in full elsewhere, a paper's "Page
12" pointer, several candidates' votes "between them", a ward whose name ends on a party's word before its
council ("ASHBY GREEN (Kelby District Council)") and a council's name that is no ward. Each phenomenon in
invented sentences about invented places and people, with a text that must not be read the same way."""

from __future__ import annotations

import pytest
from electext.extract.mentions.people import _aged_names
from electext.lexicon import patterns
from electext.lexicon.resources import load_resources

from tests.conftest import candidates, reported, reported_names, tallies

_TABLE = (
    "Candidate            Party   Votes    Share %   Change\n"
    "Moira Tulloch        Lab     14,102   44.0      +11.2\n"
    "Angus Brodie         SNP     11,350   35.4      -10.1\n"
    "Callum Reid          Con      3,905   12.2      -2.0\n"
)


@pytest.mark.parametrize("body", ["Westminster", "Scottish Parliament", "HOLYROOD"])
def test_a_box_heading_in_capitals_with_its_parliament_in_brackets_names_the_contest(body: str) -> None:
    text = f"BY-ELECTION RESULT\n\nKELBY AND LOCH TARN ({body})\nPolling day: Thursday 4 June\n\n{_TABLE}"
    contest = reported(text)
    assert contest.constituency.value.lower() == "kelby and loch tarn"
    assert tallies(contest) == {"Moira Tulloch": 14102, "Angus Brodie": 11350, "Callum Reid": 3905}


def test_a_bracket_that_is_no_parliament_makes_no_box_heading() -> None:
    line = "KELBY AND LOCH TARN (photographs)"
    assert not any("KELBY" in match.group(0) for match in patterns.STRONG_SEAT_CONTEXT.finditer(line)) and not any(
        "KELBY" in match.group(0) for match in patterns.SEAT_CONTEXT.finditer(line)
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Labour's hold in Ashby Vale owes more to a split opposition than to enthusiasm.",
        "The Greens' victory in Ashby Vale surprised nobody at the count.",
    ],
)
def test_a_result_told_as_a_noun_in_its_seat_names_the_contest(opening: str) -> None:
    text = f"{opening} Tom Reddaway took 8,201 votes to 7,004 for Ann Colley of Reform UK."
    assert reported_names(text) == ["Ashby Vale"]


def test_a_result_told_as_a_noun_in_passing_names_no_contest() -> None:
    text = "It beats Labour's win in Kelverton Moor last year, when a 15,002 majority fell."
    assert reported_names(text) == []


def test_a_candidates_votes_in_a_seat_name_the_contest() -> None:
    text = (
        "Reform stormed to victory last night. Dara Pell took 12,611 votes in Kelby and Stanmore - "
        "trouncing the Conservatives' Vera Hobbs, who limped in with 6,032."
    )
    assert reported_names(text) == ["Kelby and Stanmore"]


def test_votes_counted_in_a_country_name_no_contest() -> None:
    assert reported_names("Reform won four million votes in England, and 12,000 votes in Thursday's contests.") == []


@pytest.mark.parametrize(
    ("sentence", "person", "votes"),
    [
        ("Tarquin Lisle, 58, polled 4,420 and Shona Brackley, 33, took 1,204.", "Shona Brackley", 1204),
        (
            "Ffion Carrow, a 29-year-old nurse, took 1,204 votes and Tarquin Lisle, a 58-year-old farmer, "
            "polled 4,420.",
            "Ffion Carrow",
            1204,
        ),
    ],
)
def test_a_name_set_off_with_an_age_is_a_person(sentence: str, person: str, votes: int) -> None:
    assert tallies(reported(f"Labour held Ashby Vale. {sentence}"))[person] == votes


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Ex-roofer Dunn, 52, was furious.", []),
        ("Lib Dem Fiona Carter, 38, a former paramedic, won.", ["Fiona Carter"]),
        ("Barrister Lucy Fanshawe, 45, scraped home.", ["Lucy Fanshawe"]),
        ("Labour's Marcus Oyelaran, a 34-year-old solicitor, won.", []),  # the model's to read, with its party
    ],
)
def test_an_age_does_not_make_a_role_a_title_or_a_party_part_of_a_name(written: str, names: list[str]) -> None:
    assert [written[start:end] for start, end in _aged_names(written, 0, load_resources())] == names


def test_a_former_role_in_capitals_is_no_one() -> None:
    text = (
        "Reform UK won the Coldmere by-election. Its candidate, a former Royal Marine turned plumber, bagged "
        "12,611 votes."
    )
    assert "Royal Marine" not in candidates(reported(text))


def test_a_lone_surname_on_a_list_line_is_the_person_the_article_names_in_full() -> None:
    text = (
        "Labour held Kelby and Stanmore.\n\nHOW THEY VOTED\nPell (Ref) 12,611\nHobbs (Con) 6,032\n"
        "Penhale (Grn) 918\n\nThe Greens' Morwenna Penhale came last."
    )
    assert candidates(reported(text))["Morwenna Penhale"]["votes"] == 918


def test_a_lone_word_that_is_no_ones_surname_is_not_given_a_full_name() -> None:
    text = (
        "Labour held Kelby and Stanmore.\n\nHOW THEY VOTED\nPell (Ref) 12,611\nHobbs (Con) 6,032\n"
        "Harbour (Grn) 918\n\nThe Greens' Jasper Penhallow came last."
    )
    assert "Jasper Penhallow" not in candidates(reported(text))


@pytest.mark.parametrize("pointer", ["Comment - Page 12", "Full story: page 4"])
def test_a_papers_page_pointer_is_no_tally(pointer: str) -> None:
    text = f"Labour held Kelby and Stanmore.\n\nHOW THEY VOTED\nPell (Ref) 12,611\nHobbs (Con) 6,032\n\n{pointer}\n"
    assert set(candidates(reported(text))) == {"Pell", "Hobbs"}


def test_votes_between_several_candidates_are_no_ones_tally() -> None:
    text = (
        "Labour held Ashby Vale. Tom Reddaway took 8,201 votes. Two other candidates, Ann Colley and Bob "
        "Hayter, polled fewer than 300 votes between them."
    )
    assert tallies(reported(text)) == {"Tom Reddaway": 8201}


def test_one_candidates_votes_in_total_are_their_tally() -> None:
    text = "Labour held Ashby Vale. Tom Reddaway took 8,201 votes in total. Ann Colley of Reform UK polled 1,020."
    assert tallies(reported(text))["Tom Reddaway"] == 8201


_ROUND_UP = (
    "COUNCIL BY-ELECTIONS: THE WEEK IN WARDS\n\nA first Reform seat in Kelby.\n\n"
    "MILL WEIR (Harton Borough Council) - Lab hold\nJo Tuffley (Lab) 812, Craig Dunn (Reform UK) 540.\n\n"
    "{heading} - Reform UK gain from Con\nA first Kelby councillor for Reform UK. Gary Loman (Ref) 1,103, "
    "Sheila Brand (Con) 978. Majority 125.\n"
)


def test_a_wards_name_ending_on_a_party_word_before_its_council_is_the_ward() -> None:
    text = _ROUND_UP.format(heading="ASHBY GREEN (Kelby District Council)")
    assert reported_names(text) == ["Mill Weir", "Ashby Green"]


def test_a_party_word_with_no_council_after_it_is_still_the_party() -> None:
    assert patterns.COUNCIL_BRACKET_AFTER.match(" (Green Party)") is None
    assert patterns.COUNCIL_BRACKET_AFTER.match(" (Kelby District Council)") is not None


def test_a_councils_name_in_a_council_report_is_no_ward() -> None:
    text = _ROUND_UP.format(heading="ASHBY FIELDS (Kelby District Council)")
    assert "Kelby" not in reported_names(text)


def _previous_member(text: str) -> str | None:
    member = reported(text).previous_member
    return member.name.value if member is not None and member.name is not None else None


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        (
            "Gareth Lyle won here for Labour at the general election with a majority of 8,221, then resigned in "
            "March to take up a post with a UN agency.",
            "Gareth Lyle",
        ),
        (
            "At the general election the Conservatives' Fiona Garside, who stood down in the spring to take up a "
            "post at a bank, had a majority of 9,744.",
            "Fiona Garside",
        ),
        (
            "Seamus Carrick, who sat as an independent, had not lodged a list of substitutes before he resigned in "
            "June, so the seat went to the voters.",
            "Seamus Carrick",
        ),
    ],
)
def test_the_member_who_left_is_read_from_a_history_sentence(sentence: str, member: str) -> None:
    text = f"Labour won the Kelby Vale by-election. Ann Hale took 9,102 votes. {sentence}"
    assert _previous_member(text) == member


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed, who sat for Labour on the council, said she resigned from the party last year.",
        "Tom Reed, who sat for Labour on the council, said she resigned last year.",
    ],
)
def test_someone_elses_resignation_names_no_member(sentence: str) -> None:
    text = f"Labour won the Kelby Vale by-election. Ann Hale took 9,102 votes. {sentence}"
    assert _previous_member(text) is None


def test_the_holyrood_seat_a_member_left_for_is_no_contest() -> None:
    text = (
        "KELBY AND LOCH TARN (Westminster)\n\n"
        "Candidate            Party   Votes\nMoira Tulloch        Lab     14,102\n"
        "Angus Brodie         SNP     11,350\n\n"
        "Previous MP: Duncan Fairlie (SNP), who resigned from the Commons after winning the Holyrood seat of "
        "Tarn and Glenmore\n"
    )
    assert _previous_member(text) == "Duncan Fairlie"
    assert reported_names(text) == ["Kelby and Loch Tarn"]


def test_a_partys_name_in_welsh_in_a_bracket_is_no_part_of_the_name() -> None:
    text = "Cwm Tawel by-election\n\nSiwan Pryce (Plaid Cymru) 8,912\nIeuan Dafis (Gwyrdd / Green) 498\n"
    assert candidates(reported(text))["Ieuan Dafis"]["party"] == "Green"


def test_a_candidate_of_a_nations_branch_of_a_party_keeps_the_tally() -> None:
    text = "Labour won the Kelby North by-election. Eilidh Forbes of the Scottish Lib Dems took 1,030."
    assert candidates(reported(text))["Eilidh Forbes"] == {
        "party": "Liberal Democrats",
        "votes": 1030,
        "position": None,
    }


def test_a_name_after_a_partys_possessive_is_its_candidate() -> None:
    text = (
        "Labour won the Kelby North by-election. The DUP's Gillian Armour came third with 8,041 votes, ahead of "
        "Alliance's Hugh Mallan (4,660) and the UUP's Ivan Coulter (2,019)."
    )
    assert tallies(reported(text))["Hugh Mallan"] == 4660


def test_a_place_after_a_partys_possessive_is_no_candidate() -> None:
    text = (
        "Labour won the Kelby North by-election with 9,000 votes. Labour's North East branch was jubilant, and "
        "Labour's Deputy Leader said so."
    )
    assert set(candidates(reported(text))) == {"Labour"}


def test_a_returning_officers_reading_quoted_surname_first_is_the_result() -> None:
    text = (
        "Reform UK won the Marrowby by-election. He read the names alphabetically, which is how democracy keeps "
        'everyone in suspense.\n\n"Fenwick, Rupert, Conservative: 3,108." A polite ripple.\n\n'
        '"Kerr, Lee, Reform UK: 9,390." The hall erupted.'
    )
    contest = reported(text)
    assert tallies(contest) == {"Rupert Fenwick": 3108, "Lee Kerr": 9390}
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Lee Kerr"


def test_quoted_speech_with_a_figure_is_still_speech() -> None:
    text = 'Labour held Ashby Vale. Tom Reddaway took 8,201 votes. "Honestly, Ann, we expected 9,000," he said.'
    assert tallies(reported(text)) == {"Tom Reddaway": 8201}


def test_a_turnout_after_an_earlier_majority_in_an_aside_is_this_elections() -> None:
    text = (
        "Reform UK won the Marrowby by-election. So there it was: a majority of 1,813 for Reform UK in a seat "
        "where Ann Hale had nursed a 15,006 majority at the general election, on a turnout of 33.9 per cent."
    )
    contest = reported(text)
    assert contest.turnout is not None and contest.turnout.value == 33.9


def test_a_winner_increasing_their_own_majority_held_the_seat_before() -> None:
    text = "Labour's Lee Walters held Ashby Vale, increasing his majority from 382 in 2016 to 5,675."
    assert _previous_member(text) == "Lee Walters"


def test_a_winner_increasing_the_partys_majority_may_be_new() -> None:
    text = "Labour's Lee Walters held Ashby Vale, increasing the party's majority from 382 in 2016 to 5,675."
    assert _previous_member(text) is None


def test_a_seat_held_named_with_its_noun_is_the_contest_whatever_the_model_read() -> None:
    text = "Labour's Lee Walters held the Kelby seat with an increased majority of 5,675."
    assert reported_names(text) == ["Kelby"]


def test_a_partys_seat_held_is_no_named_seat() -> None:
    assert reported_names("Labour took the Tory seat with a majority of 5,675.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour has gained the Midlands seat of Pellham Vale from the Conservatives, with Tom Rack on 15,412.",
        "Labour has held the Westminster seat of Pellham Vale, with Tom Rack returned with a majority of 2,662.",
    ],
)
def test_a_descriptor_before_a_seats_own_name_is_no_seat(sentence: str) -> None:
    assert reported_names(sentence) == ["Pellham Vale"]


def test_a_council_named_in_prose_is_no_ward_where_the_report_names_one() -> None:
    text = (
        "Independent wins Quay seat on Port Kelby Town Council\n\nFormer coxswain Derek Quarry has been elected to "
        "Port Kelby Town Council after standing as an independent in the Quay ward by-election. Mr Quarry topped "
        "the poll with 412 votes, ahead of Conservative Susan Mabb on 287."
    )
    assert reported_names(text) == ["Quay"]


def test_a_parish_council_with_no_ward_is_the_contest() -> None:
    text = (
        "A retired nurse has been elected to Little Kelby Parish Council after the village's first contested "
        "by-election in a decade. Margaret Ellison, an Independent, polled 214 votes and Robert Quill 187."
    )
    assert reported_names(text) == ["Little Kelby"]


def test_a_ward_named_like_its_own_parish_council_is_still_the_ward() -> None:
    text = (
        "The Conservatives have held the Moss Heath ward on Kelby District Council. Ann Bellamy was elected with "
        "742 votes, 131 more than Reform UK's Tom Vard. Mrs Bellamy already sits on Moss Heath Parish Council."
    )
    assert reported_names(text) == ["Moss Heath"]


@pytest.mark.parametrize(
    ("written", "council"),
    [
        ("Voters in Frinton and Kelby Town Council's Kelby ward", "Frinton and Kelby"),
        ("ASHBY GREEN (Harnley Metropolitan Borough Council)", "Harnley"),
        ("a seat on Kelby Borough Council,", "Kelby"),
    ],
)
def test_a_councils_whole_name_is_read(written: str, council: str) -> None:
    assert [match.group("name") for match in patterns.COUNCIL_NAMED.finditer(written)] == [council]

"""Sketches, recounts and corrections: a seat named by its count ("the St Cadoc count") or by a member who "had sat
for" it since a year, a returning officer's declaration read surname first with its tally in words, a margin at a
count a recount replaced, a result "in X" told on the day after it ("Last Thursday, in X, … to win by"), a name
with a particle ("Heledd ap Dafydd, 38,"), "the sitting Labour MS, X" whatever else the sentence dates, a live
blog's correction of its own figures; and what is none of these: a verb a cut-off page ends on, the figures a blog
gave as they came in. Each phenomenon in invented sentences about invented places and people, with a text that
must not be read the same way."""

from __future__ import annotations

from tests.conftest import candidates, reported, reported_names, tallies


def test_a_seat_named_by_its_count_is_the_contest() -> None:
    text = (
        "Oliver Pentreath watches a long night at the St Cadoc count.\n\nMarcus Fenwick, Labour's candidate, "
        "polled 15,602 votes and the Conservative Jeremy Oakley 15,564."
    )
    assert reported_names(text) == ["St Cadoc"]


def test_a_seat_a_member_had_sat_for_since_a_year_is_the_contest() -> None:
    text = (
        "Jeremy Oakley, who had sat for St Cadoc since 2010, stood by the trestle tables. Labour's Marcus Fenwick "
        "polled 15,602 votes to his 15,564."
    )
    assert reported_names(text) == ["St Cadoc"]


def test_a_declaration_read_surname_first_with_its_tally_in_words() -> None:
    text = (
        "The St Cadoc by-election count ended at 5am.\n\n"
        '"Fenwick-Dale, Marcus, the Labour Party, fifteen thousand six hundred and two." A roar. '
        '"Oakley, Jeremy, the Conservative Party Candidate, fifteen thousand five hundred and sixty-four."'
    )
    assert tallies(reported(text)) == {"Marcus Fenwick-Dale": 15602, "Jeremy Oakley": 15564}


def test_a_margin_at_a_count_a_recount_replaced_is_not_the_majority() -> None:
    text = (
        "Labour won the St Cadoc by-election after a recount. The first count put Labour ahead by 61. After the "
        "recount, "
        "Marcus Fenwick won with 15,602 votes, a majority of just 38."
    )
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 38


def test_a_margin_with_no_recount_told_is_the_majority() -> None:
    text = (
        "Labour won the St Cadoc by-election. The first count put Labour ahead by 61, and Marcus Fenwick won with "
        "15,602 votes."
    )
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 61


def test_a_result_in_a_place_told_after_its_day() -> None:
    text = (
        "They should stop. Last Thursday, in Harnford and Tollby, Reform UK's Carla Vost overturned a Conservative "
        "majority of 14,600 to win by 3,012 votes on a turnout of 28.5%."
    )
    contest = reported(text)
    assert contest.constituency.value == "Harnford and Tollby"
    assert contest.majority is not None and contest.majority.value == 3012


def test_a_verb_a_cut_off_page_ends_on_is_no_win() -> None:
    text = (
        "Reform UK's Gavin Tulley took 1,118 votes in the Stowe Fold by-election. The Conservative, Patricia "
        "Ellery, finished second with 1,021.\n\nThe Green candidate, Maddie Orrell, took"
    )
    contest = reported(text)
    assert contest.winner is not None and contest.winner.name is not None
    assert contest.winner.name.value == "Gavin Tulley"


def test_a_name_with_a_particle_set_off_with_an_age() -> None:
    text = (
        "Plaid Cymru held Glyn Aeronwy. Heledd ap Dafydd, 38, a Welsh-language campaigner, polled 11,820 votes. "
        "Labour's Huw Prydderch came second with 10,995."
    )
    assert "Heledd ap Dafydd" in candidates(reported(text))


def test_the_sitting_member_named_after_the_office_whatever_the_sentence_dates() -> None:
    text = (
        "Plaid Cymru gained Glyn Aeronwy, where Heledd Rhys polled 11,820 votes. The seat became vacant after the "
        "sitting Labour MS, Eirlys Bowman, announced last year that she would not seek re-election."
    )
    member = reported(text).previous_member
    assert member is not None and member.name is not None
    assert member.name.value == "Eirlys Bowman"


def test_a_live_blogs_correction_takes_its_figures_back() -> None:
    text = (
        "01:15 Harbeck North result\n\nDawn Ekwe (Lab) 18,430\nLee Pratley (Reform UK) 9,876\n\nLab majority 8,554.\n"
        "\n02:05 CORRECTION: In our 01:15 post we gave Labour's vote in Harbeck North as 18,430 and the majority as "
        "8,554. The correct figures are 18,340 and a majority of 8,464."
    )
    contest = reported(text)
    assert contest.majority is not None and contest.majority.value == 8464
    assert tallies(contest).get("Dawn Ekwe") != 18430


def test_figures_a_blog_gave_as_they_came_in_are_kept() -> None:
    text = (
        "01:15 Harbeck North result\n\nDawn Ekwe (Lab) 18,430\nLee Pratley (Reform UK) 9,876\n\n02:05 We gave you "
        "the Harbeck North result at 01:15: Labour won with 18,430 votes."
    )
    assert tallies(reported(text))["Dawn Ekwe"] == 18430

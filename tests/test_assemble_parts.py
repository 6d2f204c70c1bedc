"""Assembly's parts, each on records built by hand: no model, no linking.

The whole stage is exercised by every extraction test; these pin each part's own contract — who
wins when no win is stated, what a derived value says it was derived from, when a repeat merges —
on invented candidates."""

from __future__ import annotations

from electext.core.records import Candidate, Evidence, Label, Person, PreviousMajority, Quantity, Swing
from electext.extract.assemble.candidates import merge_party_duplicates
from electext.extract.assemble.derived import defeated_member_party, result, swing_from_party, winner_votes
from electext.extract.assemble.statements import SeatFacts, merge_statements
from electext.extract.assemble.winner import name_the_winner, winner_by_most_votes
from electext.extract.facts import ResultFact, Span
from electext.ingest.article import article_from_text


def _votes(value: float, start: int = 0, qualifier: str = "exact") -> Quantity:
    bounds = {"lower": value, "upper": value} if qualifier == "exact" else {"lower": value, "upper": None}
    return Quantity(
        value=value,
        unit="votes",
        qualifier=qualifier,  # type: ignore[arg-type]
        evidence=[Evidence(start=start, end=start + 5, text="x" * 5)],
        **bounds,
    )


def _label(value: str) -> Label:
    return Label(value=value)


def _place(value: float) -> Quantity:
    return Quantity(value=value, unit="place", lower=value, upper=value)


def _candidate(
    name: str | None, party: str | None, votes: float | None = None, place: float | None = None
) -> Candidate:
    return Candidate(
        name=_label(name) if name else None,
        party=_label(party) if party else None,
        votes=_votes(votes) if votes is not None else None,
        position=_place(place) if place is not None else None,
    )


def test_most_votes_wins_only_when_no_one_is_placed_first_and_no_tally_ties() -> None:
    built = [
        (("person", "Ann Cole"), _candidate("Ann Cole", "Labour", 9_120)),
        (("person", "Bo Lake"), _candidate("Bo Lake", "Reform", 8_004)),
    ]
    ranked, key = winner_by_most_votes(built)
    assert key == ("person", "Ann Cole")
    first = ranked[0][1].position
    assert first is not None and first.value == 1 and first.derived == "the most votes reported"
    tied = [(k, c.model_copy(update={"votes": _votes(9_120)})) for k, c in built]
    assert winner_by_most_votes(tied) == (tied, None)
    placed = [(built[0][0], built[0][1]), (built[1][0], built[1][1].model_copy(update={"position": _place(1)}))]
    assert winner_by_most_votes(placed)[1] is None  # the article's own place stands


def test_winner_votes_are_the_runner_up_s_plus_the_majority_and_say_so() -> None:
    candidates = [_candidate("Ann Cole", "Labour", place=1), _candidate("Bo Lake", "Reform", 8_004, place=2)]
    majority = _votes(1_116, start=40)
    derived = winner_votes(candidates, majority)[0].votes
    assert derived is not None and derived.value == 9_120
    assert derived.derived == "runner-up's votes (8,004) + majority (1,116)"
    assert [e.start for e in derived.evidence] == [0, 40]
    # a hedged majority ("more than 1,100") derives nothing
    assert winner_votes(candidates, _votes(1_100, qualifier="more_than"))[0].votes is None


def test_a_swing_without_its_from_side_swings_away_from_the_party_that_lost_the_seat() -> None:
    swing = Swing(value=9.5, unit="percent", to_party=_label("Labour"))
    gained = swing_from_party(swing, _label("Conservative"), None)
    assert gained is not None and gained.from_party is not None
    assert (gained.from_party.value, gained.from_party.derived) == ("Conservative", "the party that lost the seat")
    held = swing_from_party(swing, None, Person(party=_label("Conservative")))
    assert held is not None and held.from_party is not None
    assert (held.from_party.value, held.from_party.derived) == ("Conservative", "the party that held the seat")
    # a swing towards the party that held the seat names no "from" side it was not given
    towards_holder = swing_from_party(swing, None, Person(party=_label("Labour")))
    assert towards_holder is not None and towards_holder.from_party is None


def test_gain_or_hold_from_the_winner_s_party_and_the_previous_majority_s() -> None:
    article = article_from_text("Ann Cole won Ashcombe.")
    seat = SeatFacts(article, "Ashcombe", (), {})
    previous = PreviousMajority(value=4_000, unit="votes", party=_label("Conservative"))
    label, lost = result(seat, Person(party=_label("Labour")), previous, None)
    assert label is not None and label.value == "gain" and lost is not None and lost.value == "Conservative"
    label, lost = result(seat, Person(party=_label("Conservative")), previous, None)
    assert label is not None and label.value == "hold" and lost is None
    assert result(seat, Person(party=_label("Labour")), None, None) == (None, None)  # no holder, no verdict
    stated = SeatFacts(article, "Ashcombe", (ResultFact("Ashcombe", "result", (Span(0, 8),), result="hold"),), {})
    label, _ = result(stated, Person(party=_label("Labour")), previous, None)
    assert label is not None and label.value == "hold" and label.derived is None  # the article's word first


def test_the_defeated_member_stood_for_the_party_that_lost_the_seat() -> None:
    from electext.core.records import PreviousMember

    candidates = [_candidate("Ann Cole", "Labour", 9_120), _candidate("Dan Hale", None, 8_004)]
    member = PreviousMember(name=_label("Dan Hale"), reason=_label("defeated"))
    named, member_after = defeated_member_party(candidates, member, _label("Conservative"))
    assert named[1].party is not None and named[1].party.value == "Conservative"
    assert member_after is not None and member_after.party is not None
    assert named[0].party is not None and named[0].party.value == "Labour"  # others keep their own


def test_a_party_only_winner_is_its_one_named_candidate() -> None:
    candidates = [_candidate("Ann Cole", "Labour", 9_120), _candidate("Bo Lake", "Reform", 8_004)]
    _, winner = name_the_winner(candidates, Person(party=_label("Labour")))
    assert winner.name is not None and winner.name.value == "Ann Cole"
    # two named Labour candidates: no guess
    doubled = [*candidates, _candidate("Cy Moss", "Labour", 120)]
    assert name_the_winner(doubled, Person(party=_label("Labour")))[1].name is None


def test_a_party_figure_equal_to_one_partyless_name_s_is_that_candidate() -> None:
    built = [
        (("person", "Ann Cole"), _candidate("Ann Cole", None, 9_120)),
        (("party", "Green"), _candidate(None, "Green", 9_120)),
    ]
    merged, renamed = merge_party_duplicates(built)
    assert [key for key, _ in merged] == [("person", "Ann Cole")]
    assert renamed == {("party", "Green"): ("person", "Ann Cole")}
    party = merged[0][1].party
    assert party is not None and party.derived == "the same figure is stated for the party"


def test_repeats_that_agree_merge_into_the_exact_one_with_every_evidence() -> None:
    hedged = _votes(19_600, start=10, qualifier="more_than")
    exact = _votes(19_640, start=90)
    merged = merge_statements([hedged, exact])
    assert merged.value == 19_640 and [e.start for e in merged.evidence] == [10, 90]
    disagreeing = merge_statements([exact, _votes(18_000, start=200)])
    assert [e.start for e in disagreeing.evidence] == [90]  # the disagreement stays for the checks


def _turnout(value: float, printed: str, start: int) -> Quantity:
    return Quantity(
        value=value, unit="percent", evidence=[Evidence(start=start, end=start + len(printed), text=printed)]
    )


def test_the_most_precise_of_a_figure_and_its_roundings_is_its_value() -> None:
    """``merge_statements``: "22%" and "22.36%" are one turnout, and 22.36 is the finer statement of it."""
    merged = merge_statements([_turnout(22, "22%", 10), _turnout(22.36, "22.36%", 90)])
    assert merged.value == 22.36


def test_a_finer_figure_that_the_other_does_not_round_to_is_not_chosen() -> None:
    """The negative: "22%" and "23.36%" are not one figure rounded; the first exact statement stays."""
    assert merge_statements([_turnout(22, "22%", 10), _turnout(23.36, "23.36%", 90)]).value == 22

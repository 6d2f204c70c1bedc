"""The official-results database: reading the Library's CSV layouts, building, importing, matching."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from electext.core.errors import DataFileError
from electext.core.records import Candidate, Contest, Label, Person, Quantity
from electext.reference.refdata import read_candidacies, read_contests, read_notional
from electext.reference.refdb import (
    BY_ELECTION,
    DEFAULT_REFERENCE,
    GENERAL,
    Reference,
    ReferenceError,
    build,
    import_results,
    name_key,
    open_reference,
)
from electext.reference.refmatch import kinds_for, match_contest

from tests.conftest import ROOT

SOURCE = ROOT.parent / "shared" / "reference" / "psephology"
needs_source = pytest.mark.skipif(not SOURCE.is_dir(), reason="../shared/reference/psephology is not here")

# Two seats of the 2019 general election, in the header-less layout of the 2010-2019 files.
GENERAL_2019_SEATS = (
    "E14000813,E12000006,Mid Bedfordshire,Bedfordshire,East of England,England,County,13/12/2019 03:09,"
    "Nadine,Dorries,Female,Con hold,Con,Lab,87795,64717,225,24664,38692,14028,8171,0,2478,0,0,0,0,0,0,0,1348,0\n"
)
GENERAL_2019_CANDIDATES = (
    "E14000813,E12000006,Mid Bedfordshire,Bedfordshire,East of England,England,County,Conservative,Con,PP52,4,,"
    "Nadine,Dorries,Female,Yes,No,4249,38692,0.597865,0.0146\n"
    "E14000813,E12000006,Mid Bedfordshire,Bedfordshire,East of England,England,County,Labour,Lab,PP53,15,,"
    "Rhiannon,Meades,Female,No,No,,14028,0.216759,-0.0676\n"
)
BY_ELECTION_SEATS = (
    "\ufeffBy-election date,Writ date,ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,"
    "Constituency type,Declaration time,Member first name,Member surname,Member gender,Result,First party,"
    "Second party,Electorate,Valid votes,Invalid votes,Majority,Con,Lab,LD,RUK,Green,SNP,PC,DUP,SF,SDLP,UUP,APNI,"
    "All other candidates,Of which other winner\n"
    "01/05/2025,01/04/2025,E14001450,E12000002,Runcorn and Helsby,,North West,England,County,,Sarah,Pochin,"
    "Female,RUK gain from Lab,RUK,Lab,108000,50000,100,6,5000,12639,1000,12645,2000,0,0,0,0,0,0,0,16716,0\n"
)
BY_ELECTION_CANDIDATES = (
    "Election date,ONS ID2,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,"
    "Party name,Party abbreviation,Electoral Commission party ID,MNIS party ID,Electoral Commission adjunct party ID,"
    "Candidate first name,Candidate surname,Candidate gender,Sitting MP,Former MP,Member MNIS ID,Votes,Share,Change,"
    "Democracy Club person ID\n"
    "01/05/2025,E14001450,E12000002,Runcorn and Helsby,,North West,England,County,Reform UK,RUK,PP7931,1036,,"
    "Sarah,Pochin,Female,No,No,,12645,0.3871,,1\n"
    "01/05/2025,E14001450,E12000002,Runcorn and Helsby,,North West,England,County,Labour,Lab,PP53,15,,"
    "Karen,Shore,Female,No,No,,12639,0.3869,,2\n"
)


def _write(folder: Path, seats: str, candidates: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "constituencies.csv").write_text(seats, encoding="utf-8")
    (folder / "candidacies.csv").write_text(candidates, encoding="utf-8")
    return folder


# --- reading the CSV layouts ------------------------------------------------------------------


def test_header_less_general_election_files_use_the_2024_columns(tmp_path: Path) -> None:
    folder = _write(tmp_path, GENERAL_2019_SEATS, GENERAL_2019_CANDIDATES)
    (seat,) = read_contests(folder / "constituencies.csv", "2019-12-12")
    assert (seat.constituency, seat.ons_id, seat.majority, seat.valid_votes, seat.invalid_votes) == (
        "Mid Bedfordshire",
        "E14000813",
        24664,
        64717,
        225,
    )
    assert (seat.result, seat.member, seat.date) == ("Con hold", "Nadine Dorries", "2019-12-12")
    first, second = read_candidacies(folder / "candidacies.csv", "2019-12-12")
    assert (first.surname, first.votes, first.share, first.sitting_mp) == ("Dorries", 38692, 0.597865, True)
    assert (second.party_name, second.votes) == ("Labour", 14028)


def test_by_election_files_carry_their_own_dates_and_a_byte_order_mark(tmp_path: Path) -> None:
    folder = _write(tmp_path, BY_ELECTION_SEATS, BY_ELECTION_CANDIDATES)
    (seat,) = read_contests(folder / "constituencies.csv")
    assert (seat.date, seat.constituency, seat.majority, seat.result) == (
        "2025-05-01",
        "Runcorn and Helsby",
        6,
        "RUK gain from Lab",
    )
    assert [c.date for c in read_candidacies(folder / "candidacies.csv")] == ["2025-05-01", "2025-05-01"]


def test_a_general_election_file_needs_its_polling_day(tmp_path: Path) -> None:
    folder = _write(tmp_path, GENERAL_2019_SEATS, GENERAL_2019_CANDIDATES)
    with pytest.raises(DataFileError, match="no election date column"):
        read_contests(folder / "constituencies.csv")


def test_a_malformed_row_names_its_file_and_line(tmp_path: Path) -> None:
    bad = GENERAL_2019_SEATS + "E14000999,E12000006,Short Row\n"
    folder = _write(tmp_path, bad, GENERAL_2019_CANDIDATES)
    with pytest.raises(DataFileError, match=r"constituencies\.csv:2: 3 fields"):
        read_contests(folder / "constituencies.csv", "2019-12-12")
    folder = _write(tmp_path / "votes", GENERAL_2019_SEATS, GENERAL_2019_CANDIDATES.replace("38692", "lots"))
    with pytest.raises(DataFileError, match=r"candidacies\.csv:1: expected a whole number, found 'lots'"):
        read_candidacies(folder / "candidacies.csv", "2019-12-12")


def test_notional_results_skip_the_others_aggregates(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    rows = [
        "Mid Bedfordshire,Bedfordshire Mid,E14001359,43,EE,England,County,71.5,71748,51325,20509,CONV,31034,Con,"
        "Conservative Party,4",
        "Mid Bedfordshire,Bedfordshire Mid,E14001359,43,EE,England,County,71.5,71748,51325,20509,LABV,10525,Lab,"
        "Labour Party,15",
        "Mid Bedfordshire,Bedfordshire Mid,E14001359,43,EE,England,County,71.5,71748,51325,20509,TOTOTHV,1348,NA,NA,NA",
        "Mid Bedfordshire,Bedfordshire Mid,E14001359,43,EE,England,County,71.5,71748,51325,20509,MAXOTHV,812,NA,NA,NA",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (seat,), parties = read_notional(path, "2019-12-12")
    assert (seat.ons_id, seat.majority, seat.valid_votes) == ("E14001359", 20509, 51325)
    assert [(p.party_abbreviation, p.votes) for p in parties] == [("Con", 31034), ("Lab", 10525)]
    assert parties[0].share == pytest.approx(31034 / 51325)


def test_names_compare_without_case_accents_or_punctuation() -> None:
    assert name_key("Ynys Môn") == name_key("YNYS MON")
    assert name_key("Brighton, Pavilion") == name_key("Brighton Pavilion")
    assert name_key("Stoke-On-Trent Central") == name_key("Stoke-on-Trent Central")
    assert name_key("Hove & Portslade") == name_key("Hove and Portslade")


# --- building and importing -------------------------------------------------------------------


@needs_source
def test_the_build_is_deterministic_and_the_shipped_database_is_current(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build(SOURCE, first)
    build(SOURCE, second)
    assert first.read_bytes() == second.read_bytes()

    def dump(path: Path) -> list[str]:
        connection = sqlite3.connect(path)
        try:
            return list(connection.iterdump())
        finally:
            connection.close()

    assert dump(first) == dump(DEFAULT_REFERENCE), (
        "pipeline/electext/data/reference.sqlite is stale: run "
        "`electext reference build ../shared/reference/psephology "
        "-o pipeline/electext/data/reference.sqlite --overwrite`"
    )


def test_the_shipped_database_covers_2010_to_2026() -> None:
    coverage = open_reference().coverage()
    generals = [date for kind, date, *_ in coverage if kind == GENERAL]
    assert generals == ["2010-05-06", "2015-05-07", "2017-06-08", "2019-12-12", "2024-07-04"]
    by_elections = [(date, seats) for kind, date, seats, *_ in coverage if kind == BY_ELECTION]
    assert by_elections[0][0] == "2011-01-13" and by_elections[-1][0] == "2026-08-13"
    assert sum(seats for _, seats in by_elections) == 65  # 59 in 2010-2024 and six in the 2024 parliament
    assert "Open Parliament Licence" in open_reference().meta()["attribution"]


def test_the_2024_parliaments_by_elections_are_in_the_shipped_database() -> None:
    """Winner, date and majority as results-by-parliament/59/by-elections states them."""
    reference = open_reference()

    def by_election(seat: str) -> tuple[object, ...]:
        (official,) = [
            o for o in reference.contests_named(seat) if o.election.kind == BY_ELECTION and o.election.date >= "2025"
        ]
        top, briefing = official.candidates[0], official.election.briefing
        return official.election.date, top.name, top.party_abbreviation, official.majority, official.result, briefing

    # no briefing: the Library lists no by-election briefing for the 2024 parliament
    assert by_election("Runcorn and Helsby") == (
        "2025-05-01",
        "Sarah Joanne Pochin",
        "RUK",
        6,
        "RUK gain from Lab",
        None,
    )
    assert by_election("Gorton and Denton") == (
        "2026-02-26",
        "Hannah Spencer",
        "Green",
        4402,
        "Green gain from Lab",
        None,
    )
    assert by_election("Clacton") == ("2026-08-13", "Nigel Farage", "RUK", 12784, "RUK Hold", None)
    dated = match_contest(_contest("Runcorn and Helsby", winner="Sarah Pochin"), reference, "2025-05-02")
    assert dated.status == "matched" and dated.official and dated.official.election.date == "2025-05-01"


@needs_source
def test_the_2024_parliaments_by_election_files_read_like_the_earlier_ones() -> None:
    """59's files differ from 58's only in what the readers already absorb: both start with a byte-order
    mark, and the candidacies name the seat "ONS ID" (as 55-57's do) where 58's say "ONS ID2"."""
    folder = SOURCE / "results-by-parliament" / "59" / "by-elections"
    contests = read_contests(folder / "constituencies.csv")
    candidacies = read_candidacies(folder / "candidacies.csv")
    assert [(c.date, c.constituency) for c in contests] == [
        ("2025-05-01", "Runcorn and Helsby"),
        ("2026-02-26", "Gorton and Denton"),
        ("2026-06-18", "Aberdeen South"),
        ("2026-06-18", "Arbroath and Broughty Ferry"),
        ("2026-06-18", "Makerfield"),
        ("2026-08-13", "Clacton"),
    ]
    assert {(c.ons_id, c.date) for c in candidacies} == {(c.ons_id, c.date) for c in contests}
    for contest in contests:
        votes = sum(c.votes for c in candidacies if c.ons_id == contest.ons_id and c.date == contest.date)
        assert votes == contest.valid_votes, contest.constituency


def test_import_adds_newer_results_to_a_copy_and_never_overwrites_silently(tmp_path: Path) -> None:
    # A made-up later by-election: the shipped database already holds the real one of 2025-05-01.
    seats, candidates = (
        text.replace("01/05/2025", "07/01/2027") for text in (BY_ELECTION_SEATS, BY_ELECTION_CANDIDATES)
    )
    folder = _write(tmp_path / "runcorn", seats, candidates)
    mine = tmp_path / "mine.sqlite"
    import_results(folder, mine, kind=BY_ELECTION, briefing="https://example.org/briefing")
    reference = open_reference(mine)
    runcorns = [c for c in reference.contests_named("Runcorn and Helsby") if c.election.kind == BY_ELECTION]
    assert [c.election.date for c in runcorns] == ["2025-05-01", "2027-01-07"]  # the shipped one is kept
    runcorn = runcorns[-1]
    assert (runcorn.majority, runcorn.candidates[0].surname) == (6, "Pochin")
    assert runcorn.election.source == "imported runcorn; https://example.org/briefing"
    assert len(reference.coverage()) == len(open_reference().coverage()) + 1  # everything shipped is kept
    before = mine.read_bytes()
    with pytest.raises(ReferenceError, match="already in the database; pass --replace"):
        import_results(folder, mine, kind=BY_ELECTION)
    assert mine.read_bytes() == before
    import_results(folder, mine, kind=BY_ELECTION, replace=True)
    with pytest.raises(ReferenceError, match="read-only"):
        import_results(folder, DEFAULT_REFERENCE, kind=BY_ELECTION)


def test_a_file_that_is_not_a_reference_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ReferenceError, match="not a reference database"):
        open_reference(path)
    with pytest.raises(ReferenceError, match="no reference database there"):
        open_reference(tmp_path / "missing.sqlite")


# --- matching ---------------------------------------------------------------------------------


def _contest(
    seat: str,
    election: str = "by-election",
    winner: str | None = None,
    candidates: tuple[tuple[str, int], ...] = (),
) -> Contest:
    return Contest(
        constituency=Label(value=seat),
        election=Label(value=election),
        winner=Person(name=Label(value=winner)) if winner else None,
        candidates=[Candidate(name=Label(value=n), votes=Quantity(value=v, unit="votes")) for n, v in candidates],
    )


def test_a_seat_with_two_by_elections_is_told_apart_by_its_candidates() -> None:
    reference = open_reference()
    match_2021 = match_contest(_contest("Batley and Spen", winner="Kim Leadbeater"), reference, None)
    assert match_2021.official and match_2021.official.election.date == "2021-07-01"
    match_2016 = match_contest(
        _contest("Batley and Spen", winner="Tracy Brabin", candidates=(("Tracy Brabin", 17506),)), reference, None
    )
    assert match_2016.official and match_2016.official.election.date == "2016-10-20"
    unsure = match_contest(_contest("Batley and Spen"), reference, None)
    assert unsure.status == "ambiguous" and {o.election.date for o in unsure.alternatives} == {
        "2016-10-20",
        "2021-07-01",
    }


def test_the_article_date_picks_the_latest_election_before_it() -> None:
    reference = open_reference()
    dated = match_contest(_contest("Batley and Spen"), reference, "2021-07-02")
    assert dated.status == "matched" and dated.official and dated.official.election.date == "2021-07-01"
    too_early = match_contest(_contest("Runcorn and Helsby"), reference, "2020-01-01")
    assert too_early.status == "not_found"


def test_old_and_new_boundary_names_reach_their_own_seats() -> None:
    reference = open_reference()
    new_seat = match_contest(_contest("Aberafan Maesteg", "general election"), reference, "2024-07-05")
    assert new_seat.official and (new_seat.official.ons_id, new_seat.official.election.date) == (
        "W07000081",
        "2024-07-04",
    )
    old_seat = match_contest(_contest("Aberavon", "general election"), reference, "2024-07-05")
    assert old_seat.official and (old_seat.official.ons_id, old_seat.official.election.date) == (
        "W07000049",
        "2019-12-12",
    )
    # Mid Bedfordshire kept its name in 2024 but not its boundaries (a new ONS code)
    beds = {
        o.election.date: o.ons_id for o in reference.contests_named("Mid Bedfordshire") if o.election.kind == GENERAL
    }
    assert beds["2019-12-12"] != beds["2024-07-04"]


def test_what_the_article_states_outweighs_a_wrong_election_label() -> None:
    stoke = _contest(
        "Stoke-on-Trent Central",
        "general election",
        winner="Gareth Snell",
        candidates=(("Gareth Snell", 7853), ("Paul Nuttall", 5233)),
    )
    match = match_contest(stoke, open_reference(), "2017-02-24")
    assert match.official and (match.official.election.kind, match.official.election.date) == (
        BY_ELECTION,
        "2017-02-23",
    )


def test_council_and_devolved_contests_are_not_covered() -> None:
    assert kinds_for("council by-election") is None
    assert kinds_for("Senedd by-election") is None
    assert kinds_for("Scottish Parliament by-election") is None
    assert kinds_for("by-election") == (BY_ELECTION,)
    assert kinds_for("election") == (GENERAL, BY_ELECTION)
    ward = match_contest(_contest("Crewe and Nantwich", "council by-election"), open_reference(), None)
    assert ward.status == "not_covered"


def test_a_seats_elections_are_read_once_and_a_callers_list_is_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    reference = Reference(DEFAULT_REFERENCE)  # a fresh view: nothing looked up yet
    first = reference.contests_named("Batley and Spen")
    assert {o.election.date for o in first} >= {"2016-10-20", "2021-07-01"}
    first.clear()  # what a caller does with its list does not reach the next caller
    again = reference.contests_named("Batley & Spen")  # the same seat, spelt differently
    assert again == reference._contests("c.name_key = ?", (name_key("Batley and Spen"),))
    assert again and again[0] is reference.contests_named("Batley and Spen")[0]  # read once
    assert reference.history(again[-1].ons_id) == reference._contests("c.ons_id = ?", (again[-1].ons_id,))
    monkeypatch.setattr("electext.reference.refdb.LOOKUPS_KEPT", 2)
    for seat in ("Tamworth", "Mid Bedfordshire", "Selby and Ainsty"):
        assert reference.contests_named(seat)
        assert len(reference._lookups) <= 2  # bounded, whatever an archive names


def test_a_devolved_report_is_matched_only_to_a_westminster_poll_weeks_before_it() -> None:
    def senedd(seat: str) -> Contest:
        return _contest(seat, "election").model_copy(update={"contest_type": Label(value="senedd")})

    # a Senedd election report of May 2021 is not the 2019 general election's, whoever won both
    later = match_contest(senedd("Vale of Clwyd"), open_reference(), "2021-05-08")
    assert later.status == "not_covered" and later.official is None
    # the morning after a general election, a contest some word calls devolved may still be it
    after = match_contest(senedd("Vale of Clwyd"), open_reference(), "2019-12-13")
    assert after.official is not None and after.official.election.date == "2019-12-12"


def test_an_undated_devolved_report_is_not_matched_by_one_name_that_also_stood_for_westminster() -> None:
    # Jenny Rathbone fought Cardiff Central for Westminster in 2010 and holds it in the Senedd: an undated
    # Senedd report naming her is not that general election's (its figures would all "fail")
    contest = _contest("Cardiff Central", "election", winner="Jenny Rathbone").model_copy(
        update={"contest_type": Label(value="senedd")}
    )
    assert match_contest(contest, open_reference(), None).official is None
    # labelled with no body's name, the same one name still points to the Westminster election
    westminster = match_contest(
        _contest("Cardiff Central", "election", winner="Jenny Rathbone"), open_reference(), None
    )
    assert westminster.official is not None and westminster.official.election.date == "2010-05-06"

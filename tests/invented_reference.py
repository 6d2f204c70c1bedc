"""An official-results database with invented elections in a real seat, for tests in fresh words.

The verdict rules must be tested on seats and people no rule was written for. Extraction needs a seat
the gazetteer knows, so the invented elections are held in Kettering (its 2024 boundaries, ONS code
E14001311) in years no real election was: a general election on 3 May 2029 and a by-election on
6 March 2031, fought by invented candidates with invented figures. The database starts as a copy of
the shipped one (``import_results``), so every real election stays as it was.

Kettering general election, 2029-05-03 (electorate 78,000; 47,792 valid votes, 150 rejected):
Harriet Vale (Con) 21,480 · Tobias Wren (Lab) 18,120 · Ilse Marten (LD) 4,210 · Dana Keel (Green)
2,105 · Ravi Sethna (RUK) 1,877 — Conservative majority 3,360.

Kettering by-election, 2031-03-06 (electorate 77,500; 32,597 valid votes, 88 rejected): Alisha
Brandt (Lab) 14,365 · Nell Harrow (Con) 11,141 · Rufus Sprocket (RUK) 4,302 · Peter Quarrie (LD)
1,877 · William Ellery (Green) 912 — Labour gain from Conservative, majority 3,224.
"""

from __future__ import annotations

from pathlib import Path

from electext.reference.refdb import BY_ELECTION, GENERAL, import_results

SEAT = "Kettering"
GENERAL_DATE = "2029-05-03"
BY_ELECTION_DATE = "2031-03-06"
PUBLISHED = "2031-03-07"  # the morning after the by-election

_PLACE = "E14001311,E12000004,Kettering,,East Midlands,England,County"
_GENERAL_SEATS = (
    "ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,Declaration time,"
    "Member first name,Member surname,Member gender,Result,First party,Second party,Electorate,Valid votes,"
    "Invalid votes,Majority,Con,Lab,LD,RUK,Green,SNP,PC,DUP,SF,SDLP,UUP,APNI,All other candidates,"
    "Of which other winner\n"
    f"{_PLACE},,Harriet,Vale,Female,Con gain from Lab,Con,Lab,78000,47792,150,3360,"
    "21480,18120,4210,1877,2105,0,0,0,0,0,0,0,0,0\n"
)
_GENERAL_CANDIDATES_HEAD = (
    "ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,Party name,"
    "Party abbreviation,Electoral Commission party ID,MNIS party ID,Electoral Commission adjunct party ID,"
    "Candidate first name,Candidate surname,Candidate gender,Sitting MP,Former MP,Member MNIS ID,Votes,Share,"
    "Change,DC Person ID\n"
)
_BY_SEATS = (
    "By-election date,Writ date,ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,"
    "Constituency type,Declaration time,Member first name,Member surname,Member gender,Result,First party,"
    "Second party,Electorate,Valid votes,Invalid votes,Majority,Con,Lab,LD,RUK,Green,SNP,PC,DUP,SF,SDLP,UUP,APNI,"
    "All other candidates,Of which other winner\n"
    f"06/03/2031,01/02/2031,{_PLACE},,Alisha,Brandt,Female,Lab gain from Con,Lab,Con,77500,32597,88,3224,"
    "11141,14365,1877,4302,912,0,0,0,0,0,0,0,0,0\n"
)
_BY_CANDIDATES_HEAD = (
    "Election date,ONS ID2,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,"
    "Party name,Party abbreviation,Electoral Commission party ID,MNIS party ID,Electoral Commission adjunct party ID,"
    "Candidate first name,Candidate surname,Candidate gender,Sitting MP,Former MP,Member MNIS ID,Votes,Share,Change,"
    "Democracy Club person ID\n"
)
_PARTIES = {
    "Con": ("Conservative", "PP52"),
    "Lab": ("Labour", "PP53"),
    "LD": ("Liberal Democrat", "PP90"),
    "Green": ("Green Party", "PP63"),
    "RUK": ("Reform UK", "PP7931"),
}
GENERAL_RESULT = (
    ("Harriet", "Vale", "Con", 21480),
    ("Tobias", "Wren", "Lab", 18120),
    ("Ilse", "Marten", "LD", 4210),
    ("Dana", "Keel", "Green", 2105),
    ("Ravi", "Sethna", "RUK", 1877),
)
BY_ELECTION_RESULT = (
    ("Alisha", "Brandt", "Lab", 14365),
    ("Nell", "Harrow", "Con", 11141),
    ("Rufus", "Sprocket", "RUK", 4302),
    ("Peter", "Quarrie", "LD", 1877),
    ("William", "Ellery", "Green", 912),
)


def _candidacies(result: tuple[tuple[str, str, str, int], ...], valid: int, by_election: bool) -> str:
    rows = []
    for first, surname, abbreviation, votes in result:
        party, commission_id = _PARTIES[abbreviation]
        share = f"{votes / valid:.6f}"
        date = "06/03/2031," if by_election else ""
        rows.append(
            f"{date}{_PLACE},{party},{abbreviation},{commission_id},1,,{first},{surname},Female,No,No,,{votes},{share},,1\n"
        )
    return "".join(rows)


def build_invented_reference(folder: Path) -> Path:
    """The shipped database plus the two invented Kettering elections; returns its path."""
    database = folder / "invented.sqlite"
    general = folder / "general"
    general.mkdir(parents=True, exist_ok=True)
    (general / "constituencies.csv").write_text(_GENERAL_SEATS, encoding="utf-8")
    (general / "candidacies.csv").write_text(
        _GENERAL_CANDIDATES_HEAD + _candidacies(GENERAL_RESULT, 47792, by_election=False), encoding="utf-8"
    )
    import_results(general, database, kind=GENERAL, date=GENERAL_DATE)
    by = folder / "by"
    by.mkdir(parents=True, exist_ok=True)
    (by / "constituencies.csv").write_text(_BY_SEATS, encoding="utf-8")
    (by / "candidacies.csv").write_text(
        _BY_CANDIDATES_HEAD + _candidacies(BY_ELECTION_RESULT, 32597, by_election=True), encoding="utf-8"
    )
    import_results(by, database, kind=BY_ELECTION)
    return database

"""Each contest's Democracy Club ballot id and voting system, from its type, its area and its polling day.

Other tools join on Democracy Club's ballot ids (``parl.mid-bedfordshire.by.2023-10-19``,
``local.worcester.claines.by.2019-05-02``, ``sp.c.aberdeen-central.2021-05-06``,
``pcc.lincolnshire.2021-05-06``), so they are formed with Democracy Club's own package,
``uk-election-ids`` (its ``IdBuilder``), never by hand; and its ``VotingSystemMatcher`` says which
voting system a ballot used, which the consistency checks read (a majority means nothing in an STV
count). An id needs the polling day. It is the official record's, for a Westminster contest matched to
it (:func:`with_official_dates`); else a date the article states as the polling day ("held on 2 May");
else a weekday it states as one ("Thursday's by-election") counted back from the publication date; else
there is no id. This module sits with the checks because the polling-day reader and the official match
are theirs.
"""

from __future__ import annotations

import datetime
import warnings
from dataclasses import dataclass

from electext.checks.polling_dates import find_date_claims, resolve
from electext.core.records import Contest, Evidence, Label, OfficialMatch
from electext.extract.assemble import Draft, evidence
from electext.extract.assemble.contest_kind import council_place
from electext.extract.facts import Span
from electext.ingest.article import Article
from electext.lexicon.contest_areas import ContestAreas, load_contest_areas
from electext.lexicon.resources import load_resources
from electext.reference.refmatch import publication_date

# uk-election-ids reads its data files at import without closing them; the ResourceWarning that would
# raise (our tests make warnings errors) is the package's, not a fault of ours.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", ResourceWarning)
    from uk_election_ids.election_ids import IdBuilder
    from uk_election_ids.metadata_tools import VotingSystemMatcher

# Democracy Club's election types: "naw" for the National Assembly for Wales until it became the
# Senedd (6 May 2020), and the Senedd's closed lists without a subtype from its 2026 election.
SENEDD_FROM = datetime.date(2020, 5, 6)
SENEDD_LISTS_FROM = datetime.date(2026, 5, 7)
# Democracy Club's nation codes, by the country names of the gazetteers.
NATIONS = {"England": "ENG", "Scotland": "SCT", "Wales": "WLS", "Northern Ireland": "NIR"}
# The nation each devolved type's contests are in.
TYPE_NATIONS = {"scottish_parliament": "SCT", "senedd": "WLS", "ni_assembly": "NIR"}
# A weekday named as the polling day is the last such day on or before publication: a week at most.
WEEK = 7
# The range of dates a voting system is asked for when the polling day is unknown: a system that is the
# same at both ends (Holyrood constituencies: FPTP) is the contest's whatever its date.
EARLIEST, LATEST = datetime.date(2000, 1, 1), datetime.date(2099, 12, 31)


@dataclass(frozen=True)
class PollDate:
    day: datetime.date
    evidence: list[Evidence]
    how: str  # where the date came from, for the id's ``derived``


def with_ballots(drafts: list[Draft], article: Article) -> list[Draft]:
    """The drafts with each contest's ballot id (when the polling day is known) and voting system."""
    when = stated_polling_day(article)
    return [
        Draft(contest=dated(draft.contest, when), statements=draft.statements) if draft.contest.contest_type else draft
        for draft in drafts
    ]


def with_official_dates(contests: list[Contest], official: list[OfficialMatch]) -> list[Contest]:
    """Contests matched to the official Westminster record without doubt, dated by it: its polling day
    is the id's. A devolved constituency so matched was a Westminster one of the same name (only a
    contest labelled with no body's name is matched: "the by-election" in Airdrie and Shotts)."""
    by_contest = {m.contest: m for m in official if m.status == "matched" and m.date and not m.doubt}
    out = []
    for contest in contests:
        match = by_contest.get(contest.constituency.value)
        kind = contest.contest_type.value if contest.contest_type else None
        if match is None or match.date is None or kind not in ("westminster", None, *TYPE_NATIONS):
            out.append(contest)
            continue
        record = f"the official result it matched ({match.election})"
        if kind != "westminster":
            westminster = Label(value="westminster", derived=f"matched to {record}")
            body = Label(value="House of Commons", derived="the body every westminster contest elects")
            member = contest.previous_member
            if member is not None and member.office is not None and member.office.derived:
                member = member.model_copy(update={"office": Label(value="MP", derived=westminster.derived)})
            contest = contest.model_copy(update={"contest_type": westminster, "body": body, "previous_member": member})
        out.append(
            dated(contest, PollDate(datetime.date.fromisoformat(match.date[:10]), [], f"the polling day of {record}"))
        )
    return out


def dated(contest: Contest, when: PollDate | None) -> Contest:
    """``contest`` with its ballot id for polling day ``when`` (None: no id) and its voting system."""
    areas = load_contest_areas()
    ballot = ballot_id(contest, when.day, areas) if when else None
    label = (
        Label(value=ballot, evidence=when.evidence, derived=f"formed with uk-election-ids; date: {when.how}")
        if ballot and when
        else None
    )
    return contest.model_copy(update={"ballot_id": label, "voting_system": voting_system(contest, ballot, areas)})


def stated_polling_day(article: Article) -> PollDate | None:
    """The polling day the article states: a date said to be polling day, else a weekday said to be one
    counted back from the publication date."""
    claims = [c for c in find_date_claims(article.text, article.body_start) if c.polling]
    published = publication_date(article.published)
    for claim in claims:
        day = resolve(claim, article.year)
        if day is not None and (published is None or day <= published):
            return PollDate(
                day, evidence(article, [Span(claim.start, claim.end)]), "the polling day the article states"
            )
    for claim in claims:
        if claim.weekday is not None and claim.day is None and published is not None:
            day = published - datetime.timedelta(days=(published.weekday() - claim.weekday) % WEEK)
            how = "the weekday the article gives polling day, counted back from its publication date"
            return PollDate(day, evidence(article, [Span(claim.start, claim.end)]), how)
    return None


def ballot_id(contest: Contest, day: datetime.date, areas: ContestAreas) -> str | None:
    """Democracy Club's ballot id for ``contest`` polled on ``day``; None where its area is unknown (a
    ward whose council the text does not name, a mayoralty or police area not in the data)."""
    builder = _builder(contest, day, areas)
    if builder is None:
        return None
    if "by-election" in contest.election.value.lower():
        builder = builder.with_contest_type("by")
    try:
        return str(builder.ballot_id)
    except ValueError:
        return None  # a part the package refuses (an empty slug): no id rather than a wrong one


def _builder(contest: Contest, day: datetime.date, areas: ContestAreas) -> IdBuilder | None:
    kind = contest.contest_type.value if contest.contest_type else None
    name = contest.constituency.value
    if kind == "westminster":
        return IdBuilder("parl", day).with_division(name)
    if kind == "ni_assembly":
        return IdBuilder("nia", day).with_division(name)
    if kind in ("scottish_parliament", "senedd"):
        return _devolved(kind, name, day, areas)
    if kind == "mayor" and name in areas.mayoralty_by_name:
        return IdBuilder("mayor", day).with_organisation(areas.mayoralty_by_name[name].slug)
    if kind == "pcc" and name in areas.police_by_name:
        return IdBuilder("pcc", day).with_organisation(areas.police_by_name[name][0].slug)
    if kind == "council" and contest.body is not None:
        return IdBuilder("local", day).with_organisation(council_place(contest.body.value, areas)).with_division(name)
    return None


def _devolved(kind: str, name: str, day: datetime.date, areas: ContestAreas) -> IdBuilder:
    known = [a for a in areas.devolved_by_name.get(name, ()) if a.serves(day.year)]
    subtype = "r" if known and known[0].division == "region" else "c"
    if kind == "scottish_parliament":
        return IdBuilder("sp", day).with_subtype(subtype).with_division(name)
    if day < SENEDD_FROM:
        return IdBuilder("naw", day).with_subtype(subtype).with_division(name)
    if day >= SENEDD_LISTS_FROM:
        return IdBuilder("senedd", day).with_division(name)
    return IdBuilder("senedd", day).with_subtype(subtype).with_division(name)


def voting_system(contest: Contest, ballot: str | None, areas: ContestAreas) -> Label | None:
    """The contest's voting system, as uk-election-ids says for its ballot (for an undated contest, the
    system its type had at every date, if one), with the nation the package needs for councils."""
    nation = _nation(contest, areas)
    why = "uk-election-ids' voting system for"
    if ballot is not None:
        system = _system_of(ballot, nation)
        return Label(value=system, derived=f"{why} {ballot}") if system else None
    if contest.contest_type is None:
        return None
    # ids for assumed dates, only to ask the package's voting-system table; never output
    systems = {_system_of(b, nation) for b in (ballot_id(contest, day, areas) for day in (EARLIEST, LATEST)) if b}
    if len(systems) == 1 and None not in systems:
        system = systems.pop()
        assert system is not None
        return Label(value=system, derived=f"{why} every {contest.contest_type.value.replace('_', ' ')} contest")
    return None


def _system_of(ballot: str, nation: str | None) -> str | None:
    try:
        return str(VotingSystemMatcher(ballot, nation=nation).get_voting_system())
    except ValueError:
        return None  # the package needs a nation (councils) or holds no system for the id


def _nation(contest: Contest, areas: ContestAreas) -> str | None:
    kind = contest.contest_type.value if contest.contest_type else None
    if kind in TYPE_NATIONS:
        return TYPE_NATIONS[kind]
    if kind == "westminster":
        seat = load_resources().seat_by_name.get(contest.constituency.value)
        return NATIONS.get(seat.country) if seat else None
    if kind == "council" and contest.body is not None:
        return NATIONS.get(areas.council_countries.get(council_place(contest.body.value, areas), ""))
    return None

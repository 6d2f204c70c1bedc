"""A small hand-made result over a short text, for report tests that need no model.

The text holds markup a reporter might paste (``<script>``, ``&``) inside and around evidence, and the
evidence nests ("19,600" inside "more than 19,600"), so escaping and overlaps are exercised at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from electext.core.records import (
    ArticleInfo,
    ArticleResult,
    Candidate,
    Check,
    Contest,
    Evidence,
    Label,
    OfficialMatch,
    PipelineInfo,
    PreviousMajority,
    Quantity,
)

TEXT = (
    "Labour's Sarah Edwards won Tamworth by 1,316 votes, overturning a Tory majority of more than 19,600.\n"
    'Readers wrote <script>alert("pwned")</script> & <b>cheered</b>.\n'
)


def quote(text: str, occurrence: int = 0) -> Evidence:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Evidence(start=start, end=start + len(text), text=text)


def label(value: str, *quoted: str) -> Label:
    return Label(value=value, evidence=[quote(q) for q in quoted])


def small_result(article_id: str = "small", title: str | None = "Labour <em>take</em> Tamworth") -> ArticleResult:
    majority = Quantity(value=1316, unit="votes", lower=1316, upper=1316, evidence=[quote("1,316")])
    previous = PreviousMajority(
        value=19600,
        unit="votes",
        qualifier="more_than",
        lower=19600,
        evidence=[quote("more than 19,600")],
        party=label("Conservative", "Tory"),
    )
    contest = Contest(
        constituency=label("Tamworth", "Tamworth"),
        election=Label(value="by-election"),
        candidates=[
            Candidate(
                name=label("Sarah Edwards", "Sarah Edwards"),
                party=label("Labour", "Labour"),
                votes=Quantity(
                    value=11719,
                    unit="votes",
                    evidence=[quote("1,316"), quote("19,600")],
                    derived="runner-up's votes (10,403) + majority (1,316)",
                ),
            )
        ],
        majority=majority,
        previous_majority=previous,
    )
    checks = [
        Check(
            id="majority_arithmetic",
            contest="Tamworth",
            status="fail",
            message="the majority is stated as 1,316 <but> the votes say 1,361",
            expected=1361.0,
            reported=1316.0,
            evidence=[quote("1,316")],
        ),
        Check(id="turnout_range", contest="Tamworth", status="unverifiable", message="no turnout is stated"),
        Check(
            id="official_majority",
            contest="Tamworth",
            status="pass",
            message="agrees with the official result",
            expected=1316.0,
            reported=1316.0,
            evidence=[quote("1,316")],
            difference=0.0,
            source="House of Commons Library <by-elections>",
        ),
    ]
    return ArticleResult(
        article=ArticleInfo(id=article_id, source=f"{article_id}.txt", sha256="0" * 64, title=title, chars=len(TEXT)),
        contests=[contest],
        checks=checks,
        official=[
            OfficialMatch(
                contest="Tamworth",
                status="matched",
                basis="the latest by-election in Tamworth before the article's date",
                election="by-election",
                date="2023-10-19",
                constituency="Tamworth",
                ons_id="E14000997",
                source="House of Commons Library <by-elections>",
            )
        ],
        pipeline=PipelineInfo(version="0.1.0", model="test"),
    )


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""


class Page(HTMLParser):
    """A parsed report page: every element with its attributes and text, for asserting on structure."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.text += data

    def find(self, tag: str, **attrs: str) -> list[Element]:
        """Elements of ``tag`` whose attributes contain ``attrs`` (``class_`` matches one class)."""
        wanted = {name.rstrip("_"): value for name, value in attrs.items()}
        return [
            e
            for e in self.elements
            if e.tag == tag
            and all(
                value in e.attrs.get(name, "").split() if name == "class" else e.attrs.get(name) == value
                for name, value in wanted.items()
            )
        ]

    def marks(self) -> dict[str, Element]:
        """The highlighted passages, by their quoted text (the last one wins for repeated text)."""
        return {mark.text: mark for mark in self.find("mark", class_="ev")}


VOID = {"meta", "br", "hr", "img", "input", "link"}

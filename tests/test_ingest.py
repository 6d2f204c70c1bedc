"""Ingest: decoding, normalisation with an exact offset map, front matter, bylines."""

from __future__ import annotations

from pathlib import Path

import pytest
from electext.api import extract_text
from electext.core.errors import DecodeError, EmptyArticleError
from electext.ingest.article import (
    _LONG_RUN,
    MAX_RUN,
    Article,
    _blank_long_runs,
    article_from_text,
    decode,
    read_article,
)
from electext.ingest.normalise import TYPOGRAPHY, normalise
from electext.ingest.sources import read_source
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import evidence_round_trips, tallies


def test_typography_is_normalised_one_character_for_one() -> None:
    text, offsets = normalise("Labour\u2019s \u201cwin\u201d\u00a01\u20132")
    assert text == 'Labour\'s "win" 1-2'
    assert offsets == tuple(range(len(text)))


def test_dropped_characters_keep_the_map_exact() -> None:
    original = "a\u00adb\r\nc\u200bd"
    text, _ = normalise(original)
    assert text == "ab\ncd"
    article = article_from_text(original)
    start, end = article.original_span(text.index("cd"), text.index("cd") + 2)
    assert original[start:end] == "c\u200bd"


@given(st.text(min_size=1))
def test_every_span_maps_back_inside_the_original(original: str) -> None:
    text, offsets = normalise(original)
    assert len(offsets) == len(text)
    assert list(offsets) == sorted(offsets)
    for index, char in enumerate(text):
        source = original[offsets[index]]
        assert char == source or char in "'\"- \n,."


@pytest.mark.parametrize("separator", ["\u00a0", "\u2009", "\u202f", "\u2007", "\u066c", "\u200e", "\u200f"], ids=ascii)
def test_a_number_grouped_by_any_thousands_separator_reads_as_one_figure(separator: str) -> None:
    original = f"Ana Reyes won 13{separator}872 votes and 1{separator}204{separator}611 people voted."
    article = article_from_text(original)
    assert "13,872" in article.text or "13872" in article.text
    assert "1,204,611" in article.text or "1204611" in article.text
    start = article.text.index("13")
    begin, end = article.original_span(start, article.text.index(" votes"))
    assert original[begin:end] == f"13{separator}872"  # evidence still quotes the user's own text


@pytest.mark.parametrize(
    "original",
    ["On 6\u00a0May 872 people voted.", "Polls open at 7\u202fam.", "In 2019\u00a01234 ballots", "pages 12\u00a034"],
    ids=ascii,
)
def test_a_space_that_does_not_group_digits_stays_a_space(original: str) -> None:
    assert "," not in normalise(original)[0]


def test_byline_and_role_line() -> None:
    article = article_from_text("By Becky Morton\nPolitical reporter\nLabour won.")
    assert (article.byline, article.role) == ("Becky Morton", "Political reporter")


def test_front_matter_sets_metadata_and_is_skipped() -> None:
    article = article_from_text("---\ntitle: Result night\npublished: 2023-10-20\n---\nLabour won Tamworth.\n")
    assert (article.title, article.published) == ("Result night", "2023-10-20")
    assert article.text[article.body_start :].startswith("Labour won")


def test_sidecar_metadata(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Labour won Tamworth.", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"title": "T", "published": "2023-10-20"}', encoding="utf-8")
    article = read_article(path)
    assert (article.id, article.title, article.published) == ("story", "T", "2023-10-20")


def test_metadata_under_other_usual_names(tmp_path: Path) -> None:
    """A crawler's sidecar says "date" and "source_url"; the date is what finds the official election."""
    path = tmp_path / "story.txt"
    path.write_text("Labour won Kelverton.", encoding="utf-8")
    sidecar = tmp_path / "story.meta.json"
    sidecar.write_text('{"date": "2031-05-02", "source_url": "https://example.org/a", "author": "A Writer"}')
    article = read_article(path)
    assert (article.published, article.url, article.byline, article.year) == (
        "2031-05-02",
        "https://example.org/a",
        "A Writer",
        2031,
    )
    # the field's own name wins over an alias
    sidecar.write_text('{"date": "2031-05-02", "published": "2031-05-03"}')
    assert read_article(path).published == "2031-05-03"
    front = article_from_text("---\ndate: 2029-11-08\n---\nLabour won Kelverton.\n")
    assert front.published == "2029-11-08"


PAGE = """<!DOCTYPE html>
<html><head><title>Labour hold Kelverton</title>{meta}</head>
<body><article><h1>Labour hold Kelverton</h1>
<p>Labour held the Kelverton by-election with a majority of 2,104 votes over the Conservatives.</p>
<p>Turnout was 31.2%, down on the general election.</p></article></body></html>
"""
# A date in the past: trafilatura (htmldate) takes a date after today for a mistake.
DATED = '<meta property="article:published_time" content="2023-05-04T06:00:00Z">'


@pytest.mark.parametrize(
    ("meta", "sidecar", "published"),
    [
        (DATED, None, "2023-05-04"),  # the page's own date
        ("", '{"date": "2023-05-05"}', "2023-05-05"),  # a page without one: its sidecar's
        (DATED, '{"date": "2023-05-05", "author": "A Writer"}', "2023-05-05"),  # the sidecar says, over the page
    ],
)
def test_an_html_pages_date_and_its_sidecars_are_its_publication_date(
    tmp_path: Path, meta: str, sidecar: str | None, published: str
) -> None:
    path = tmp_path / "kelverton.html"
    path.write_text(PAGE.format(meta=meta), encoding="utf-8")
    if sidecar is not None:
        (tmp_path / "kelverton.meta.json").write_text(sidecar, encoding="utf-8")
    (article,) = read_source(path)
    assert isinstance(article, Article)
    assert (article.published, article.year, article.title) == (published, 2023, "Labour hold Kelverton")
    assert article.byline == ("A Writer" if sidecar and "author" in sidecar else None)


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"Labour \xff won", DecodeError, r"not valid UTF-8 at byte 7"),
        (b"", EmptyArticleError, r"the article is empty"),
        (b"  \n\t ", EmptyArticleError, r"the article is empty"),
        (b"---\ntitle: x\n---\n", EmptyArticleError, r"front matter but no text"),
    ],
)
def test_bad_input_names_the_file_and_the_problem(
    tmp_path: Path, content: bytes, error: type[Exception], message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error, match=message) as raised:
        read_article(path)
    assert str(path) in str(raised.value)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffLabour won.".encode())
    assert read_article(path).original == "Labour won."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Labour\u2019s win".encode(), "Labour\u2019s win", "utf-8"),
        ("\ufeffLabour\u2019s win".encode("utf-16-le"), "Labour\u2019s win", "utf-16"),
        ("Labour\u2019s win".encode("utf-16"), "Labour\u2019s win", "utf-16"),
        ("Labour\u2019s win".encode("utf-32"), "Labour\u2019s win", "utf-32"),
        ("Caf\u00e9 owner\u2019s \u00a3500 bet".encode("cp1252"), "Caf\u00e9 owner\u2019s \u00a3500 bet", "cp1252"),
    ],
)
def test_decoding_policy_accepts(data: bytes, text: str, encoding: str) -> None:
    assert decode(data, "f.txt") == (text, encoding)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Labour \xff won", r"^f\.txt: not valid UTF-8 at byte 7 \(b'\\xff'\), and it does not read as cp1252"),
        (b"\x81 Labour", r"^f\.txt: not valid UTF-8 at byte 0 \(b'\\x81'\), nor cp1252 \(byte 0 is undefined there\)"),
        ("Labour\u2019s \u00e9".encode()[:-1] + b"!", r"at byte 11 \(b'\\xc3'\): the rest of the file is UTF-8"),
        (b"Labour won\xe2\x80", r"at byte 10 \(b'\\xe2'\): the file ends inside a character \(truncated\?\)"),
        (b"%PDF-1.4\n\xe2\xe3\xcf\xd3", r"binary data, not text \(a PDF document\)"),
        (
            "Labour".encode("utf-16-le"),
            r"^f\.txt: NUL byte at byte 1: binary data or UTF-16/UTF-32 without a byte-order",
        ),
        (b"\xff\xfeL\x00\x00\xd8", r"^f\.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16 at byte 4"),
    ],
)
def test_decoding_policy_refuses_what_it_would_have_to_guess(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        decode(data, "f.txt")


def test_an_explicit_encoding_is_used_strictly() -> None:
    assert decode("Labour".encode("utf-16-le"), "f.txt", "utf-16-le") == ("Labour", "utf-16-le")
    with pytest.raises(DecodeError, match=r"^f\.txt: not valid ascii at byte 1 \(b'\\xe9'\)$"):
        decode(b"L\xe9", "f.txt", "ascii")


def test_long_runs_are_blanked_one_for_one() -> None:
    article = article_from_text("Labour won " + "x" * 400 + " by 5 votes.")
    assert article.blanked == ((11, 411),)
    assert article.text == "Labour won " + " " * 400 + " by 5 votes."
    assert article.original_span(412, 414) == (412, 414)


@given(
    st.lists(st.sampled_from(["a", "\r", "\n", "\r\n", "\u00ad", "\u2019", "\u00a0", "\ufeff", "\u00e9"]), max_size=30)
)
def test_every_normalised_character_points_at_the_one_it_came_from(pieces: list[str]) -> None:
    original = "".join(pieces)
    text, origins = normalise(original)
    assert len(origins) == len(text) and list(origins) == sorted(set(origins))
    for char, origin in zip(text, origins, strict=True):
        source = original[origin]
        assert char == ("\n" if source == "\r" else TYPOGRAPHY.get(source, source))
    kept = [i for i, c in enumerate(original) if TYPOGRAPHY.get(c, c) and original[i : i + 2] != "\r\n"]
    assert list(origins) == kept  # nothing else dropped


@given(
    st.lists(
        st.one_of(
            st.integers(MAX_RUN - 3, MAX_RUN + 3).map(lambda length: "x" * length),
            st.sampled_from([" ", "\n", "\x1c", "\x1f", "\u00a0", "\u2028", "\u3000", "\u200b", "\u180e", "é"]),
        ),
        max_size=6,
    )
)
def test_the_quick_check_for_long_runs_finds_what_the_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    runs = tuple(match.span() for match in _LONG_RUN.finditer(text))
    assert _blank_long_runs(text)[1] == runs


def test_page_furniture_glued_to_the_next_word_is_blanked_one_for_one() -> None:
    """Rule ``PAGE_FURNITURE``: "Hide AdLabour's …" reads "Labour's …", offsets unchanged."""
    original = "Hide AdLabour's Ann Smith won.\nAdvertisement\nTurnout was 44%."
    article = article_from_text(original)
    assert article.text == "       Labour's Ann Smith won.\n             \nTurnout was 44%."
    assert len(article.text) == len(original)


def test_furniture_words_in_prose_stay() -> None:
    """The negative: the words in a sentence, not glued and not alone on a line, are the reporter's."""
    original = "The Advertisement Standards Authority said the Hide Ad button was broken."
    assert article_from_text(original).text == original


def test_result_lines_a_page_ran_together_are_parted_and_evidence_still_quotes_the_original() -> None:
    text = (
        "Labour's Kim Lees elected as MP for Hartlepool with 13,296 votes.Ryan Stone (Conservatives) 12,973"
        "George Gale (Workers Party) 8,264Tom Gore (Liberal Democrats) 1,254"
    )
    normalised, origins = normalise(text)
    assert "votes.\nRyan" in normalised and "12,973\nGeorge" in normalised and "8,264\nTom" in normalised
    assert len(origins) == len(normalised)
    result = extract_text(text)
    (contest,) = result.contests
    votes = tallies(contest)
    assert votes == {"Kim Lees": 13296, "Ryan Stone": 12973, "George Gale": 8264, "Tom Gore": 1254}
    evidence_round_trips(result, text)


def test_ordinary_text_is_not_parted() -> None:
    for text in ("Mr.Smith won.", "She polled 2,000 votes. Then she left.", "The A14 road", "iPhone 15 Pro"):
        assert normalise(text)[0] == text


@pytest.mark.parametrize(
    "dateline", ["BRISTOL, May 5 (Wire) - ", "CARDIFF, 6 May - ", "BELFAST (AP) \u2014 ", "ST ALBANS, June 2 - "]
)
def test_a_wire_storys_dateline_is_not_the_leads_prose(dateline: str) -> None:
    article = article_from_text(f"{dateline}Labour's Ann Cole won Bristol West.")
    assert article.text[article.body_start :] == "Labour's Ann Cole won Bristol West."


@pytest.mark.parametrize(
    "line", ["HOLYWELL WARD (Flintshire) \u2013 Lab gain from Con", "LAB HOLD - Ann Cole", "SMITH, John (Lab) - 892"]
)
def test_a_results_heading_in_capitals_is_no_dateline(line: str) -> None:
    assert article_from_text(line).body_start == 0


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Senedd election 2021: Labour holds Arfon\n\nPublished 8 May 2021\n\nNon Evans won.", "2021-05-08"),
        ("Updated: Friday 7th May 2021 10:32\nNon Evans won.", "2021-05-07"),
        ("Non Evans won. She said the result was published on 8 May 2021.", None),  # not a dating line
    ],
)
def test_a_pages_own_published_line_dates_an_article_without_front_matter(text: str, published: str | None) -> None:
    assert article_from_text(text).published == published


def test_front_matter_dates_an_article_before_its_published_line() -> None:
    text = "---\npublished: 2021-05-09\n---\nPublished 8 May 2021\n\nNon Evans won."
    assert article_from_text(text).published == "2021-05-09"

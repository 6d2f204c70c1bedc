"""Key-numbers lists and Markdown tables: layouts where the label comes after the figure or in a header."""

from __future__ import annotations

import pytest
from electext import extract_text
from electext.core.records import Contest

from tests.conftest import candidates

pytestmark = pytest.mark.model


def _only(text: str) -> Contest:
    contests = [c for c in extract_text(text).contests if not c.mention_only]
    assert len(contests) == 1, [c.constituency.value for c in contests]
    return contests[0]


def test_a_key_numbers_list_reads_each_label_after_its_figure() -> None:
    text = (
        "Labour held Vauxhall and Camberwell Green in Thursday's vote. The night at a glance:\n\n"
        "19,612 - votes for Labour's Florence Eshalomi, who succeeds Kate Hoey\n\n"
        "48.1% - her share of the vote\n\n"
        "7,300 - votes for the Green, Claire Sheppard\n\n"
        "12,312 - Labour's majority\n\n"
        "19,612 - the majority Ms Hoey had at the general election in 2019\n\n"
        "4.5 - the swing, in percentage points, from Labour to the Greens since that election\n\n"
        "38.2% - turnout\n\n"
        "11 - candidates on the ballot paper\n"
    )
    seat = _only(text)
    rows = candidates(seat)
    assert rows["Florence Eshalomi"]["votes"] == 19612 and rows["Florence Eshalomi"]["party"] == "Labour"
    assert rows["Claire Sheppard"] == {"party": "Green", "votes": 7300, "position": None}
    assert seat.majority and seat.majority.value == 12312
    assert seat.previous_majority and seat.previous_majority.value == 19612
    assert seat.swing and (seat.swing.value, seat.swing.unit) == (4.5, "points")
    assert seat.swing.to_party and seat.swing.to_party.value == "Green"
    assert seat.turnout and seat.turnout.value == 38.2
    assert 11 not in {row["votes"] for row in rows.values()}


def test_a_markdown_table_with_a_rule_under_its_header_and_units_in_the_header() -> None:
    text = (
        "Shockat Adam won Leicester South by 979 votes.\n\n"
        "| Party | Candidate | Votes | Share (%) | Change (pts) |\n"
        "|---|---|---:|---:|---:|\n"
        "| Independent | Shockat Adam | 14,739 | 35.2 | new |\n"
        "| Labour | Jonathan Ashworth | 13,760 | 32.9 | -35.3 |\n"
        "| Conservative | Gerri Hickton | 4,820 | 11.5 | -10.3 |\n"
    )
    seat = _only(text)
    assert candidates(seat) == {
        "Shockat Adam": {"party": "Independent", "votes": 14739, "position": 1},
        "Jonathan Ashworth": {"party": "Labour", "votes": 13760, "position": 2},
        "Gerri Hickton": {"party": "Conservative", "votes": 4820, "position": 3},
    }


def test_an_indented_on_screen_results_list_with_padded_columns() -> None:
    text = (
        "PRESENTER: Sinn Féin has held on to Foyle.\n\n"
        "    Elisha McCallion      Sinn Féin     18,256\n"
        "    Mark Durkan           SDLP          18,087\n"
        "    Gary Middleton        DUP            4,712\n"
    )
    rows = candidates(_only(text))
    assert rows["Mark Durkan"] == {"party": "SDLP", "votes": 18087, "position": 2}
    assert rows["Gary Middleton"]["party"] == "DUP"

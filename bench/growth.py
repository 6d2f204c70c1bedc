"""How extraction time grows with the text: crafted shapes beside normal prose of the same size.

    python bench/growth.py [--sizes 10 20 40 80 160] [--shapes repeated digits ...] [--cap 120]
    python bench/growth.py --profile capitalised --sizes 40     # where the time goes, by function

Each shape is text a hostile or unlucky input could be: one sentence repeated, a run of figures, a run
of capitalised words naming seats, prose sprinkled with direction marks and zero-width joiners, number
words, hedge words. Each is cut to the same sizes as real article text (the corpus, repeated) and
extracted in this process (the model is loaded once, before timing). Prints, per shape and size, the
CPU seconds, the ratio to prose of that size, and the growth exponent from the smallest size to the
largest: the slope of log(time) against log(size), 1.0 for linear time, 2.0 for quadratic. A case that
runs past ``--cap`` CPU seconds is stopped and shown as ``>cap``; the larger sizes of that shape are
skipped. The acceptance line for issue 24: no ratio above 3, no exponent above 1.2.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import time
from collections.abc import Callable
from pathlib import Path

from electext.api import extract_text
from electext.core import rx
from electext.nlp.annotate import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt")))
SEATS = (
    "Bexley Tamworth Selby Wakefield Hartlepool Chesham Amersham Batley Spen Bury North Ashfield Kingswood "
    "Uxbridge Somerton Frome Rochdale Blackpool South Wellingborough Runcorn Helsby Airdrie Shotts"
)


def _cut(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def prose(chars: int) -> str:
    """Real article text (the corpus, repeated), the baseline every shape is compared with."""
    return _cut(CORPUS, chars)


def _sprinkled(chars: int) -> str:
    marks = ("\u200e", "\u200d", "\u200f", "\u2066", "\u2069", "\u200b")
    text = prose(chars)
    return "".join(char + marks[index % len(marks)] if index % 3 == 0 else char for index, char in enumerate(text))[
        :chars
    ]


SHAPES: dict[str, Callable[[int], str]] = {
    "repeated": lambda n: _cut("Labour's Jane Smith won the Bexley by-election with a majority of 1,234. ", n),
    "digits": lambda n: _cut("1,000, ", n),
    "capitalised": lambda n: _cut(SEATS + " ", n),
    "marks": _sprinkled,
    "number-words": lambda n: _cut("two thousand, three hundred and forty-five, ", n),
    "hedges": lambda n: _cut("more than 1,000, nearly 2,000, almost 3,000, over 4,000, about 5,000, ", n),
    "shares": lambda n: _cut("Labour 41.2% (+8.1), Conservative 30.5% (-12.0), ", n),
}


def cpu_seconds(text: str, cap: float) -> float | None:
    """CPU seconds to extract ``text``; ``None`` when it ran past ``cap``."""
    start = time.process_time()
    try:
        with rx.deadline(cap):
            extract_text(text, max_chars=None)
    except rx.DeadlineExceeded:
        return None
    return time.process_time() - start


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """The slope of log(seconds) over log(size), first size to last."""
    return math.log(seconds[-1] / seconds[0]) / math.log(sizes[-1] / sizes[0])


def _row(name: str, sizes: list[int], seconds: list[float | None], baseline: list[float | None]) -> str:
    cells = []
    for value, base in zip(seconds, baseline, strict=False):
        if value is None:
            cells.append(f"{'>cap':>15}")
        else:
            ratio = f"{value / base:.2f}x" if base else "-"
            cells.append(f"{value:8.2f} {ratio:>6}")
    measured = [value for value in seconds if value is not None]
    slope = exponent(sizes[: len(measured)], measured) if len(measured) == len(sizes) else math.inf
    return f"{name:14} " + " ".join(cells) + f"   exponent {slope:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 20, 40, 80, 160], help="sizes in KB")
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=sorted(SHAPES))
    parser.add_argument("--cap", type=float, default=120.0, help="CPU seconds before a case is stopped")
    parser.add_argument("--profile", choices=sorted(SHAPES), help="profile one shape at the first size instead")
    args = parser.parse_args()
    rx.allow_deadlines()
    load_pipeline()
    extract_text(prose(2_000))  # warm every lazy load before the clock starts
    sizes = [kb * 1000 for kb in args.sizes]
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(extract_text, SHAPES[args.profile](sizes[0]), max_chars=None)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
        return
    print(f"{'shape':14} " + " ".join(f"{kb:>8} KB ratio" for kb in args.sizes))
    baseline = [cpu_seconds(prose(size), args.cap) for size in sizes]
    print(_row("prose", sizes, baseline, [None] * len(sizes)), flush=True)
    for name in args.shapes:
        seconds: list[float | None] = []
        for size in sizes:
            seconds.append(cpu_seconds(SHAPES[name](size), args.cap) if not seconds or seconds[-1] else None)
        print(_row(name, sizes, seconds, baseline), flush=True)


if __name__ == "__main__":
    main()

"""Time electext on hostile and large inputs: how long a refusal takes, and what a long input costs.

    python bench/bad_input.py [--quick]

Each case is written to a temporary folder and run through ``extract_paths`` in this process (the
model is loaded once, before timing). Prints one line per case: seconds, peak memory so far, outcome.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from electext.api import extract_paths
from electext.core.records import ErrorRecord
from electext.ingest.sources import ReadOptions
from electext.nlp.annotate import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt")))


def prose(chars: int) -> str:
    """Real article text (the corpus, repeated) cut to ``chars`` characters."""
    return (CORPUS * (chars // len(CORPUS) + 1))[:chars]


def confetti(chars: int) -> str:
    """One token per two characters: the most tokens a text of this size can have."""
    return ("% " * (chars // 2 + 1))[:chars]


CASES: list[tuple[str, Callable[[], str | bytes], ReadOptions]] = [
    ("20 MB article (refused by size)", lambda: b"Labour won. " * (20 * 1024 * 1024 // 12), ReadOptions()),
    ("100,000 percent signs", lambda: "%" * 100_000, ReadOptions()),
    ("1 MB line of 1,1,1 (--max-chars 2000000)", lambda: ("1," * 524_288)[:-1], ReadOptions(max_chars=2_000_000)),
    ("'% % %', 200,000 chars (refused: tokens)", lambda: confetti(200_000), ReadOptions()),
    ("'% % %', 100,000 chars (50,000 tokens)", lambda: confetti(100_000), ReadOptions()),
    ("prose, 25,000 chars", lambda: prose(25_000), ReadOptions()),
    ("prose, 100,000 chars", lambda: prose(100_000), ReadOptions()),
    ("prose, 200,000 chars (the default limit)", lambda: prose(200_000), ReadOptions()),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 100,000- and 200,000-character prose")
    args = parser.parse_args()
    load_pipeline()
    with tempfile.TemporaryDirectory() as folder:
        for name, make, options in CASES:
            if args.quick and name.startswith("prose") and "25,000" not in name:
                continue
            content = make()
            path = Path(folder) / "case.txt"
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
            start = time.perf_counter()
            (record,) = extract_paths([path], options=options)
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            outcome = (
                f"{record.error}: {record.message.split(': ', 1)[1]}"
                if isinstance(record, ErrorRecord)
                else f"{len(record.contests)} contests, warnings {[w.code for w in record.warnings]}"
            )
            print(f"{name:45} {seconds:7.2f} s  {peak:6} MB peak  {outcome}", flush=True)


if __name__ == "__main__":
    main()

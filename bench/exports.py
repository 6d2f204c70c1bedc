"""How long each output format and the HTML report take to write a batch, extraction excluded.

    electext extract corpus/ -o /tmp/results && python bench/exports.py /tmp/results

Run from the folder extract ran in (the report re-reads each article from its recorded source).
Reads the results of an earlier ``electext extract`` (its results.jsonl) and writes them with every
format's writer into a temporary folder, best of REPEATS runs, so the cost of the format itself is
seen apart from the model's.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from electext.outputs.export import FORMATS, open_writer, output_target
from electext.runtime.report import ReportWriter, load_results

REPEATS = 5


def best_of(write: Callable[[Path], None]) -> float:
    timings = []
    for _ in range(REPEATS):
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            write(Path(folder))
            timings.append(time.perf_counter() - start)
    return min(timings)


def main(results_folder: Path) -> None:
    results = [result for same_text in load_results(results_folder).values() for result in same_text]
    for name in FORMATS:

        def write(folder: Path, name: str = name) -> None:
            writer = open_writer(name, output_target(name, folder))
            for result in results:
                writer.add(result)
            writer.close()

        print(f"{name:7} {best_of(write) * 1000:8.1f} ms for {len(results)} articles")

    texts = [Path(result.article.source).read_text(encoding="utf-8") for result in results]

    def report(folder: Path) -> None:
        writer = ReportWriter(folder)
        for result, text in zip(results, texts, strict=True):
            writer.add_article(result, text)
        writer.close()

    print(f"{'report':7} {best_of(report) * 1000:8.1f} ms for {len(results)} articles")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

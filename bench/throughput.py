"""Throughput benchmark: the naive spaCy baseline, electext in one process, electext on N processes.

Run from the project root (electext installed):

    python bench/throughput.py                      # 2,000 articles, --jobs 2, memory at 100 and 1,000
    python bench/throughput.py --articles 500 --jobs 1 2 4 --json bench-result.json
    python bench/throughput.py --rounds 3           # every run three times, in turn: the medians

The workload is the bundled corpus repeated to ``--articles`` files in a temporary folder. Every
measurement runs in a fresh subprocess of this machine, so each has its own model load and its own
peak resident memory, and all of them run in the same invocation, so the ratios compare like with
like:

(a) baseline — the same spaCy model with every component, ``nlp.pipe`` over the same texts, nothing
    else (what "just run spaCy over the archive" costs), on thinc's default backend (BLIS);
(a') the same baseline on the backend electext builds its model on (NumPy's BLAS, one thread;
    pipeline/electext/nlp/blas.py), so that b/a' shows what electext's own design gains with the backend equal;
(b) ``electext extract DIR -o OUT --jobs 1`` — every stage, outputs written;
(c) ``electext extract DIR -o OUT --jobs N``.

Reported: articles/s and words/s (after start-up), start-up time (model load), peak RSS (of the
largest process), the ratios b/a, b/a' and c/b (with c/b ÷ N the scaling efficiency), peak RSS of (b) at
1×, 10× and 20× ``--memory-base`` articles, each with ``--novel-words`` made-up words no other article
has (it must not grow with the batch, nor with the vocabulary an archive brings), and the evaluation's micro
F1 on ``corpus/`` with the same code, so a speed-up that costs accuracy shows. Nothing here is a test:
timings depend on the machine and what else it is doing.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "articles"


def corpus_round_robin(articles: int) -> Iterator[tuple[str, str]]:
    """``articles`` corpus articles, round-robin in name order, as (file name, text)."""
    sources = sorted(CORPUS.glob("*.txt"))
    for index in range(articles):
        source = sources[index % len(sources)]
        yield source.name, source.read_text(encoding="utf-8")


def build_workload(folder: Path, articles: int, novel_words: int = 0) -> tuple[int, int]:
    """``articles`` copies of the corpus articles, round-robin; returns (files, words). With
    ``novel_words``, each copy ends with a paragraph of that many made-up words no other copy has, as
    an archive keeps bringing names and figures the model has not seen: a repeated corpus alone would
    hide a memory that grows with the vocabulary."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for index, (name, text) in enumerate(corpus_round_robin(articles)):
        if novel_words:
            made_up = (made_up_word(index * novel_words + number) for number in range(novel_words))
            text = f"{text.rstrip()}\n\n{' '.join(made_up)}.\n"
        (folder / f"{index:06d}-{name}").write_text(text, encoding="utf-8")
        words += len(text.split())
    return articles, words


def made_up_word(number: int) -> str:
    """A lower-case word of letters, different for every number ("qab", "qac", ...)."""
    letters = "q"
    while True:
        number, digit = divmod(number, 26)
        letters += chr(ord("a") + digit)
        if not number:
            return letters


def measured(command: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``command`` in a wrapper process that reports its wall time, its children's peak RSS and the
    CPU time of the command's own process (not its workers'; read from /proc, Linux only): in a
    ``--jobs N`` run that is the parent, which reads and writes every article, so its CPU per article
    bounds how far the run can scale."""
    wrapper = (
        "import json, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)\n"
        "own = None\n"
        "def sample():\n"
        "    try:\n"
        "        fields = open(f'/proc/{child.pid}/stat').read().rsplit(')', 1)[1].split()\n"
        "        return (int(fields[11]) + int(fields[12])) / 100\n"
        "    except (OSError, IndexError, ValueError):\n"
        "        return None\n"
        "import threading\n"
        "def watch():\n"
        "    global own\n"
        "    while child.poll() is None:\n"
        "        own = sample() or own\n"
        "        time.sleep(0.05)\n"
        "watcher = threading.Thread(target=watch, daemon=True)\n"
        "watcher.start()\n"
        "stdout, stderr = child.communicate()\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps({'wall_s': wall, 'peak_rss_mb': peak / 1024, 'rc': child.returncode, 'own_cpu_s': own,"
        " 'stdout': stdout[-2000:], 'stderr': stderr[-2000:]}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True, env=env
    ).stdout
    result: dict[str, Any] = json.loads(out)
    if result["rc"] != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result['rc']}):\n{result['stderr']}")
    return result


def baseline_worker(folder: Path, model: str, blis: bool) -> None:
    """(a) or (a'): load the model with every component and pipe the texts through it; print timings."""
    if not blis:
        from electext.nlp.blas import one_blas_thread

        one_blas_thread()  # before NumPy is imported, as electext's processes do
    import spacy
    from electext.nlp.blas import building_on
    from thinc.api import NumpyOps

    start = time.perf_counter()
    with building_on(NumpyOps(use_blis=blis)):
        nlp = spacy.load(model)
    loaded = time.perf_counter()
    texts = (path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt")))
    count = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    done = time.perf_counter()
    print(json.dumps({"startup_s": loaded - start, "run_s": done - loaded, "articles": count}))


def startup_worker() -> None:
    """How long electext takes to be ready: importing it and loading its pipeline and reference data,
    as a worker does (with its garbage collector's settings, and withholding the frameworks the model
    cannot use, in code that can: bench/compare.py runs this under older revisions too)."""
    start = time.perf_counter()
    try:
        collector = importlib.import_module("electext.core.collector")
    except ImportError:  # revisions before it
        pass
    else:
        collector.tune_collector()
    if importlib.util.find_spec("pipeline") is not None:  # older revisions: one flat package named pipeline
        names = {"frameworks": "pipeline.model_choice", "nlp": "pipeline.annotate", "ref": "pipeline.refdb"}
    else:  # the layout since pipeline/electext/
        names = {
            "frameworks": "electext.nlp.model_choice",
            "nlp": "electext.nlp.annotate",
            "ref": "electext.reference.refdb",
        }
    try:
        frameworks = importlib.import_module(names["frameworks"])
    except ImportError:
        pass
    else:
        frameworks.withhold_unused_frameworks()
    importlib.import_module(names["nlp"]).load_pipeline()
    importlib.import_module(names["ref"]).open_reference()
    print(json.dumps({"startup_s": time.perf_counter() - start}))


def installed_model() -> str:
    from electext.nlp.annotate import load_pipeline, model_label

    return model_label(load_pipeline()).rsplit("-", 1)[0]


def micro_f1() -> float:
    report = Path(tempfile.mkdtemp()) / "evaluation.json"
    subprocess.run(
        [sys.executable, "-m", "electext", "evaluate", str(ROOT / "corpus"), "--misses", "0", "--json", str(report)],
        check=True,
        capture_output=True,
    )
    return float(json.loads(report.read_text(encoding="utf-8"))["micro"]["f1"])


def electext_run(folder: Path, jobs: int, scratch: Path) -> dict[str, Any]:
    output = scratch / f"out-{jobs}-{time.monotonic_ns()}"
    command = [sys.executable, "-m", "electext", "extract", str(folder), "-o", str(output), "--jobs", str(jobs)]
    result = measured(command)
    shutil.rmtree(output, ignore_errors=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="workload size (default 2000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[2], help="process counts for (c) (default 2)")
    parser.add_argument("--memory-base", type=int, default=100, help="1x size of the memory check (default 100)")
    parser.add_argument(
        "--novel-words", type=int, default=300, help="made-up words per article in the memory check (default 300)"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure every run this many times, in turn, and report each one's median (default 1)",
    )
    parser.add_argument("--skip-memory", action="store_true", help="skip the 1x/10x/20x memory check")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--_baseline", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--_model", default="", help=argparse.SUPPRESS)
    parser.add_argument("--_numpy_blas", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_startup", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._baseline:
        baseline_worker(args._baseline, args._model, blis=not args._numpy_blas)
        return
    if args._startup:
        startup_worker()
        return

    scratch = Path(tempfile.mkdtemp(prefix="electext-bench-"))
    try:
        results = run(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def progress(label: str, row: dict[str, Any], number: int) -> None:
    """One line on stderr per finished measurement, so a run stopped part-way still shows what it measured."""
    print(
        f"round {number + 1}, {label}: {row['articles_per_s']:.1f} articles/s, peak RSS {row['peak_rss_mb']:.0f} MB",
        file=sys.stderr,
        flush=True,
    )


def run(args: argparse.Namespace, scratch: Path) -> dict[str, Any]:
    folder = scratch / "workload"
    articles, words = build_workload(folder, args.articles)
    model = installed_model()
    rounds = [one_round(folder, articles, words, model, args.jobs, scratch, number) for number in range(args.rounds)]
    # Each run's median round (the lower of two middle ones): this machine drifts between minutes, and
    # runs measured in turn, round after round, drift together.
    rows = {
        name: sorted((each[name] for each in rounds), key=lambda row: row["articles_per_s"])[(len(rounds) - 1) // 2]
        for name in rounds[0]
    }
    single = rows["electext --jobs 1"]["articles_per_s"]
    ratios = {
        "b/a": single / rows["baseline"]["articles_per_s"],
        "b/a'": single / rows["baseline, NumPy BLAS"]["articles_per_s"],
    }
    for jobs in args.jobs:
        if jobs > 1:
            speedup = rows[f"electext --jobs {jobs}"]["articles_per_s"] / single
            ratios[f"c/b at {jobs}"] = speedup
            ratios[f"efficiency at {jobs}"] = speedup / jobs
    by_round = [each["electext --jobs 1"]["articles_per_s"] / each["baseline"]["articles_per_s"] for each in rounds]
    memory = {}
    if not args.skip_memory:
        for size in (args.memory_base, args.memory_base * 10, args.memory_base * 20):
            small = scratch / f"memory-{size}"
            build_workload(small, size, novel_words=args.novel_words)
            memory[f"{size} articles"] = electext_run(small, 1, scratch)["peak_rss_mb"]
            shutil.rmtree(small, ignore_errors=True)
    return {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0], "model": model},
        "workload": {"articles": articles, "words": words, "memory_check_novel_words": args.novel_words},
        "rows": rows,
        "ratios": ratios,
        "rounds": {"count": len(rounds), "b/a by round": by_round, "runs by round": rounds},
        "peak_rss_mb_by_batch": memory,
        "micro_f1": micro_f1(),
    }


def one_round(
    folder: Path, articles: int, words: int, model: str, jobs_counts: list[int], scratch: Path, number: int
) -> dict[str, dict[str, Any]]:
    """Every run once: the two baselines, the start-up, then electext at each process count."""
    me = str(Path(__file__).resolve())
    rows: dict[str, dict[str, Any]] = {}
    for name, flags in (("baseline", []), ("baseline, NumPy BLAS", ["--_numpy_blas"])):
        baseline = measured([sys.executable, me, "--_baseline", str(folder), "--_model", model, *flags])
        times = json.loads(baseline["stdout"])
        rows[name] = {
            "articles_per_s": articles / times["run_s"],
            "words_per_s": words / times["run_s"],
            "startup_s": times["startup_s"],
            "peak_rss_mb": baseline["peak_rss_mb"],
        }
        progress(name, rows[name], number)
    startup = json.loads(measured([sys.executable, me, "--_startup"])["stdout"])["startup_s"]
    for jobs in sorted({1, *jobs_counts}):
        timing = electext_run(folder, jobs, scratch)
        seconds = max(timing["wall_s"] - startup, 1e-9)
        name = f"electext --jobs {jobs}"
        rows[name] = {
            "articles_per_s": articles / seconds,
            "words_per_s": words / seconds,
            "startup_s": startup,
            "peak_rss_mb": timing["peak_rss_mb"],
            "parent_cpu_ms_per_article": 1000 * timing["own_cpu_s"] / articles if timing["own_cpu_s"] else None,
        }
        progress(name, rows[name], number)
    return rows


def table(results: dict[str, Any]) -> str:
    lines = [
        f"workload: {results['workload']['articles']} articles, {results['workload']['words']} words; "
        f"{results['machine']['cpus']} CPUs; model {results['machine']['model']}",
        f"{'run':<22}{'articles/s':>12}{'words/s':>12}{'start-up s':>12}{'peak RSS MB':>13}{'parent ms/art':>15}",
    ]
    for name, row in results["rows"].items():
        parent = row.get("parent_cpu_ms_per_article")
        lines.append(
            f"{name:<22}{row['articles_per_s']:>12.1f}{row['words_per_s']:>12.0f}"
            f"{row['startup_s']:>12.2f}{row['peak_rss_mb']:>13.0f}{(f'{parent:.2f}' if parent else '-'):>15}"
        )
    lines.append("(peak RSS of a --jobs N run is the parent's: each worker holds one model, as --jobs 1 does)")
    lines.append(
        "(parent ms/art: CPU time of the electext process itself per article, start-up included; with --jobs N"
        " it reads and writes every article, so 1000 / it bounds the articles/s of any N)"
    )
    lines.append("ratios: " + ", ".join(f"{k} = {v:.2f}" for k, v in results["ratios"].items()))
    rounds = results.get("rounds", {})
    if rounds.get("count", 1) > 1:
        lines.append(
            f"(each run: the median of {rounds['count']} rounds, measured in turn; b/a by round: "
            + ", ".join(f"{ratio:.2f}" for ratio in rounds["b/a by round"])
            + ")"
        )
    if results["peak_rss_mb_by_batch"]:
        lines.append(
            f"peak RSS of --jobs 1 by batch size, {results['workload'].get('memory_check_novel_words', 0)}"
            " made-up words an article: "
            + ", ".join(f"{k}: {v:.0f} MB" for k, v in results["peak_rss_mb_by_batch"].items())
        )
    lines.append(f"micro F1 on corpus/ with this code: {results['micro_f1']:.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()

"""The ``electext`` command's entry point, kept free of heavy imports.

A worker of a parallel run re-imports the script that started its parent before it runs anything
(multiprocessing's rule for the main module under spawn and forkserver), and the console script
imports this module. Were it :mod:`electext.cli`, every worker would import spaCy, and with it
PyTorch where installed, before it could withhold them (:mod:`electext.nlp.model_choice`).

The command's own process withholds them too, for the model named on its command line (or by
``$ELECTEXT_MODEL``, or the default), and may bound each article with a CPU-time alarm: the process
is electext's, and no user code shares it. For the same reason its BLAS library gets one thread, and
its garbage collector runs less often.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from electext.core import rx
from electext.core.collector import tune_collector
from electext.core.errors import DataFileError
from electext.nlp.blas import one_blas_thread
from electext.nlp.model_choice import withhold_unused_frameworks

MODEL_OPTION = "--model"
EXIT_USAGE = 2  # as electext.cli's, which cannot be imported when the lexicon is bad


def model_option(arguments: Sequence[str]) -> str | None:
    """The value of ``--model`` on a command line (``--model X`` or ``--model=X``), if given."""
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == MODEL_OPTION and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith(MODEL_OPTION + "="):
            return argument.split("=", 1)[1]
    return None


def main() -> None:
    """Run the command line (:func:`electext.cli.main`) with unused frameworks withheld, and with each
    article's CPU time bounded by one alarm rather than a bound on every match (:mod:`electext.core.rx`),
    and with one BLAS thread: the run's parallelism is its processes (:mod:`electext.nlp.blas`). The
    garbage collector runs less often, and not at exit (:mod:`electext.core.collector`)."""
    tune_collector()
    withhold_unused_frameworks(model_option(sys.argv[1:]))
    one_blas_thread()
    rx.allow_deadlines()
    try:
        from electext.cli import main as run_command_line
        from electext.lexicon.active import default_lexicon

        # compiled now, not at the first article: a bad lexicon is one usage error, not an error per file
        default_lexicon().patterns  # noqa: B018
    except DataFileError as error:
        print(f"Error: {error}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None
    run_command_line()

"""How Python's cyclic garbage collector runs in a process electext owns (the command's, its workers').

Two settings, each measured on the 2-core machine over 300 corpus articles in one process
(``docs/performance.md``, "The garbage collector and per-call costs"):

- The youngest generation is collected after 10,000 net allocations instead of Python's 700. An
  article allocates many short-lived objects (tokens, matches, facts, records), so the collector ran
  often, and every collection of the oldest generation walked the spaCy model, the compiled patterns
  and the reference data: about 0.08 s each. Collections took 0.46 s of the run; with the larger
  threshold, 0.1 s, and no full collection in 300 articles. A cycle of garbage lives a little longer;
  objects that are not in a cycle are freed at once, as before.
- At exit the collector is frozen (``gc.freeze``, an exit handler): Python's last collections would
  otherwise walk every object the process built, to free memory the system takes back anyway: 0.3 s
  of every command (after a one-article run), against 0.03 s frozen. Only garbage in cycles is left
  to the system; other objects are freed as before, and files are closed by the code that wrote them,
  not by the collector, so nothing is left unwritten.

Neither changes what is computed: outputs are byte for byte the same (docs/performance.md). The
library inside your own program keeps the collector you set.
"""

from __future__ import annotations

import atexit
import gc

# Net allocations of container objects between two collections of the youngest generation (Python: 700).
YOUNG_THRESHOLD = 10_000


def tune_collector() -> None:
    """Collect less often, and skip the last collection at exit (see the module's docstring); once is enough,
    a second call changes nothing."""
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, oldest)
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)

"""electext's version, in the one place pyproject.toml and every record's ``pipeline.version`` read it from.

It lives at the bottom layer so that any stage may stamp it (the exports do) without importing the
package root, whose public names sit above every stage.
"""

__version__ = "0.1.0"

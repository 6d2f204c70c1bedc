"""electext: election news articles in, validated, evidence-carrying, fact-checked results out.

>>> from pipeline import extract_text
>>> result = extract_text(text)  # doctest: +SKIP

See :func:`pipeline.api.extract_text` and :func:`pipeline.api.extract_paths`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from pipeline.api import extract_article, extract_paths, extract_text
from pipeline.records import ArticleResult, ErrorRecord

__all__ = ["ArticleResult", "ErrorRecord", "__version__", "extract_article", "extract_paths", "extract_text"]

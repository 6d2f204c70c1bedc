"""Stages 3-5: figures, mentions, linking them to contests and roles, and assembling validated contests.

Nothing here knows about official results or output formats: ``extract`` depends only on
``nlp``, ``ingest``, ``lexicon`` and ``core``."""

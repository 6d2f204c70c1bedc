"""Stage 1: bytes on disk (text, HTML, JSON, stdin) -> articles with normalised text and an offset map."""

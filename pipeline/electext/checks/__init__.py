"""Stage 6: is the article consistent with itself, and with the official result? Each check ends in a verdict."""

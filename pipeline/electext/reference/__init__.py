"""Official results: reading the House of Commons Library's files, the embedded database, and matching a
contest to the election it reports."""

"""Stage 7: results written as JSON/JSONL, CSV and SQLite exports, JSON Schema and the HTML report's pages."""

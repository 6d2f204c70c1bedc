"""``python -m pipeline`` runs the electext command line."""

from pipeline.cli import main

main()

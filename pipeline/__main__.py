"""``python -m pipeline`` runs the electext command line."""

from pipeline.launch import main

main()

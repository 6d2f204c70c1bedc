"""``python -m electext`` runs the electext command line."""

from electext.launch import main

main()

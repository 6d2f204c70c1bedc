"""The records every stage shares, the error hierarchy and the time-bounded regex wrapper.

The bottom layer: it imports nothing else from electext."""

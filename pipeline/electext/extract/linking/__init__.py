"""Stage 4: figures and people assigned to contests and roles, as facts, sentence by sentence."""

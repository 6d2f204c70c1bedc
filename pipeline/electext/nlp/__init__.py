"""Stage 2: the spaCy pipeline (the model's NER, the rule components, the fast NER path) and how it is loaded."""

"""Generate the labelled field corpus (``corpora/field/``) from documents kept as data."""

"""Build the labelled example corpus: JD specs as data, renderers per format, labels."""

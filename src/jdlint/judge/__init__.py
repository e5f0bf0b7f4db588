"""The judge stage: decide which requirements in a structured document restrict a post.

Takes a :class:`~jdlint.document.Document` and a rule set (rule files and the lexicon in
``rules/``) and gives :class:`~jdlint.results.Finding` values. :mod:`.rules` and :mod:`.lexicon`
load the data; :mod:`.tokenizer` and :mod:`.matching` find what a block's text names;
:mod:`.context` judges each match in its sentence, block and post; :mod:`.engine` turns what
survives into findings. Nothing here knows a file format or prints.
"""

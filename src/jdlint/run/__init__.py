"""Running jdlint over many files: settings, file discovery, worker processes, cache.

Takes the paths and options a user gave and gives one :class:`~jdlint.results.DocumentResult`
per file, justified exceptions and baselines applied. :mod:`.settings` builds the one value
every part of a run reads; :mod:`.discover` picks the files; :mod:`.runner` reads and lints them
in worker processes (:mod:`.isolate` for readers that may hang), answering from :mod:`.cache`
where it can; :mod:`.distributed` does the same on Dask or Spark.
"""

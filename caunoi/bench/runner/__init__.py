"""The benchmark runner behind ``make bench`` (``caunoi run_bench``): the pages it measures
(:mod:`.pages`), their SQL captured in-process and replayed on a bare driver connection for the
floor (:mod:`.sql`), the HTTP timings and the load against gunicorn (:mod:`.http`), import
speed (:mod:`.importing`) and the results (:mod:`.report`). See docs/performance.md."""

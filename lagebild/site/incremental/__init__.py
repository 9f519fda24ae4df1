"""Incremental builds under `mkdocs serve`: only pages whose fingerprint changed are rendered again.

`briefing_store` parses only changed briefing files; `fingerprints` digests what reaches pages;
`planner` decides which pages an edit touches; `search_store` keeps search entries per page;
`serve_hooks` makes plain `mkdocs serve` rebuild dirty.  The plugin keeps one instance of each
across serve rebuilds (it has `on_startup`, so MkDocs keeps the plugin object).
"""

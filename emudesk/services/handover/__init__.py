"""Hand a whole cluster over to the next head's PC in one file, and merge such a file.

The file is a zip: ``manifest.json`` (format, program version, cluster, row counts and the
SHA-256 of every other member), ``tables/<table>.json`` and ``attachments/<uuid>.bin``. It is
built generically from the model: every row that belongs to the cluster, with each foreign
key written as the referenced row's UUID (or, for the few tables without one, its natural key
made of UUIDs), so that tables added later travel without changes here.

Merging goes by identity: a row the database lacks is added; an identical row is left alone
(importing twice changes nothing); a row both sides hold with different content is a
conflict, listed for the officer, and changed only when they choose the file's version.
"""

"""The mock's persistent state: one SQLite database handle and the repositories that own its tables.

``Database`` knows connections, transactions and the write-lock retry, nothing about tables. Each
repository creates its own tables (``Database.install``) and is the only code that touches them;
``Store`` (mockserver.core.store) only groups the repositories of one mock.
"""

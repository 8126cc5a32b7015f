"""Qt-free encrypted store: SQLCipher database, key slots, accounts, audit, outbox."""

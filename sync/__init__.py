"""Qt-free sync: wire protocol, sealing and signing, client, engine, bundles, reference server."""

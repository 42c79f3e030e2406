"""Search: the BM25 index with its n-gram path, storage on disk, query syntax, the bundled-corpus index."""

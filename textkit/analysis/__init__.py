"""Analysis: files to documents, normalization, excerpts, segmentation (and the lexicon data)."""

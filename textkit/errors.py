"""The errors textkit raises. Every one is a :class:`TextkitError`; the CLI shows its message."""

from __future__ import annotations


class TextkitError(Exception):
    """Base class of every error textkit raises on purpose."""


class SourceNotFound(TextkitError):
    """A file or folder named as a source does not exist."""


class LoadError(TextkitError):
    """A source exists but could not be read as text."""


class EmptyCorpus(TextkitError):
    """The sources held no text to work on."""


class SegmenterError(TextkitError):
    """The segmenter could not be set up (bad engine, mode or dictionary)."""


class QueryError(TextkitError):
    """A query that cannot be searched (empty, punctuation only, malformed)."""


class SearchIndexError(TextkitError):
    """An index could not be read, written or used."""


class IndexNotFound(SearchIndexError):
    """No index at the path given."""


class IndexCorrupt(SearchIndexError):
    """An index file failed its checksum or is truncated."""


class IndexVersionError(SearchIndexError):
    """An index was written by another format version."""


class AnalysisMismatch(SearchIndexError):
    """The segmenter asked for differs from the one the index was built with."""


class IndexLocked(SearchIndexError):
    """Another process is writing the index."""


class QuizError(TextkitError):
    """A quiz could not be made, read or graded."""


class ExportError(TextkitError):
    """A quiz sheet could not be written in the format asked for."""

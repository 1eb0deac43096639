"""Extractor errors.

    ExtractorError        anything the pure extractors refuse
    └── CleaningError     a page had no usable article text (terminal: refetching won't help)
"""


class ExtractorError(Exception):
    """Base class of extractor errors."""


class CleaningError(ExtractorError):
    """The HTML of ``url`` gave no article; ``reason`` says why."""

    transient = False

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason

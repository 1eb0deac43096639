"""Pure extractors: HTML to clean text, text to conflict events, cross-source deduplication.

``clean_html`` and ``decode_html`` are imported on first use: they bring in trafilatura (~0.2 s), which text to
events never needs.
"""

from extractors.dedup import assign_clusters
from extractors.errors import CleaningError, ExtractorError
from extractors.events.pipeline import EXTRACTOR_VERSION, extract_events
from extractors.incidents import build_incidents
from extractors.records import EVENT_FIELDS, EVENT_TYPES, Article, Document, Event, Incident, Page, hash_id

__all__ = [
    "EVENT_FIELDS",
    "EVENT_TYPES",
    "EXTRACTOR_VERSION",
    "Article",
    "CleaningError",
    "Document",
    "Event",
    "ExtractorError",
    "Incident",
    "Page",
    "assign_clusters",
    "build_incidents",
    "clean_html",
    "decode_html",
    "extract_events",
    "hash_id",
]


def __getattr__(name: str):
    if name in ("clean_html", "decode_html"):
        from extractors.text import clean

        return getattr(clean, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

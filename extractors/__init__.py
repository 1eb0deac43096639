"""Pure extractors: HTML to clean text, text to conflict events, cross-source deduplication."""

from extractors.dedup import assign_clusters
from extractors.errors import CleaningError, ExtractorError
from extractors.events.pipeline import EXTRACTOR_VERSION, extract_events
from extractors.incidents import build_incidents
from extractors.records import EVENT_FIELDS, EVENT_TYPES, Article, Document, Event, Incident, Page, hash_id
from extractors.text.clean import clean_html, decode_html

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

"""Work units: what a batch sends to a worker instead of its pages' bytes.

A WARC batch travels as ``WarcRecords`` (the file's path and the byte offsets of its records, a few
hundred bytes) and the worker reads the records itself, so a Dask cluster does not ship every page
through the scheduler (the task graph of a 200-page batch used to weigh ~33 MiB) and scales with the
workers' own reads. Workers must see the files at the same path (a shared or copied file system).
Pages with nothing to read (failures found while listing) travel as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.records import Page

__all__ = ["Job", "WarcRecords", "load_pages", "process_work"]


@dataclass(frozen=True)
class WarcRecords:
    path: str
    offsets: tuple[int, ...]  # record starts, in the file's own coordinates (per-record gzip or plain)
    source_id: str | None
    max_bytes: int
    pages: tuple[Page, ...] = ()  # pages without a body to read
    ends: tuple[int, ...] = ()  # where each record ends (the next one starts): read just its bytes

    def load(self) -> list[Page]:
        from flows.backfill.warc import read_record_pages

        return list(self.pages) + read_record_pages(self.path, self.offsets, source_id=self.source_id,
                                                    max_bytes=self.max_bytes, ends=self.ends or None)


@dataclass(frozen=True)
class Job:
    """What a worker gets: a batch's work (pages or a work unit) and the pipeline options (the gate)."""

    work: object
    options: object = None  # flows.pipeline.Options

    def load(self) -> list[Page]:
        return load_pages(self.work)


def load_pages(work) -> list[Page]:
    """The pages of a work unit (or of a plain list of pages)."""
    return work.load() if hasattr(work, "load") else list(work)


def process_work(work):
    """Worker entry point: read the unit's pages, then gate, clean and extract them (``process_pages``)."""
    from flows.pipeline import process_pages

    return process_pages(load_pages(work), getattr(work, "options", None))

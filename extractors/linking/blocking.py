"""Candidate pairs for the linker, near-linear in the number of reports.

Reports are only compared inside their country and type family and, there, inside their first-level
region plus the reports that name no region, and only when their time windows come within
``MAX_GAP_DAYS`` (found by bisection over window starts). Strategic developments meet violent reports
only in the same town within a day (the one case the pair score accepts), and a report placed at
country level only meets reports of other countries with its type, toll and day. A report with no
time window at all is compared with the reports of its town (any date), or of its region when it names
no town, and never with more than ``UNDATED_CAP`` of them: past that a date-less report could belong
to too many incidents to say which.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from extractors.linking.features import Features
from extractors.linking.score import MAX_GAP_DAYS

UNDATED_CAP = 300


def _windowed_pairs(group: list[Features], open_group: list[Features] | None) -> Iterator[tuple[int, int]]:
    """Pairs within ``group`` and between it and ``open_group``; both are sorted by window start."""
    starts = [f.lo for f in group]
    if open_group is not None:
        open_starts = [f.lo for f in open_group]
        width = max((f.hi - f.lo for f in open_group), default=0)
    for x, a in enumerate(group):
        stop = bisect.bisect_right(starts, a.hi + MAX_GAP_DAYS, x + 1)
        for b in group[x + 1:stop]:
            yield a.index, b.index
        if open_group:
            lo = bisect.bisect_left(open_starts, a.lo - width - MAX_GAP_DAYS)
            hi = bisect.bisect_right(open_starts, a.hi + MAX_GAP_DAYS, lo)
            for b in open_group[lo:hi]:
                if b.hi + MAX_GAP_DAYS >= a.lo:
                    yield a.index, b.index


def candidate_pairs(feats: list[Features]) -> Iterator[tuple[int, int]]:
    by_country: dict[str, dict[str, list[Features]]] = {}
    by_family: dict[tuple[str, str], dict[str, list[Features]]] = {}
    undated: list[Features] = []
    for f in sorted(feats, key=lambda f: (f.lo if f.lo is not None else -1, f.index)):
        if not f.country:
            continue  # a report without a country cannot be placed against another
        if f.lo is None:
            undated.append(f)
            continue
        by_country.setdefault(f.country, {}).setdefault(f.admin1, []).append(f)
        by_family.setdefault((f.country, f.family), {}).setdefault(f.admin1, []).append(f)
    for regions in by_family.values():
        open_group = regions.get("")
        for region, members in regions.items():
            yield from _windowed_pairs(members, open_group if region else None)
    yield from _strategic_violent_pairs(feats)
    yield from _country_only_pairs(feats)
    if not undated:
        return
    towns: dict[tuple[str, str], list[Features]] = {}
    undated_regions: dict[tuple[str, str], list[Features]] = {}
    for f in undated:
        if not f.location and f.admin1:
            undated_regions.setdefault((f.country, f.admin1), []).append(f)
    for f in feats:
        if f.country and f.location:
            towns.setdefault((f.country, f.location[:3]), []).append(f)
    for u in undated:
        pools = []
        if u.location:
            pools.append(towns.get((u.country, u.location[:3]), []))
        if u.admin1:
            pools.append(by_country.get(u.country, {}).get(u.admin1, []))
            pools.append(undated_regions.get((u.country, u.admin1), []))
        for b in (b for pool in pools if len(pool) <= UNDATED_CAP for b in pool):
            if b.index != u.index and (b.lo is not None or b.index > u.index):
                yield u.index, b.index


def _strategic_violent_pairs(feats: list[Features]) -> Iterator[tuple[int, int]]:
    """Dated strategic developments against dated violent reports of the same town, a day apart at most."""
    cells: dict[tuple[str, str, int], list[Features]] = {}
    for f in feats:
        if f.dated and f.location and f.family == "violence":
            cells.setdefault((f.country, f.location, f.lo), []).append(f)
    if not cells:
        return
    for a in feats:
        if a.dated and a.location and a.family == "strategic":
            for day in (a.lo - 1, a.lo, a.lo + 1):
                for b in cells.get((a.country, a.location, day), ()):
                    yield a.index, b.index


def _country_only_pairs(feats: list[Features]) -> Iterator[tuple[int, int]]:
    """Dated reports placed at country level only against dated reports of another country with the
    same type and toll, a day apart at most (``score.same_toll_and_side``): keyed by toll and day."""
    cells: dict[tuple[str, int, int], list[Features]] = {}
    for f in feats:
        if f.dated and f.country and f.fatalities:
            cells.setdefault((f.event_type, f.fatalities, f.lo), []).append(f)
    for a in feats:
        if a.dated and a.fatalities and a.country_only:
            for day in (a.lo - 1, a.lo, a.lo + 1):
                for b in cells.get((a.event_type, a.fatalities, day), ()):
                    if b.country != a.country:
                        yield a.index, b.index

"""Average-linkage grouping of scored report pairs into incidents.

Pairs are taken best first; two groups merge when the mean score over all their cross pairs (a pair
never scored counts 0) reaches ``MERGE_THRESHOLD``, no cross pair contradicts (one article, another
country, dates a week apart), and no article would have two reports in one incident. So one strong
pair cannot chain two incidents at the same place on different days together, while a big incident
does not need every outlet to agree with every other one.
"""

from __future__ import annotations

from extractors.linking.features import Features
from extractors.linking.score import MAX_GAP_DAYS, contradicts, pair_score

EDGE_THRESHOLD = 0.6
MERGE_THRESHOLD = 0.5
_MAX_CROSS = 4096  # cross pairs checked per merge; past that only the scored ones count


def _drop_ambiguous(scores: dict[tuple[int, int], float], feats: list[Features]) -> None:
    """A report without a time window that fits reports of two different days (same place, another
    incident) joins neither: there is no saying which it tells of."""
    partners: dict[int, list[int]] = {}
    for i, j in scores:
        for u, v in ((i, j), (j, i)):
            if feats[u].lo is None and feats[v].lo is not None:
                partners.setdefault(u, []).append(v)
    ambiguous = {u for u, vs in partners.items()
                 if max(feats[v].lo for v in vs) - min(feats[v].hi for v in vs) > MAX_GAP_DAYS}
    for key in [k for k in scores if k[0] in ambiguous or k[1] in ambiguous]:
        del scores[key]


def group(feats: list[Features], pairs) -> list[int]:
    """Group label (a member index) per report."""
    scores: dict[tuple[int, int], float] = {}
    for i, j in pairs:
        key = (i, j) if i < j else (j, i)
        if key in scores:
            continue
        s = pair_score(feats[i], feats[j])
        if s is not None and s >= EDGE_THRESHOLD:
            scores[key] = s
    _drop_ambiguous(scores, feats)
    parent = list(range(len(feats)))
    members: dict[int, list[int]] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def cross(a: list[int], b: list[int]) -> float | None:
        if len(a) * len(b) > _MAX_CROSS:
            return sum(scores.get((min(x, y), max(x, y)), 0.0) for x in a for y in b) / (len(a) * len(b))
        total = 0.0
        for x in a:
            for y in b:
                fx, fy = feats[x], feats[y]
                if contradicts(fx, fy):
                    return None
                s = scores.get((min(x, y), max(x, y)))
                if s is None:
                    s = pair_score(fx, fy) or 0.0
                total += s
        return total / (len(a) * len(b))

    for (i, j), _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        a, b = members.get(ri, [ri]), members.get(rj, [rj])
        if {feats[x].doc_id for x in a} & {feats[y].doc_id for y in b}:
            continue
        mean = cross(a, b)
        if mean is None or mean < MERGE_THRESHOLD:
            continue
        parent[rj] = ri
        members[ri] = a + b
        members.pop(rj, None)
    return [root(i) for i in range(len(feats))]

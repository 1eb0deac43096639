"""Analysis views, created by migrations with ``CREATE OR REPLACE VIEW``.

Each view here is part of a released migration: to change one, append a migration that replaces it
(copy the statement, edit the copy), so that every database goes through the same history. The views
read only columns that exist from schema v1 on, and are documented in docs/warehouse.md.
"""

from __future__ import annotations

# Host of a URL without "www.", the fallback identity of a source when no source_id was recorded.
_HOST = r"lower(regexp_extract({col}, '^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)', 1))"

EVENTS_DEDUP_V2 = f"""
CREATE OR REPLACE VIEW events_dedup AS
WITH e AS (
    SELECT
        coalesce(cluster_id, event_id) AS cid, event_id, doc_id, url,
        TRY_CAST(event_date AS DATE) AS d, date_precision, event_type, sub_event_type,
        actor1, actor2, country, admin1, location, latitude, longitude, geo_precision,
        fatalities, injuries, evidence, coalesce(confidence, 0.0) AS conf, extractor_version,
        nullif({_HOST.format(col='url')}, '') AS host,
        coalesce(TRY_CAST(published AS TIMESTAMP), created_at) AS seen,
        CASE date_precision WHEN 'day' THEN 3 WHEN 'week' THEN 2 WHEN 'month' THEN 1 ELSE 0 END AS dp,
        (latitude IS NOT NULL)::INTEGER * 4 + (location IS NOT NULL)::INTEGER * 2
            + (admin1 IS NOT NULL)::INTEGER AS gp
    FROM events
), g AS (
    SELECT
        cid,
        arg_max(event_id, conf) AS event_id,
        arg_max(d, dp * 10 + conf) FILTER (WHERE d IS NOT NULL) AS event_date,
        arg_max(date_precision, dp * 10 + conf) FILTER (WHERE d IS NOT NULL) AS date_precision,
        arg_max({{'t': event_type, 's': sub_event_type}}, conf) AS kind,
        arg_max({{'a1': actor1, 'a2': actor2}},
                (actor1 IS NOT NULL)::INTEGER + (actor2 IS NOT NULL)::INTEGER + conf) AS actors,
        arg_max({{'country': country, 'admin1': admin1, 'location': location, 'lat': latitude,
                 'lon': longitude, 'prec': geo_precision}}, gp * 10 + conf) AS place,
        max(fatalities) FILTER (WHERE conf >= 0.3) AS credible_fatalities,
        max(fatalities) AS max_fatalities,
        min(fatalities) AS min_fatalities,
        max(injuries) AS injuries,
        arg_max(evidence, conf) AS notes,
        count(DISTINCT coalesce(host, doc_id)) AS n_sources,
        count(DISTINCT doc_id) AS n_documents,
        count(*) AS n_reports,
        string_agg(DISTINCT host, '; ' ORDER BY host) AS sources,
        max(conf) AS confidence,
        min(seen) AS first_seen,
        max(seen) AS last_seen,
        max(extractor_version) AS extractor_version
    FROM e
    GROUP BY cid
)
SELECT
    cid AS cluster_id, event_id, event_date, date_precision,
    kind.t AS event_type, kind.s AS sub_event_type,
    actors.a1 AS actor1, actors.a2 AS actor2,
    place.country AS country, place.admin1 AS admin1, place.location AS location,
    place.lat AS latitude, place.lon AS longitude, place.prec AS geo_precision,
    coalesce(credible_fatalities, max_fatalities) AS fatalities, min_fatalities, max_fatalities,
    injuries, n_sources, n_documents, n_reports, sources, confidence, notes,
    first_seen, last_seen, extractor_version
FROM g
"""

DAILY_COUNTS_V2 = """
CREATE OR REPLACE VIEW daily_counts AS
SELECT event_date AS day, country, event_type,
       count(*) AS events, sum(coalesce(fatalities, 0))::BIGINT AS fatalities, sum(n_reports)::BIGINT AS reports
FROM events_dedup
WHERE event_date IS NOT NULL
GROUP BY ALL
"""

MONTHLY_COUNTS_V2 = """
CREATE OR REPLACE VIEW monthly_counts AS
SELECT date_trunc('month', event_date)::DATE AS month, country, event_type,
       count(*) AS events, sum(coalesce(fatalities, 0))::BIGINT AS fatalities, sum(n_reports)::BIGINT AS reports
FROM events_dedup
WHERE event_date IS NOT NULL
GROUP BY ALL
"""

ACTOR_DYADS_V2 = """
CREATE OR REPLACE VIEW actor_dyads AS
SELECT actor1, actor2, country,
       count(*) AS events, sum(coalesce(fatalities, 0))::BIGINT AS fatalities,
       min(event_date) AS first_date, max(event_date) AS last_date
FROM events_dedup
WHERE actor1 IS NOT NULL
GROUP BY ALL
"""

SOURCE_COVERAGE_V2 = f"""
CREATE OR REPLACE VIEW source_coverage AS
WITH p AS (
    SELECT coalesce(source_id, {_HOST.format(col='canonical_url')}) AS source, page_id, ok, fetched_at
    FROM pages
), ev AS (
    SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id
)
SELECT p.source, any_value(s.name) AS name,
       count(*) AS pages,
       count(*) FILTER (WHERE p.ok) AS pages_ok,
       count(*) FILTER (WHERE NOT p.ok) AS pages_failed,
       round(count(*) FILTER (WHERE NOT p.ok) / count(*), 3) AS failure_rate,
       count(a.doc_id) AS articles,
       coalesce(sum(ev.n), 0)::BIGINT AS events,
       max(p.fetched_at) FILTER (WHERE p.ok) AS last_success,
       max(p.fetched_at) AS last_fetch
FROM p
LEFT JOIN sources s ON s.source_id = p.source
LEFT JOIN articles a ON a.doc_id = p.page_id
LEFT JOIN ev ON ev.doc_id = p.page_id
GROUP BY p.source
"""

CRAWL_FAILURES_V2 = f"""
CREATE OR REPLACE VIEW crawl_failures AS
SELECT coalesce(source_id, {_HOST.format(col='canonical_url')}) AS source,
       coalesce(error_reason, 'unknown') AS error_reason, coalesce(transient, FALSE) AS transient,
       count(*) AS pages, max(fetched_at) AS last_seen
FROM pages
WHERE NOT ok
GROUP BY ALL
"""

CRAWL_DAILY_V2 = """
CREATE OR REPLACE VIEW crawl_daily AS
SELECT fetched_at::DATE AS day, count(*) AS pages,
       count(*) FILTER (WHERE ok) AS pages_ok, count(*) FILTER (WHERE NOT ok) AS pages_failed
FROM pages
GROUP BY ALL
"""

VIEWS_V2 = [EVENTS_DEDUP_V2, DAILY_COUNTS_V2, MONTHLY_COUNTS_V2, ACTOR_DYADS_V2, SOURCE_COVERAGE_V2,
            CRAWL_FAILURES_V2, CRAWL_DAILY_V2]

VIEW_NAMES = ("incidents", "events_dedup", "event_facts", "daily_counts", "monthly_counts", "actor_dyads", "source_coverage",
              "crawl_failures", "crawl_daily")

# v4: the counts read a lean per-cluster view instead of events_dedup: the same choices (best date,
# best-located country, most confident type, credible fatalities) without the costly columns,
# ~6x faster over 1M events.
EVENT_FACTS_V4 = """
CREATE OR REPLACE VIEW event_facts AS
SELECT cid AS cluster_id,
       arg_max(d, dp * 10 + conf) FILTER (WHERE d IS NOT NULL) AS event_date,
       arg_max(country, gp * 10 + conf) AS country,
       arg_max(event_type, conf) AS event_type,
       coalesce(max(fatalities) FILTER (WHERE conf >= 0.3), max(fatalities)) AS fatalities,
       count(*) AS n_reports
FROM (
    SELECT coalesce(cluster_id, event_id) AS cid, TRY_CAST(event_date AS DATE) AS d, country, event_type,
           fatalities, coalesce(confidence, 0.0) AS conf,
           CASE date_precision WHEN 'day' THEN 3 WHEN 'week' THEN 2 WHEN 'month' THEN 1 ELSE 0 END AS dp,
           (latitude IS NOT NULL)::INTEGER * 4 + (location IS NOT NULL)::INTEGER * 2
               + (admin1 IS NOT NULL)::INTEGER AS gp
    FROM events
)
GROUP BY cid
"""

DAILY_COUNTS_V4 = """
CREATE OR REPLACE VIEW daily_counts AS
SELECT event_date AS day, country, event_type,
       count(*) AS events, sum(coalesce(fatalities, 0))::BIGINT AS fatalities, sum(n_reports)::BIGINT AS reports
FROM event_facts
WHERE event_date IS NOT NULL
GROUP BY ALL
"""

MONTHLY_COUNTS_V4 = """
CREATE OR REPLACE VIEW monthly_counts AS
SELECT date_trunc('month', event_date)::DATE AS month, country, event_type,
       count(*) AS events, sum(coalesce(fatalities, 0))::BIGINT AS fatalities, sum(n_reports)::BIGINT AS reports
FROM event_facts
WHERE event_date IS NOT NULL
GROUP BY ALL
"""

VIEWS_V4 = [EVENT_FACTS_V4, DAILY_COUNTS_V4, MONTHLY_COUNTS_V4]

# v7: one row per incident (a cluster of reports; see docs/warehouse.md, "Reports and incidents"), with the
# consensus of its reports: the type and country most reports give (ties: the more confident), the place
# of the best-located report in that country, the day most dated reports give (ties: the earliest), and
# fatalities as ACLED counts them: the lowest credible figure (confidence >= 0.3; a 0 only when no
# credible report gives more), with the minimum and maximum that any report gives. extractors/incidents.py
# computes the same in Python (for JSONL output); tests keep the two in step.
INCIDENTS_V7 = f"""
CREATE OR REPLACE VIEW incidents AS
WITH e AS (
    SELECT
        coalesce(cluster_id, event_id) AS cid, event_id, doc_id, url, TRY_CAST(event_date AS DATE) AS d,
        date_precision, event_type, sub_event_type, actor1, actor2, country, admin1, location,
        latitude, longitude, geo_precision, fatalities, injuries, evidence,
        coalesce(confidence, 0.0) AS conf, extractor_version,
        coalesce(nullif({_HOST.format(col='url')}, ''), doc_id) AS outlet,
        coalesce(TRY_CAST(published AS TIMESTAMP), created_at) AS seen,
        (latitude IS NOT NULL)::INTEGER * 4 + (location IS NOT NULL)::INTEGER * 2
            + (admin1 IS NOT NULL)::INTEGER AS gp
    FROM events
), kinds AS (
    SELECT cid, arg_max({{'t': event_type, 's': sub_event_type}}, n * 10 + c) AS kind
    FROM (SELECT cid, event_type, sub_event_type, count(*) AS n, max(conf) AS c FROM e GROUP BY ALL)
    GROUP BY cid
), countries AS (
    SELECT cid, arg_max(country, n * 10 + c) AS country
    FROM (SELECT cid, country, count(*) AS n, max(conf) AS c FROM e WHERE country IS NOT NULL GROUP BY ALL)
    GROUP BY cid
), days AS (
    SELECT cid, arg_max(d, n * 100000 - (d - DATE '1970-01-01')) AS event_date
    FROM (SELECT cid, d, count(*) AS n FROM e WHERE d IS NOT NULL GROUP BY ALL)
    GROUP BY cid
), places AS (
    SELECT e.cid, arg_max({{'admin1': e.admin1, 'location': e.location, 'lat': e.latitude,
                            'lon': e.longitude, 'prec': e.geo_precision}}, e.gp * 10 + e.conf) AS place
    FROM e LEFT JOIN countries c ON c.cid = e.cid
    WHERE c.country IS NULL OR e.country = c.country
    GROUP BY e.cid
), g AS (
    SELECT
        e.cid,
        arg_max(e.event_id, e.conf) AS event_id,
        arg_max({{'a1': e.actor1, 'a2': e.actor2}},
                (e.actor1 IS NOT NULL)::INTEGER + (e.actor2 IS NOT NULL)::INTEGER + e.conf) AS actors,
        min(e.fatalities) FILTER (WHERE e.conf >= 0.3 AND e.fatalities > 0) AS credible_low,
        min(e.fatalities) FILTER (WHERE e.fatalities > 0) AS any_low,
        bool_or(e.fatalities = 0) AS some_zero,
        min(e.fatalities) AS fatalities_min,
        max(e.fatalities) AS fatalities_max,
        min(e.injuries) FILTER (WHERE e.injuries > 0) AS injuries,
        count(*) AS n_reports,
        count(DISTINCT e.outlet) AS n_outlets,
        string_agg(DISTINCT e.outlet, '; ' ORDER BY e.outlet) AS sources,
        list(DISTINCT e.url ORDER BY e.url) FILTER (WHERE e.url IS NOT NULL) AS source_urls,
        list(e.evidence ORDER BY e.seen, e.event_id) FILTER (WHERE coalesce(e.evidence, '') <> '') AS evidence,
        list(e.event_id ORDER BY e.event_id) AS report_ids,
        arg_max(e.evidence, e.conf) AS notes,
        max(e.conf) AS confidence,
        min(e.seen) AS first_report,
        max(e.seen) AS last_report,
        max(e.extractor_version) AS extractor_version
    FROM e
    GROUP BY e.cid
)
SELECT
    g.cid AS incident_id, g.cid AS cluster_id, g.event_id,
    days.event_date, CASE WHEN days.event_date IS NOT NULL THEN 'day' END AS date_precision,
    kinds.kind.t AS event_type, kinds.kind.s AS sub_event_type,
    g.actors.a1 AS actor1, g.actors.a2 AS actor2,
    countries.country, places.place.admin1 AS admin1, places.place.location AS location,
    places.place.lat AS latitude, places.place.lon AS longitude, places.place.prec AS geo_precision,
    coalesce(g.credible_low, g.any_low, CASE WHEN g.some_zero THEN 0 END) AS fatalities,
    g.fatalities_min, g.fatalities_max, g.injuries,
    g.n_reports, g.n_outlets, g.sources, g.source_urls, g.evidence, g.report_ids, g.notes, g.confidence,
    g.first_report, g.last_report, g.extractor_version
FROM g
JOIN kinds USING (cid)
LEFT JOIN countries USING (cid)
LEFT JOIN days USING (cid)
LEFT JOIN places USING (cid)
"""

VIEWS_V7 = [INCIDENTS_V7]

# v8: one rule for the toll of an incident in every view. incidents (v7) counted fatalities as ACLED does
# while events_dedup and event_facts (and daily_counts, monthly_counts, actor_dyads, the HTML report and
# the API built on them) took the largest credible figure, so a chart and the incidents table gave the
# same incidents different tolls. The rule is written once, below, and formatted into the three views:
# an aggregate over the reports of one incident, ``{f}`` their fatalities and ``{conf}`` their confidence
# (NULL taken as 0): the lowest credible figure above 0 (confidence >= 0.3), else the lowest above 0, else
# 0 when some report says 0, else NULL (no report gives a figure). extractors.incidents.conservative_fatalities
# is the same rule in Python. Like every statement here it is a snapshot: a later change of rule is a new
# constant and a new migration, not an edit of this one.
INCIDENT_FATALITIES_V8 = ("coalesce(min({f}) FILTER (WHERE {conf} >= 0.3 AND {f} > 0), "
                          "min({f}) FILTER (WHERE {f} > 0), CASE WHEN bool_or({f} = 0) THEN 0 END)")


def _fatalities_v8(f: str = "fatalities", conf: str = "conf") -> str:
    return INCIDENT_FATALITIES_V8.format(f=f, conf=conf)


# incidents as in v7, its toll now computed by the shared expression (same figures).
INCIDENTS_V8 = f"""
CREATE OR REPLACE VIEW incidents AS
WITH e AS (
    SELECT
        coalesce(cluster_id, event_id) AS cid, event_id, doc_id, url, TRY_CAST(event_date AS DATE) AS d,
        date_precision, event_type, sub_event_type, actor1, actor2, country, admin1, location,
        latitude, longitude, geo_precision, fatalities, injuries, evidence,
        coalesce(confidence, 0.0) AS conf, extractor_version,
        coalesce(nullif({_HOST.format(col='url')}, ''), doc_id) AS outlet,
        coalesce(TRY_CAST(published AS TIMESTAMP), created_at) AS seen,
        (latitude IS NOT NULL)::INTEGER * 4 + (location IS NOT NULL)::INTEGER * 2
            + (admin1 IS NOT NULL)::INTEGER AS gp
    FROM events
), kinds AS (
    SELECT cid, arg_max({{'t': event_type, 's': sub_event_type}}, n * 10 + c) AS kind
    FROM (SELECT cid, event_type, sub_event_type, count(*) AS n, max(conf) AS c FROM e GROUP BY ALL)
    GROUP BY cid
), countries AS (
    SELECT cid, arg_max(country, n * 10 + c) AS country
    FROM (SELECT cid, country, count(*) AS n, max(conf) AS c FROM e WHERE country IS NOT NULL GROUP BY ALL)
    GROUP BY cid
), days AS (
    SELECT cid, arg_max(d, n * 100000 - (d - DATE '1970-01-01')) AS event_date
    FROM (SELECT cid, d, count(*) AS n FROM e WHERE d IS NOT NULL GROUP BY ALL)
    GROUP BY cid
), places AS (
    SELECT e.cid, arg_max({{'admin1': e.admin1, 'location': e.location, 'lat': e.latitude,
                            'lon': e.longitude, 'prec': e.geo_precision}}, e.gp * 10 + e.conf) AS place
    FROM e LEFT JOIN countries c ON c.cid = e.cid
    WHERE c.country IS NULL OR e.country = c.country
    GROUP BY e.cid
), g AS (
    SELECT
        e.cid,
        arg_max(e.event_id, e.conf) AS event_id,
        arg_max({{'a1': e.actor1, 'a2': e.actor2}},
                (e.actor1 IS NOT NULL)::INTEGER + (e.actor2 IS NOT NULL)::INTEGER + e.conf) AS actors,
        {_fatalities_v8('e.fatalities', 'e.conf')} AS fatalities,
        min(e.fatalities) AS fatalities_min,
        max(e.fatalities) AS fatalities_max,
        min(e.injuries) FILTER (WHERE e.injuries > 0) AS injuries,
        count(*) AS n_reports,
        count(DISTINCT e.outlet) AS n_outlets,
        string_agg(DISTINCT e.outlet, '; ' ORDER BY e.outlet) AS sources,
        list(DISTINCT e.url ORDER BY e.url) FILTER (WHERE e.url IS NOT NULL) AS source_urls,
        list(e.evidence ORDER BY e.seen, e.event_id) FILTER (WHERE coalesce(e.evidence, '') <> '') AS evidence,
        list(e.event_id ORDER BY e.event_id) AS report_ids,
        arg_max(e.evidence, e.conf) AS notes,
        max(e.conf) AS confidence,
        min(e.seen) AS first_report,
        max(e.seen) AS last_report,
        max(e.extractor_version) AS extractor_version
    FROM e
    GROUP BY e.cid
)
SELECT
    g.cid AS incident_id, g.cid AS cluster_id, g.event_id,
    days.event_date, CASE WHEN days.event_date IS NOT NULL THEN 'day' END AS date_precision,
    kinds.kind.t AS event_type, kinds.kind.s AS sub_event_type,
    g.actors.a1 AS actor1, g.actors.a2 AS actor2,
    countries.country, places.place.admin1 AS admin1, places.place.location AS location,
    places.place.lat AS latitude, places.place.lon AS longitude, places.place.prec AS geo_precision,
    g.fatalities, g.fatalities_min, g.fatalities_max, g.injuries,
    g.n_reports, g.n_outlets, g.sources, g.source_urls, g.evidence, g.report_ids, g.notes, g.confidence,
    g.first_report, g.last_report, g.extractor_version
FROM g
JOIN kinds USING (cid)
LEFT JOIN countries USING (cid)
LEFT JOIN days USING (cid)
LEFT JOIN places USING (cid)
"""

# events_dedup as in v2, fatalities by the shared rule (the same columns, so the views that read it stand).
EVENTS_DEDUP_V8 = f"""
CREATE OR REPLACE VIEW events_dedup AS
WITH e AS (
    SELECT
        coalesce(cluster_id, event_id) AS cid, event_id, doc_id, url,
        TRY_CAST(event_date AS DATE) AS d, date_precision, event_type, sub_event_type,
        actor1, actor2, country, admin1, location, latitude, longitude, geo_precision,
        fatalities, injuries, evidence, coalesce(confidence, 0.0) AS conf, extractor_version,
        nullif({_HOST.format(col='url')}, '') AS host,
        coalesce(TRY_CAST(published AS TIMESTAMP), created_at) AS seen,
        CASE date_precision WHEN 'day' THEN 3 WHEN 'week' THEN 2 WHEN 'month' THEN 1 ELSE 0 END AS dp,
        (latitude IS NOT NULL)::INTEGER * 4 + (location IS NOT NULL)::INTEGER * 2
            + (admin1 IS NOT NULL)::INTEGER AS gp
    FROM events
), g AS (
    SELECT
        cid,
        arg_max(event_id, conf) AS event_id,
        arg_max(d, dp * 10 + conf) FILTER (WHERE d IS NOT NULL) AS event_date,
        arg_max(date_precision, dp * 10 + conf) FILTER (WHERE d IS NOT NULL) AS date_precision,
        arg_max({{'t': event_type, 's': sub_event_type}}, conf) AS kind,
        arg_max({{'a1': actor1, 'a2': actor2}},
                (actor1 IS NOT NULL)::INTEGER + (actor2 IS NOT NULL)::INTEGER + conf) AS actors,
        arg_max({{'country': country, 'admin1': admin1, 'location': location, 'lat': latitude,
                 'lon': longitude, 'prec': geo_precision}}, gp * 10 + conf) AS place,
        {_fatalities_v8()} AS toll,
        max(fatalities) AS max_fatalities,
        min(fatalities) AS min_fatalities,
        max(injuries) AS injuries,
        arg_max(evidence, conf) AS notes,
        count(DISTINCT coalesce(host, doc_id)) AS n_sources,
        count(DISTINCT doc_id) AS n_documents,
        count(*) AS n_reports,
        string_agg(DISTINCT host, '; ' ORDER BY host) AS sources,
        max(conf) AS confidence,
        min(seen) AS first_seen,
        max(seen) AS last_seen,
        max(extractor_version) AS extractor_version
    FROM e
    GROUP BY cid
)
SELECT
    cid AS cluster_id, event_id, event_date, date_precision,
    kind.t AS event_type, kind.s AS sub_event_type,
    actors.a1 AS actor1, actors.a2 AS actor2,
    place.country AS country, place.admin1 AS admin1, place.location AS location,
    place.lat AS latitude, place.lon AS longitude, place.prec AS geo_precision,
    toll AS fatalities, min_fatalities, max_fatalities,
    injuries, n_sources, n_documents, n_reports, sources, confidence, notes,
    first_seen, last_seen, extractor_version
FROM g
"""

# event_facts as in v4, fatalities by the shared rule; daily_counts and monthly_counts read it unchanged.
EVENT_FACTS_V8 = f"""
CREATE OR REPLACE VIEW event_facts AS
SELECT cid AS cluster_id,
       arg_max(d, dp * 10 + conf) FILTER (WHERE d IS NOT NULL) AS event_date,
       arg_max(country, gp * 10 + conf) AS country,
       arg_max(event_type, conf) AS event_type,
       {_fatalities_v8()} AS fatalities,
       count(*) AS n_reports
FROM (
    SELECT coalesce(cluster_id, event_id) AS cid, TRY_CAST(event_date AS DATE) AS d, country, event_type,
           fatalities, coalesce(confidence, 0.0) AS conf,
           CASE date_precision WHEN 'day' THEN 3 WHEN 'week' THEN 2 WHEN 'month' THEN 1 ELSE 0 END AS dp,
           (latitude IS NOT NULL)::INTEGER * 4 + (location IS NOT NULL)::INTEGER * 2
               + (admin1 IS NOT NULL)::INTEGER AS gp
    FROM events
)
GROUP BY cid
"""

VIEWS_V8 = [INCIDENTS_V8, EVENTS_DEDUP_V8, EVENT_FACTS_V8]

"""Warm a worker's caches once, in the fork server that every pool worker is forked from.

A fresh process pays seconds before its first page is done: imports (trafilatura, the extractors), the
regexes of the relevance gate and of the English lexicon (compiled on first use), spaCy's English model,
the language identifier's model, the gazetteer index, htmldate's and dateparser's own patterns. On a
short backfill where most pages are gated, that start-up was half of all worker CPU, paid again by
every worker. ``flows.backfill.flows.batch_workers`` therefore starts its workers with the
``forkserver`` method and this module as the server's preload: importing it runs ``warm()`` once, on a
small English page of our own, and every worker forked afterwards starts with all of that in memory
(shared copy-on-write). Other languages still compile their patterns on first use, in each worker.

Never raises: a failed warm-up only means workers warm themselves as before.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SAMPLE = """<html lang="en"><head><title>Clashes near Mopti leave three soldiers dead - Example Wire</title>
<meta name="description" content="Fighting between army troops and gunmen near Mopti, Mali.">
<meta property="article:published_time" content="2024-05-20T09:30:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Clashes near Mopti leave three
soldiers dead</h1><p>Fighting broke out on Monday between army troops and gunmen near the town of Mopti in
central Mali, officials said. Three soldiers were killed and five people were wounded in the clashes.</p>
<p>Police arrested two suspects on Tuesday in Sevare, and protesters marched in Bamako against the violence,
a spokesman for the governor told reporters.</p><p>Residents said the gunfight lasted several hours before
the attackers fled towards the border with Burkina Faso.</p></article>
<footer><p>Copyright Example Wire. All rights reserved.</p></footer></body></html>"""

UNRELATED = """<html lang="en"><head><title>Ten tips for a better garden this spring</title></head><body>
<p>Spring is the best season to plant tomatoes, beans and herbs; water them in the morning and keep the
soil loose so that the roots can breathe.</p><p>Our readers shared their favourite recipes for the first
harvest of the year.</p></body></html>"""


# Languages whose gate words are compiled too (cheap: ~0.1 s each); Arabic's lexicon alone costs seconds to
# import, so it is left to the workers that meet an Arabic page.
GATE_LANGUAGES = ("fr", "es", "pt", "ru", "uk")


def warm() -> bool:
    """Gate, clean and extract the sample pages once (English); True when it ran without an error."""
    quiet = logging.getLogger("trafilatura")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # the warm-up's own pages: nothing to report about them
    try:
        from extractors.gate import gate, warm_patterns
        from extractors.records import Page
        from flows.pipeline import Options, process_pages

        pages = [Page(url=f"https://wire.example.org/warm/{i}", fetched_at="2024-05-21T00:00:00+00:00", status=200,
                      content_type="text/html", body=html.encode()) for i, html in enumerate((SAMPLE, UNRELATED))]
        process_pages(pages, Options(gate=True))
        gate("<html><head><title>Weather</title></head><body><p>" + "Sunny and warm in the afternoon. " * 30
             + "</p></body></html>")  # the gate's trigger rules: a long page with no conflict words
        for lang in GATE_LANGUAGES:  # the words the gate counts in every page of these languages
            warm_patterns(lang)
        return True
    except Exception as exc:  # noqa: BLE001 - never stop the fork server: workers warm up by themselves
        log.warning("worker warm-up failed: %s: %s", type(exc).__name__, exc)
        return False
    finally:
        quiet.setLevel(level)


WARMED = warm()

"""Speed of text -> events against trafilatura's HTML -> text (with metadata) on the same articles, in one run.

Usage: python bench/extract_speed.py [--shared ../shared] [--rounds 7] [--plain]

Every timed round first clears the per-sentence memos (``clear_sentence_caches``), so a round costs what
new articles cost. Synthetic pages are built in memory from the dev texts (paragraphs in <p>, plus a header, navigation,
a sidebar and a footer) so both stages see the same articles; nothing from ../shared is written to disk.
The two stages alternate over several rounds and the ratio of the MEDIAN round times is reported
(with the worst and best round ratio), so a busy machine slows both sides alike. The extractor is timed with
and without the linguistic layer (the dependency parse); the first load of the pipeline (dictionaries,
gazetteer, models, parser) is timed in a fresh process with its peak memory. Targets (issue 10): text -> events
>= 1.0x trafilatura with metadata, loading <= 3 s and <= 400 MB. Falls back to generated filler articles when
../shared is absent.
"""

from __future__ import annotations

import argparse
import html
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from extractors.events.pipeline import Options, clear_sentence_caches, extract_events  # noqa: E402
from extractors.records import Document  # noqa: E402

_FILLER = ("Gunmen attacked a police checkpoint in the north of the country on Monday, killing four officers, "
           "officials said. Two attackers were also killed in the exchange of fire. Residents said the area "
           "had been calm for weeks before the assault.")


def load_texts(shared: Path) -> list[tuple[str, str | None, str | None]]:
    path = shared / "eval" / "dev" / "docs.jsonl"
    if not path.is_file():
        return [(_FILLER * (1 + i % 4), "2024-03-08", "en") for i in range(40)]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["text"], r.get("published"), r.get("language")) for r in rows]


_LOAD = ("import resource, time; t = time.perf_counter(); c = time.process_time(); "
         "from extractors import Document, extract_events; "
         "extract_events(Document(doc_id='x', text='Gunmen killed five villagers near Gao in Mali on Monday, a local "
         "official said. The attackers arrived on motorbikes and set fire to several houses before they fled, "
         "residents told reporters.', published='2024-03-05')); "
         "print(time.perf_counter() - t, time.process_time() - c, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")


def load_cost() -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MB) of importing the pipeline and extracting a first English article,
    in a new process (CPU time is the steadier figure on a busy machine)."""
    out = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, cwd=ROOT, check=True)
    seconds, cpu, mb = out.stdout.split()
    return float(seconds), float(cpu), float(mb)


def to_html(text: str, i: int, rich: bool = True) -> str:
    """A news page around ``text``. ``rich`` adds what real news pages carry (menus, teasers, comments,
    scripts, styles: ~60-100 kB in all); the plain page is just the article with a small menu."""
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
    nav = "".join(f'<li><a href="/section/{k}">Section {k}</a></li>' for k in range(60 if rich else 12))
    teaser = ("<li><a href='/story/{i}-{k}'>Related story number {k}: officials meet to discuss the budget</a>"
              "<p class='summary'>A short summary of another story that appears on every page of the site.</p></li>")
    side = "".join(teaser.format(i=i, k=k) for k in range(60 if rich else 8))
    if not rich:
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Article {i}</title></head><body>"
                f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>Article {i}</h1>{paras}</article>"
                f"</main><aside><h3>Most read</h3><ul>{side}</ul></aside><footer><p>Copyright News Co. "
                f"All rights reserved.</p><a href='/privacy'>Privacy</a></footer></body></html>")
    script = "<script>" + "var cfg = {a: 1, b: [1, 2, 3], c: 'tracking'}; function f(x) { return x * 2; }\n" * 300 \
        + "</script>"
    style = "<style>" + ".menu li a { color: #333; padding: 4px 8px; margin: 0 2px; }\n" * 150 + "</style>"
    comments = "".join(f"<div class='comment'><span class='author'>Reader {k}</span><p>I read this and I think "
                       f"the situation is very worrying for everyone involved.</p></div>" for k in range(15))
    footer = "".join(f"<a href='/info/{k}'>Info page {k}</a> " for k in range(50))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Article {i}</title>{style}{script}</head>"
            f"<body><div class='cookie'>We use cookies to improve your experience. <button>Accept</button></div>"
            f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>Article {i}</h1>"
            f"<div class='byline'>By Staff Reporter</div>{paras}<div class='share'>Share on social media</div>"
            f"</article><section class='comments'><h3>Comments</h3>{comments}</section></main>"
            f"<aside><h3>Most read</h3><ul>{side}</ul></aside>{script}"
            f"<footer><p>Copyright News Co. All rights reserved.</p>{footer}</footer></body></html>")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", "--repeat", type=int, default=7)
    ap.add_argument("--plain", action="store_true", help="small pages with little boilerplate")
    args = ap.parse_args(argv)
    seconds, cpu, mb = load_cost()
    texts = load_texts(args.shared)
    pages = [to_html(t, i, rich=not args.plain) for i, (t, _, _) in enumerate(texts)]
    docs = [Document(doc_id=f"s{i}", text=t, published=p, language=lang) for i, (t, p, lang) in enumerate(texts)]
    variants = {"with the linguistic layer": Options(), "without it": Options(linguistic=False)}
    for opts in variants.values():  # load every language's words, the models and the parser outside the timing
        for d in docs:
            extract_events(d, opts)
    trafilatura.extract(pages[0], with_metadata=True)
    t_times, e_times = [], {k: [] for k in variants}
    n_events = 0
    for _ in range(max(1, args.rounds)):
        t0 = time.perf_counter()
        for page in pages:
            trafilatura.extract(page, with_metadata=True)
        t_times.append(time.perf_counter() - t0)
        for name, opts in variants.items():
            clear_sentence_caches()  # every round meets the articles as new ones (memos are per run)
            t0 = time.perf_counter()
            n_events = sum(len(extract_events(d, opts)) for d in docs)
            e_times[name].append(time.perf_counter() - t0)
    n = len(pages)
    size = sum(len(p) for p in pages) / n / 1024
    med_t = statistics.median(t_times)
    print(f"articles {n}  events {n_events}  mean page {size:.0f} kB  {len(t_times)} alternating rounds, medians")
    print(f"first load (import + first article, new process): {seconds:.2f} s wall, {cpu:.2f} s CPU, peak "
          f"{mb:.0f} MB (targets <= 3 s, <= 400 MB)")
    print(f"trafilatura.extract, with metadata (html -> text): {n / med_t:8.1f} pages/s  ({med_t * 1000 / n:.2f} ms)")
    for name, times in e_times.items():
        med_e = statistics.median(times)
        per_round = sorted(t / e for t, e in zip(t_times, times, strict=True))
        print(f"extract_events {name:26s}: {n / med_e:8.1f} docs/s   ({med_e * 1000 / n:.2f} ms/doc)  "
              f"ratio {med_t / med_e:.2f}x (rounds {per_round[0]:.2f}-{per_round[-1]:.2f}x; target >= 1.0x)")
    per_language(docs, max(1, args.rounds))
    return 0


def per_language(docs: list[Document], rounds: int) -> None:
    """ms per 1,000 characters of text, per language, and its ratio to English (issue 11: within 1.5x).

    Twice: as shipped (only English has a dependency parser, so English pays for it), and without the
    linguistic layer, where every language runs the same stages and the ratio compares like with like."""
    by_lang: dict[str, list[Document]] = {}
    for d in docs:
        by_lang.setdefault(d.language or "en", []).append(d)
    for label, opts in (("as shipped", Options()), ("no parser ", Options(linguistic=False))):
        cost = {}
        for lang, group in sorted(by_lang.items()):
            chars = sum(len(d.text) for d in group)
            times = []
            for _ in range(rounds):
                clear_sentence_caches()
                t0 = time.perf_counter()
                for d in group:
                    extract_events(d, opts)
                times.append(time.perf_counter() - t0)
            cost[lang] = statistics.median(times) * 1000 / (chars / 1000)
        base = cost.get("en")
        line = "  ".join(f"{lang} {ms:.2f}" + (f" ({ms / base:.2f}x)" if base else "") for lang, ms in cost.items())
        print(f"per language, {label}, ms per 1,000 characters (ratio to English; target <= 1.5x): {line}")


if __name__ == "__main__":
    sys.exit(main())

"""Synthetic but realistic news pages for the benches (when real pages are absent, or on purpose).

Several site layouts with navigation, mega menus, related-story grids, comments, cookie banners and
footers around generated conflict and non-conflict prose, ~25 KB a page; a tenth in windows-1252.
"""

from __future__ import annotations

import random
from pathlib import Path

PLACES = [("Maiduguri", "Nigeria"), ("Mopti", "Mali"), ("Kharkiv", "Ukraine"), ("Idlib", "Syria"),
          ("Goma", "Congo"), ("Kandahar", "Afghanistan"), ("Mogadishu", "Somalia"), ("El Fasher", "Sudan"),
          ("Peshawar", "Pakistan"), ("Cali", "Colombia"), ("Culiacan", "Mexico"), ("Mandalay", "Myanmar"),
          ("Aden", "Yemen"), ("Mosul", "Iraq"), ("Mandera", "Kenya"), ("Ouagadougou", "Burkina Faso")]
ACTORS = ["army troops", "militants", "gunmen", "rebel fighters", "police officers", "a local militia",
          "armed bandits", "security forces", "insurgents", "government soldiers"]
NUMS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15", "21", "34"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONFLICT = [
    "{n} people were killed when {a} attacked a village near {p}, {c}, on {d}, local officials said.",
    "An airstrike hit a market in {p}, {c}, killing {n} civilians and wounding {m} others, witnesses said.",
    "Clashes between {a} and {b} near {p} left {n} fighters dead, according to a military spokesman.",
    "Police fired tear gas at hundreds of protesters in {p}, {c}, who were demanding the release of detainees.",
    "Artillery shelling damaged homes in {p} overnight, and {m} residents were wounded, the governor said.",
    "{a} abducted {n} villagers from a farm outside {p} on {d}, a community leader told reporters.",
    "A roadside bomb exploded near a checkpoint in {p}, {c}, killing {n} soldiers, the army said.",
    "Demonstrators blocked the main road into {p} on {d} to protest against rising food prices.",
]
NEUTRAL = [
    "The central bank of {c} kept its main interest rate unchanged on {d}, citing slowing inflation.",
    "Farmers around {p} expect a larger harvest this year after heavy rains in the spring.",
    "The national football team of {c} won its qualifying match 2-1 in front of a home crowd.",
    "A new bridge over the river at {p} will open to traffic next month, the transport ministry said.",
    "Officials in {p} announced a vaccination campaign for children under five.",
    "The festival in {p} drew thousands of visitors, organisers said, more than last year.",
    "Exports from {c} rose by eight percent in the third quarter, according to official figures.",
]
FILLER = [
    "The ministry did not respond to a request for comment.",
    "Aid agencies say access to the area remains difficult.",
    "The information could not be independently verified.",
    "Residents said the situation was calm by the evening.",
    "Analysts say the region has seen a rise in violence this year.",
    "Further details were not immediately available.",
    "The government has promised an investigation.",
    "Schools in the district were closed for the rest of the week.",
]
LAYOUTS = ["classic", "magazine", "wire"]


def _sentence(rng: random.Random, pool: list[str]) -> str:
    p, c = rng.choice(PLACES)
    a, b = rng.sample(ACTORS, 2)
    return rng.choice(pool).format(n=rng.choice(NUMS), m=rng.choice(NUMS), a=a, b=b, p=p, c=c,
                                   d=rng.choice(DAYS))


def _paragraphs(rng: random.Random, conflict: bool) -> list[str]:
    paras = []
    for k in range(rng.randint(4, 10)):
        pool = CONFLICT if conflict and (k < 2 or rng.random() < 0.4) else NEUTRAL
        sents = [_sentence(rng, pool)] + [rng.choice(FILLER) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.5:
            sents.append(_sentence(rng, NEUTRAL))
        paras.append(" ".join(sents))
    return paras


def _links(rng: random.Random, n: int, prefix: str) -> str:
    words = ["World", "Africa", "Politics", "Business", "Sport", "Opinion", "Video", "Climate", "Tech", "Health"]
    return "".join(f'<li><a href="/{prefix}/{rng.randint(1, 99999)}">{rng.choice(words)} {rng.randint(1, 999)}</a></li>'
                   for _ in range(n))


def _mega_menu(rng: random.Random) -> str:
    cols = []
    for c in range(rng.randint(6, 10)):
        cols.append(f'<div class="menu-col"><h4>Section {c}</h4><ul>{_links(rng, rng.randint(8, 16), "s")}</ul></div>')
    return f'<div class="mega-menu"><div class="menu-inner">{"".join(cols)}</div></div>'


def _cards(rng: random.Random, n: int) -> str:
    cards = []
    for _ in range(n):
        k = rng.randint(1, 99999)
        cards.append(f'<div class="card"><a href="/story/{k}"><img src="/img/{k}.jpg" alt="photo {k}"></a>'
                     f'<div class="card-body"><h3><a href="/story/{k}">{_sentence(rng, NEUTRAL)[:60]}</a></h3>'
                     f'<p class="teaser">{rng.choice(FILLER)}</p><span class="time">{rng.randint(1, 23)}h ago</span>'
                     f'</div></div>')
    return f'<section class="related"><h2>More stories</h2><div class="grid">{"".join(cards)}</div></section>'


def _comments(rng: random.Random) -> str:
    items = "".join(f'<div class="comment"><span class="user">reader{rng.randint(1, 9999)}</span>'
                    f'<p>{rng.choice(FILLER)} {rng.choice(FILLER)}</p><a href="#reply">Reply</a></div>'
                    for _ in range(rng.randint(0, 15)))
    return f'<div id="comments"><h3>Comments</h3>{items}</div>'


CHROME = ('<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button>'
          '<button>Settings</button></div><div class="newsletter"><form action="/subscribe"><label>Email</label>'
          '<input type="email" name="email"><button>Subscribe</button></form></div>'
          '<div class="share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a>'
          '<a href="#mail">Email</a></div>')


def news_page(i: int, rng: random.Random) -> tuple[str, bytes, str]:
    """One synthetic article page: (url, body, content type)."""
    conflict = rng.random() < 0.6
    layout = LAYOUTS[i % len(LAYOUTS)]
    place, country = rng.choice(PLACES)
    title = (f"{rng.choice(NUMS).capitalize()} killed in {place} as violence flares" if conflict
             else f"{place} prepares for a busy season, officials say")
    date = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
    paras = "".join(f"<p>{t}</p>\n" for t in _paragraphs(rng, conflict))
    script = "var cfg = {" + ",".join(f'"k{j}": {rng.randint(0, 10**6)}' for j in range(rng.randint(50, 600))) + "};"
    jsonld = (f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}",'
              f'"datePublished":"{date}T08:00:00Z","author":{{"@type":"Person","name":"Staff {i % 40}"}}}}')
    nav = _links(rng, rng.randint(25, 90), "section") + "</ul>" + _mega_menu(rng) + "<ul>"
    side = _links(rng, rng.randint(8, 20), "story")
    foot = _links(rng, rng.randint(15, 40), "about")
    extra = _cards(rng, rng.randint(12, 30)) + _comments(rng) + CHROME
    host = f"{layout}-news{i % 7}.example.org"
    if layout == "classic":
        body = (f'<header><div class="logo">Daily {i % 7}</div><nav><ul>{nav}</ul></nav></header>'
                f'<main><article><h1>{title}</h1><p class="byline">By Staff {i % 40} | {date}</p>{paras}</article>'
                f'<aside><h3>Most read</h3><ul>{side}</ul></aside></main>{extra}<footer><ul>{foot}</ul>'
                f'<p>Copyright {2024} Daily {i % 7}. All rights reserved.</p></footer>')
    elif layout == "magazine":
        body = (f'<div id="top"><ul class="menu">{nav}</ul></div><div class="wrap"><div class="content">'
                f'<h1 class="headline">{title}</h1><time datetime="{date}">{date}</time>'
                f'<div class="story-body">{paras}</div><div class="share">Share this story</div></div>'
                f'<div class="sidebar"><ul>{side}</ul><div class="ad">Advertisement</div></div></div>{extra}'
                f'<div class="footer"><ul>{foot}</ul></div>')
    else:
        body = (f'<div class="nav">{nav}</div><div class="article"><h2>{title}</h2>'
                f'<span class="dateline">{place.upper()} ({date})</span><div class="text">{paras}</div>'
                f'<div class="related"><ul>{side}</ul></div></div>{extra}<div class="bottom">{foot}</div>')
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="{{cs}}"><title>{title}</title>'
            f'<meta property="og:title" content="{title}"><meta name="date" content="{date}">'
            f'<script type="application/ld+json">{jsonld}</script><script>{script}</script>'
            f'<style>.a{{color:#333}} .b{{margin:0}}</style></head><body>{body}</body></html>')
    cp1252 = i % 10 == 0
    charset = "windows-1252" if cp1252 else "utf-8"
    data = html.replace("{cs}", charset).encode(charset, errors="replace")
    url = f"https://{host}/{date[:7]}/story-{i}.html"
    return url, data, f"text/html; charset={charset}"


def make_warc(path: Path, n: int, seed: int = 7) -> int:
    from flows.backfill.warc import write_warc

    rng = random.Random(seed)

    def records():
        for i in range(n):
            url, body, ctype = news_page(i, rng)
            yield url, body, ctype, 200

    write_warc(path, records())
    return path.stat().st_size

"""HTML to clean article text and metadata with trafilatura. Pure: bytes or str in, ``Article`` out."""

from __future__ import annotations

import datetime as dt
import json
import re

import trafilatura

from extractors.errors import CleaningError
from extractors.records import Article

_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
_ACCESSIBLE = re.compile(r'"isAccessibleForFree"\s*:\s*"?(false|true)"?', re.I)


def decode_html(body: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes: the HTTP charset, then a ``<meta charset>``, then UTF-8, then cp1252.

    Returns (text, encoding used). Pages lie about their charset, so a declared one that fails to decode
    strictly falls through to the next candidate; the last resort replaces bad bytes rather than failing.
    """
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    m = _CHARSET_META.search(body[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "cp1252"]
    for enc in candidates:
        try:
            return body.decode(enc), enc.lower()
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace"), "utf-8"


def _paywalled(html: str) -> bool | None:
    m = _ACCESSIBLE.search(html)
    if not m:
        return None
    return m.group(1).lower() == "false"


def _not_future(date: str | None, today: dt.date | None) -> str | None:
    """Publication dates after the fetch day are treated as unknown."""
    if not date:
        return None
    try:
        d = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if today is not None and d > today:
        return None
    return d.isoformat()


_TITLE_SEP = re.compile(r"\s+(\||-|–|—|::|»|·)\s+")


def _brandish(segment: str, site: str | None, url: str) -> bool:
    """Does a title segment look like the site's name ("Stack Overflow Blog", "Helge.at")?"""
    words = segment.split()
    if not words or len(words) > 4:
        return False
    key = re.sub(r"[^a-z0-9]", "", segment.lower())
    host = re.sub(r"[^a-z0-9]", "", (re.sub(r"^https?://(www\.)?", "", url).split("/")[0]).lower())
    if key and (key in host or (site and key in re.sub(r"[^a-z0-9]", "", site.lower()))):
        return True
    return "." in segment and " " not in segment or all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _trim_title(title: str | None, site: str | None, url: str) -> str | None:
    """Drop a trailing site name: "What is Rust? - Stack Overflow Blog" -> "What is Rust?".

    Only when the rest keeps three words or more; after " | " any short last segment goes, after a dash
    only one that looks like a name (capitalised words, a domain, or the site's own name).
    """
    if not title:
        return title
    seps = list(_TITLE_SEP.finditer(title))
    if not seps:
        return title
    m = seps[-1]
    head, sep, last = title[:m.start()], m.group(1), title[m.end():]
    if len(head.split()) < 3:
        return title
    if (sep == "|" and len(last.split()) <= 5) or _brandish(last, site, url):
        return head.strip()
    return title


def _language(declared: str | None, text: str) -> str | None:
    """The page's declared language (``en-GB`` -> ``en``), else the one detected from its text.

    Stored on the article so that an analyst can see why a page in an unhandled language has no events.
    """
    if declared:
        return declared.strip().lower().replace("_", "-").split("-")[0] or None
    from extractors.text.lang import detect_language

    return detect_language(text)


def clean_html(html: str | bytes, url: str, *, encoding: str | None = None,
               today: dt.date | None = None) -> Article:
    """Extract the main text and metadata of one news page.

    Raises ``CleaningError`` (with the URL) when the page has no extractable article text.
    """
    if isinstance(html, bytes):
        html, _ = decode_html(html, encoding)
    if not html or not html.strip():
        raise CleaningError(url, "empty page")
    data: dict = {}
    text = ""
    # favor_precision + tables measured best on the article-extraction benchmark (bench/eval_text.py):
    # F1 0.966 against 0.959 for the defaults without tables. When precision leaves too little text,
    # the defaults get a second chance before the page counts as having none.
    for precise in (True, False):
        try:
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                              include_tables=True, favor_precision=precise)
        except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
            raise CleaningError(url, f"unparseable HTML: {type(exc).__name__}") from exc
        if doc is None:
            continue
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = (data.get("text") or "").strip()
        if len(text) >= 40:
            break
    if len(text) < 40:
        raise CleaningError(url, "no article text found")
    raw_title = data.get("title")
    site = data.get("sitename") or data.get("hostname")
    title = _trim_title(raw_title, site, url)
    # trafilatura puts the headline at the top of the text; keep the body only.
    for t in (raw_title, title):
        if t and text.startswith(t):
            text = text[len(t):].lstrip("\n ")
            break
    return Article(
        url=url,
        text=text,
        title=title,
        published=_not_future(data.get("date"), today),
        language=_language(data.get("language"), text),
        site=site,
        author=data.get("author"),
        canonical_url=data.get("url") or None,
        paywalled=_paywalled(html),
    )


def article_json(article: Article) -> str:
    return json.dumps({k: getattr(article, k) for k in Article.__slots__}, ensure_ascii=False)

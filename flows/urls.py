"""URL canonicalization and page ids: one article is stored once, whatever tracking junk its link carries."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from extractors.records import hash_id

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "at_", "ga_")
_TRACKING_KEYS = {"fbclid", "gclid", "dclid", "msclkid", "igshid", "ocid", "cmpid", "ref", "ref_src",
                  "smid", "partner", "__twitter_impression", "mkt_tok", "yclid", "_ga", "s_cid"}


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters, sort the query."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    if ":" in (parts.hostname or "") and not host.startswith("["):  # IPv6 literal
        host = f"[{parts.hostname}]" + (f":{port}" if port else "")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING_KEYS]
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def page_id(canonical_url: str) -> str:
    """The stable key of a page (and of its article: ``doc_id``)."""
    return hash_id(canonical_url)

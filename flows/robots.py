"""Crawl etiquette and safety checks used by the fetcher: robots.txt rules and the private-address guard.

Both are pure decisions over data the fetcher hands in (robots.txt bytes, resolved addresses), so they
are unit-testable without a network.

robots.txt follows RFC 9309: the groups naming our product token (else the ``*`` groups, merged) apply;
the longest matching ``Allow``/``Disallow`` pattern wins, ``Allow`` on a tie; ``*`` matches any run of
characters and a trailing ``$`` anchors the end. (The standard library's parser matches plain prefixes
only, so it would read ``Disallow: /*?print=`` as allowing everything, and drops fractional
``Crawl-delay`` values.)
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for more is honoured at this ceiling, not ignored


@dataclass(frozen=True)
class _Group:
    agents: tuple[str, ...]
    rules: tuple[tuple[bool, str], ...] = ()  # (allow?, path pattern)
    delay: float | None = None


@dataclass(frozen=True)
class RobotsPolicy:
    """What one origin's robots.txt allows. ``unavailable`` means it could not be read (5xx, network)."""

    groups: tuple[_Group, ...] = ()  # empty: no rules (404 and friends), everything allowed
    unavailable: bool = False
    reason: str | None = None  # why it is unavailable, when the site itself could not be reached

    def _applicable(self, agent: str) -> list[_Group]:
        agent = agent.lower()
        mine = [g for g in self.groups if any(a != "*" and a in agent for a in g.agents)]
        return mine or [g for g in self.groups if "*" in g.agents]

    def allows(self, agent: str, url: str) -> bool:
        if self.unavailable:
            return False
        parts = urlsplit(url)
        path = unquote(parts.path or "/") + (f"?{unquote(parts.query)}" if parts.query else "")
        if path == "/robots.txt":
            return True
        best: tuple[int, bool] | None = None
        for group in self._applicable(agent):
            for allow, pattern in group.rules:
                if _matches(pattern, path):
                    candidate = (len(pattern), allow)
                    if best is None or candidate > best:  # longer wins; on a tie True (allow) > False
                        best = candidate
        return True if best is None else best[1]

    def crawl_delay(self, agent: str) -> float:
        delays = [g.delay for g in self._applicable(agent) if g.delay is not None]
        return min(delays[0], MAX_CRAWL_DELAY) if delays else 0.0


def _matches(pattern: str, path: str) -> bool:
    anchored = pattern.endswith("$")
    body = unquote(pattern[:-1] if anchored else pattern)
    regex = ".*".join(re.escape(part) for part in body.split("*")) + ("$" if anchored else "")
    return re.match(regex, path) is not None


def parse_robots(text: str) -> tuple[_Group, ...]:
    """Groups of a robots.txt: consecutive ``User-agent`` lines, then their rules."""
    groups: list[_Group] = []
    agents: list[str] = []
    rules: list[tuple[bool, str]] = []
    delay: float | None = None
    in_rules = False

    def close() -> None:
        if agents:
            groups.append(_Group(tuple(agents), tuple(rules), delay))

    for raw in text.splitlines():
        key, sep, value = raw.split("#", 1)[0].partition(":")
        if not sep:
            continue
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                close()
                agents, rules, delay, in_rules = [], [], None, False
            agents.append(value.lower())
        elif key in ("allow", "disallow"):
            in_rules = True
            if value:  # an empty Disallow allows everything: no rule
                rules.append((key == "allow", value if value.startswith(("/", "*")) else "/" + value))
        elif key == "crawl-delay":
            in_rules = True
            try:
                delay = max(0.0, float(value))
            except ValueError:
                pass
    close()
    return tuple(groups)


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups match against ("conflict-events" of "conflict-events/0.1 (...)")."""
    return user_agent.split("/", 1)[0].split(" ", 1)[0].strip() or "*"


def policy_from_response(status: int | None, body: bytes | None) -> RobotsPolicy:
    """RFC 9309: 2xx gives rules, 4xx means no rules, 5xx or no answer means "assume complete disallow"."""
    if status is None or status >= 500 or status == 429:
        return RobotsPolicy(unavailable=True)
    if status >= 400 or not body:
        return RobotsPolicy()
    return RobotsPolicy(groups=parse_robots(body.decode("utf-8", errors="replace")))


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local (cloud metadata 169.254.169.254), reserved and multicast."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0].strip("[]"))
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast

"""Crawl etiquette and safety checks used by the fetcher: robots.txt rules and the private-address guard.

Both are pure decisions over data the fetcher hands in (robots.txt bytes, resolved addresses), so they
are unit-testable without a network.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for more is honoured at this ceiling, not ignored


@dataclass(frozen=True)
class RobotsPolicy:
    """What one origin's robots.txt allows. ``unavailable`` means it could not be read (5xx, network)."""

    parser: RobotFileParser | None = None  # None: no rules (404 and friends), everything allowed
    unavailable: bool = False
    reason: str | None = None  # why it is unavailable, when the site itself could not be reached
    delays: tuple[tuple[str, float], ...] = ()  # (user-agent, Crawl-delay); the stdlib parser drops fractions

    def allows(self, agent: str, url: str) -> bool:
        if self.unavailable:
            return False
        if self.parser is None:
            return True
        return self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float:
        agent = agent.lower()
        mine = [d for ua, d in self.delays if ua != "*" and ua in agent]
        anyone = [d for ua, d in self.delays if ua == "*"]
        delay = (mine or anyone or [0.0])[0]
        return min(delay, MAX_CRAWL_DELAY)


def _crawl_delays(lines: list[str]) -> tuple[tuple[str, float], ...]:
    delays: list[tuple[str, float]] = []
    agents: list[str] = []
    in_rules = False
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif key == "crawl-delay":
            in_rules = True
            try:
                delays += [(ua, max(0.0, float(value))) for ua in agents]
            except ValueError:
                pass
        elif key in ("allow", "disallow"):
            in_rules = True
    return tuple(delays)


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups match against ("conflict-events" of "conflict-events/0.1 (...)")."""
    return user_agent.split("/", 1)[0].split(" ", 1)[0].strip() or "*"


def policy_from_response(status: int | None, body: bytes | None) -> RobotsPolicy:
    """RFC 9309: 2xx gives rules, 4xx means no rules, 5xx or no answer means "assume complete disallow"."""
    if status is None or status >= 500 or status == 429:
        return RobotsPolicy(unavailable=True)
    if status >= 400 or not body:
        return RobotsPolicy()
    lines = body.decode("utf-8", errors="replace").splitlines()
    parser = RobotFileParser()
    parser.parse(lines)
    return RobotsPolicy(parser=parser, delays=_crawl_delays(lines))


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local (cloud metadata 169.254.169.254), reserved and multicast."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0].strip("[]"))
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast

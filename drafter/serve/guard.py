"""The drafting page's guards, for machines clerks share: the page answers only a request that
carries the server's token, comes to the address it was given (no other host name, so another site
cannot rebind a name of its own to 127.0.0.1), and, for a change, carries the form's CSRF token and
no foreign Origin. Requests are small (``MAX_REQUEST``, however the body is sent) and their bodies
are read whole, within ``BODY_SECONDS``, before any lock is taken.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlsplit

MAX_REQUEST = 256 * 1024  # the longest answer is a few thousand characters; a YAML file is never sent
BODY_SECONDS = 15  # a request's body that has not arrived by then never will: the connection is closed
LOOPBACK = ("127.0.0.1", "localhost", "[::1]")
SAFE_METHODS = ("GET", "HEAD")


@dataclass
class Guard:
    """The secrets of one server run and the host names it answers to."""

    port: int = 0
    hosts: tuple[str, ...] = LOOPBACK
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    @property
    def cookie(self) -> str:
        """The cookie that carries the token after the first visit; named for the port, since a
        browser sends a host's cookies to every port of it."""
        return f"drafter_{self.port}"

    def host_allowed(self, host: str | None) -> bool:
        if not host:
            return False
        name, port = host, ""
        if ":" in host and not host.endswith("]"):  # host:port, [::1]:port (a bare [::1] or name has none)
            name, _colon, port = host.rpartition(":")
        return name.lower() in self.hosts and (not port or port == str(self.port))

    def token_given(self, presented: str | None) -> bool:
        return bool(presented) and hmac.compare_digest(presented.encode("utf-8", "replace"), self.token.encode())

    def csrf_given(self, presented: str | None) -> bool:
        return bool(presented) and hmac.compare_digest(presented.encode("utf-8", "replace"), self.csrf.encode())

    def origin_allowed(self, origin: str | None) -> bool:
        """A change must come from the page itself: an Origin, when the browser sends one, names this server."""
        if not origin:
            return True
        if origin == "null":
            return False
        parts = urlsplit(origin)
        return parts.scheme == "http" and self.host_allowed(parts.netloc)

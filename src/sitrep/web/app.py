"""`sitrep serve`: a small read-only HTTP server for the explorer.

The standard library's ThreadingHTTPServer is enough here — a dozen GET routes on loopback for
one analyst — and adds no dependency. Pages are static HTML shells; all data arrives as JSON
and the scripts insert it as text nodes, so no article text is ever parsed as HTML.
"""

from __future__ import annotations

import mimetypes
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sitrep.store import Store
from sitrep.web.api import BadRequest, NotFound, handle_api, to_json
from sitrep.web.data import ExplorerData, make_data

STATIC = Path(str(resources.files("sitrep.web").joinpath("static")))

# No inline script or style, nothing from another origin, no plugins, no framing.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
# Page routes: the first path segment picks the HTML shell; the script reads the rest.
PAGES = {"": "search.html", "search": "search.html", "map": "map.html",
         "article": "article.html", "actor": "actor.html", "place": "place.html",
         "event": "event.html"}
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


class ExplorerServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], data: ExplorerData, quiet: bool = False):
        self.data = data
        self.quiet = quiet
        super().__init__(address, ExplorerHandler)

    def server_close(self) -> None:
        super().server_close()
        self.data.close()


class ExplorerHandler(BaseHTTPRequestHandler):
    server: ExplorerServer
    server_version = "sitrep-explorer"
    protocol_version = "HTTP/1.1"  # keep-alive: a page loads a dozen files
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _refuse(self) -> None:
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, "application/json",
                   to_json({"error": "read-only: only GET and HEAD"}), {"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_PATCH = do_DELETE = _refuse  # noqa: N815

    def _answer(self, send_body: bool) -> None:
        self._send_body = send_body
        if not self._host_allowed():
            self._error(HTTPStatus.BAD_REQUEST, "unexpected Host header")
            return
        url = urlsplit(self.path)
        path = unquote(url.path)
        try:
            if path.startswith("/api/"):
                content_type, body = handle_api(self.server.data, path, url.query)
                headers = {"Cache-Control": "no-store"}
                if not content_type.startswith("application/json"):
                    name = path.rsplit("/", 1)[-1].replace("/", "")
                    headers["Content-Disposition"] = f'attachment; filename="sitrep-{name}"'
                self._send(HTTPStatus.OK, content_type, body, headers)
            elif path.startswith("/static/"):
                self._static(path[len("/static/"):])
            elif path.strip("/").split("/")[0] in PAGES:
                self._static(PAGES[path.strip("/").split("/")[0]], cache=False)
            else:
                raise NotFound(path)
        except BadRequest as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
        except NotFound as exc:
            self._error(HTTPStatus.NOT_FOUND, f"not found: {exc}")
        except Exception as exc:  # a bug or a store error: one line, no traceback to the client
            self.log_error("internal error on %s: %s: %s", self.path, type(exc).__name__, exc)
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error (see the server log)")

    def _host_allowed(self) -> bool:
        """Bound to loopback, answer only loopback Host names: a web page elsewhere cannot
        reach the store by DNS rebinding."""
        if self.server.server_address[0] not in ("127.0.0.1", "::1"):
            return True
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
        return host in LOOPBACK

    def _static(self, relative: str, cache: bool = True) -> None:
        target = (STATIC / relative).resolve()
        if STATIC.resolve() not in target.parents or not target.is_file():
            raise NotFound("/static/" + relative)
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or target.suffix in (".js", ".json"):
            content_type += "; charset=utf-8"
        if target.suffix == ".js":
            content_type = "text/javascript; charset=utf-8"
        headers = {"Cache-Control": "max-age=3600" if cache and "/vendor/" in str(target)
                   else "no-cache"}
        self._send(HTTPStatus.OK, content_type, target.read_bytes(), headers)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "application/json; charset=utf-8", to_json({"error": message}),
                   {"Cache-Control": "no-store"})

    def _send(self, status: HTTPStatus, content_type: str, body: bytes,
              headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in {**SECURITY_HEADERS, **(headers or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        if getattr(self, "_send_body", True):
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")


def make_server(db: str, host: str = "127.0.0.1", port: int = 8765,
                quiet: bool = False) -> ExplorerServer:
    """Open the store read-only and bind; `port=0` picks a free port."""
    store = Store(db, read_only=True)
    try:
        return ExplorerServer((host, port), make_data(store), quiet=quiet)
    except OSError:
        store.close()
        raise

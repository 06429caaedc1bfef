"""A scriptable HTTP server on loopback for wirekit's HTTP tests.

Each test says, per path, which responses the server gives, in order (the
last one repeats), and afterwards reads every request the server received:
method, path, headers and body bytes. A response is a Reply: status, headers,
body, and misbehaviour on demand (a delay before answering, a connection
reset after some bytes of the body, no Content-Length).
"""

import http.server
import socket
import struct
import threading
import time


class Reply:
    def __init__(self, status=200, body=b"", headers=None, delay=0.0, reset_after=None, length=True, when=None):
        self.status = status
        self.body = body
        self.headers = list(headers or [])
        self.delay = delay              # seconds to wait before answering
        self.reset_after = reset_after  # send this many body bytes, then reset the connection
        self.length = length            # send Content-Length (else the body ends when the connection closes)
        self.when = when                # a test of the request: this reply only when when(request) is true


class Request:
    def __init__(self, method, path, headers, body, at):
        self.method = method
        self.path = path
        self.headers = headers  # list of (name, value) as received
        self.body = body
        self.at = at            # time.monotonic() when it arrived

    def header(self, name):
        for n, v in self.headers:
            if n.lower() == name.lower():
                return v
        return None


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def _serve(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(self.command, self.path, list(self.headers.items()), body, time.monotonic())
        reply = self.server.owner._record_and_choose(request)
        if reply.delay:
            time.sleep(reply.delay)
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        if reply.length and not any(n.lower() == "content-length" for n, _ in reply.headers):
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.reset_after is None:
            self.wfile.write(reply.body)
            return
        self.wfile.write(reply.body[:reply.reset_after])
        self.wfile.flush()
        # SO_LINGER 0: close() sends a reset instead of a clean end.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    do_GET = do_POST = do_PUT = _serve


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass  # the resets and timeouts the tests cause on purpose


class TestServer:
    """Serves on 127.0.0.1 (PORT, or a free one) in a thread until stop()."""

    def __init__(self, port=0):
        self._lock = threading.Lock()
        self.routes = {}
        self.requests = []
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.owner = self
        self.port = self._server.server_address[1]
        # A short poll keeps stop() quick.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    def url(self, path, host="127.0.0.1"):
        return f"http://{host}:{self.port}{path}"

    def route(self, path, *replies):
        with self._lock:
            self.routes[path] = list(replies)

    def received(self, path=None):
        with self._lock:
            return [r for r in self.requests if path is None or r.path == path]

    def _record_and_choose(self, request):
        with self._lock:
            self.requests.append(request)
            replies = self.routes.get(request.path) or [Reply(404, b"not here\n")]
            for i, reply in enumerate(replies):
                if reply.when is None or reply.when(request):
                    # One-shot replies are used up; the last one stays.
                    if i < len(replies) - 1 and reply.when is None:
                        replies.pop(i)
                    return reply
            return replies[-1]

    def stop(self):
        self._server.shutdown()
        self._server.server_close()


def free_port():
    """A port nothing listens on (for 'the server is down')."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

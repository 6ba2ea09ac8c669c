"""A small HTTP server that misbehaves on purpose, for testing buildsh against hostile or broken APIs.

It speaks HTTP/1.1 over raw sockets so that it can do what a well-behaved framework would not:
drip a body one byte at a time, promise 10 GB, answer HTML, redirect, echo credentials back, send
escape sequences, or stand in front of another one as a reverse proxy (`forwarding_to`). Each test
gives it a `route` function: `(request) -> Reply`. Every request is recorded (method, target,
headers) so tests can check what reached which listener.
"""

import http.client
import json
import socket
import socketserver
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, List, Optional

ACCOUNT = "AC" + "a1" * 16
TOKEN = "0123456789abcdef" * 2
SERVICE = "ZS" + "0" * 32


@dataclass
class Request:
    method: str
    target: str
    headers: dict
    body: bytes = b""

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


@dataclass
class Reply:
    """What to send back. `writer` (if given) takes over the socket after the head."""

    status: int = 200
    reason: str = "OK"
    headers: List[tuple] = field(default_factory=list)
    body: bytes = b""
    writer: Optional[Callable[[socket.socket], None]] = None
    close: bool = False


def json_reply(document, status=200, reason="OK", extra_headers=()) -> Reply:
    body = json.dumps(document).encode()
    return Reply(status, reason, [("Content-Type", "application/json")] + list(extra_headers), body)


def twilio_error(status: int, code: int, message: str, reason="Error") -> Reply:
    return json_reply(
        {"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status},
        status=status, reason=reason,
    )


def build(index: int, base_url: str) -> dict:
    sid = "ZB" + f"{index:032x}"
    return {
        "sid": sid, "account_sid": ACCOUNT, "service_sid": SERVICE,
        "asset_versions": [], "function_versions": [], "dependencies": [],
        "runtime": "node22", "status": "completed",
        "date_created": "2026-11-10T20:00:00Z", "date_updated": "2026-11-10T20:00:00Z",
        "url": f"{base_url}/v1/Services/{SERVICE}/Builds/{sid}",
        "links": {"build_status": f"{base_url}/v1/Services/{SERVICE}/Builds/{sid}/Status"},
    }


def service(base_url: str, links=None) -> dict:
    url = f"{base_url}/v1/Services/{SERVICE}"
    return {
        "sid": SERVICE, "account_sid": ACCOUNT, "friendly_name": "demo", "unique_name": "demo",
        "include_credentials": True, "ui_editable": False, "domain_base": "demo-1234",
        "date_created": "2026-11-10T20:00:00Z", "date_updated": "2026-11-10T20:00:00Z", "url": url,
        "links": links if links is not None else {"functions": f"{url}/Functions"},
    }


def list_page(key: str, records, next_page_url: Optional[str] = None) -> Reply:
    return json_reply({key: records, "meta": {"key": key, "next_page_url": next_page_url}})


def builds_page(base_url: str, indices, next_page_url: Optional[str], page: int = 0) -> Reply:
    url = f"{base_url}/v1/Services/{SERVICE}/Builds?PageSize=50&Page={page}"
    return json_reply({
        "builds": [build(i, base_url) for i in indices],
        "meta": {"first_page_url": url, "key": "builds", "next_page_url": next_page_url, "page": page,
                 "page_size": 50, "previous_page_url": None, "url": url},
    })


class HostileServer:
    """A threaded server on `host`, answering every request with `route(request)`."""

    def __init__(self, host: str = "127.0.0.1"):
        self.requests: List[Request] = []
        self.route: Callable[[Request], Reply] = lambda request: twilio_error(404, 20404, "not found", "Not Found")
        self.connections = 0
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                outer.connections += 1
                connection: socket.socket = self.request
                connection.settimeout(60)
                reader = connection.makefile("rb")
                while True:
                    request = read_request(reader)
                    if request is None:
                        return
                    outer.requests.append(request)
                    reply = outer.route(request)
                    try:
                        send_reply(connection, reply)
                    except (BrokenPipeError, ConnectionResetError, OSError):
                        return
                    if reply.close or reply.writer is not None:
                        return

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server((host, 0), Handler)
        self.host = host
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def read_request(reader) -> Optional[Request]:
    line = reader.readline()
    if not line:
        return None
    parts = line.decode("latin-1").strip().split(" ")
    if len(parts) < 2:
        return None
    headers = {}
    while True:
        header = reader.readline().decode("latin-1")
        if header in ("\r\n", "\n", ""):
            break
        name, _, value = header.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = reader.read(length) if length else b""
    return Request(parts[0], parts[1], headers, body)


def send_reply(connection: socket.socket, reply: Reply):
    head = [f"HTTP/1.1 {reply.status} {reply.reason}"]
    names = {name.lower() for name, _ in reply.headers}
    head += [f"{name}: {value}" for name, value in reply.headers]
    if reply.writer is None and "content-length" not in names:
        head.append(f"Content-Length: {len(reply.body)}")
    if reply.close:
        head.append("Connection: close")
    connection.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
    if reply.writer is not None:
        reply.writer(connection)
    else:
        connection.sendall(reply.body)


def drip(body: bytes, interval: float, chunked: bool, status=200) -> Reply:
    """Sends `body` one byte every `interval` seconds, with Content-Length or chunked framing."""

    def writer(connection: socket.socket):
        for byte in body:
            time.sleep(interval)
            piece = bytes([byte])
            connection.sendall(b"1\r\n" + piece + b"\r\n" if chunked else piece)
        if chunked:
            connection.sendall(b"0\r\n\r\n")

    framing = ("Transfer-Encoding", "chunked") if chunked else ("Content-Length", str(len(body)))
    return Reply(status, "OK", [("Content-Type", "application/json"), framing], writer=writer)


def endless(declared_length: Optional[int]) -> Reply:
    """Promises `declared_length` bytes (or, when None, sends chunks without end) and sends zeros
    until the client hangs up (or 60 s)."""
    chunked = declared_length is None

    def writer(connection: socket.socket):
        chunk = b"0" * 65536
        piece = b"%x\r\n" % len(chunk) + chunk + b"\r\n" if chunked else chunk
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            connection.sendall(piece)

    framing = ("Transfer-Encoding", "chunked") if chunked else ("Content-Length", str(declared_length))
    return Reply(200, "OK", [("Content-Type", "application/json"), framing], writer=writer)


def forwarding_to(upstream: "HostileServer") -> Callable[[Request], Reply]:
    """A route that makes its server a reverse proxy in front of `upstream`: each request is sent on
    as it came (path, query, headers, body) and the answer handed back unchanged."""

    def route(request: Request) -> Reply:
        connection = http.client.HTTPConnection(upstream.host, upstream.port, timeout=30)
        headers = {name: value for name, value in request.headers.items() if name not in ("host", "connection")}
        connection.request(request.method, request.target, body=request.body or None, headers=headers)
        answer = connection.getresponse()
        body = answer.read()
        connection.close()
        kept = [(name, value) for name, value in answer.getheaders()
                if name.lower() not in ("content-length", "transfer-encoding", "connection")]
        return Reply(answer.status, answer.reason, kept, body)

    return route

"""A slow API for a test: a TCP proxy in front of a served sandbox that holds the start of each
response `delay` seconds (zero until a test sets it), and records the request lines it passes on."""

import re
import socket
import threading
import time
import urllib.parse

REQUEST_LINE = re.compile(rb"^(GET|POST|DELETE) (\S+) HTTP/", re.MULTILINE)


class DelayingProxy:
    def __init__(self, upstream_url: str):
        parsed = urllib.parse.urlsplit(upstream_url)
        self.upstream = (parsed.hostname, parsed.port)
        self.delay = 0.0
        self.requests = []  # "GET /v1/Services/ZS…/Builds?…", in the order they were sent
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def requests_to(self, fragment: str) -> list:
        with self._lock:
            return [line for line in self.requests if fragment in line]

    def close(self):
        """Stops accepting: from now on the API is unreachable (connections are refused)."""
        self._listener.close()

    def _accept(self):
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.upstream)
            asked = threading.Event()  # a request went up that has not been answered yet
            threading.Thread(target=self._requests, args=(client, upstream, asked), daemon=True).start()
            threading.Thread(target=self._responses, args=(upstream, client, asked), daemon=True).start()

    def _requests(self, client, upstream, asked):
        for data in _chunks(client):
            with self._lock:
                self.requests += [f"{method.decode()} {path.decode()}" for method, path in REQUEST_LINE.findall(data)]
            asked.set()
            if not _send(upstream, data):
                break
        _shut(upstream)

    def _responses(self, upstream, client, asked):
        for data in _chunks(upstream):
            if asked.is_set():
                asked.clear()
                time.sleep(self.delay)  # the first bytes of an answer wait; the rest of it follows
            if not _send(client, data):
                break
        _shut(client)


def _chunks(connection):
    while True:
        try:
            data = connection.recv(65536)
        except OSError:
            return
        if not data:
            return
        yield data


def _send(connection, data) -> bool:
    try:
        connection.sendall(data)
        return True
    except OSError:
        return False


def _shut(connection):
    try:
        connection.shutdown(socket.SHUT_WR)
    except OSError:
        pass

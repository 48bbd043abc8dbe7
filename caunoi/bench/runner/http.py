"""The app as in production, timed from outside: gunicorn on 127.0.0.1 with DEBUG off, one
client connection per request (sync workers close it after each answer), and a bounded load
of N connections for T seconds."""

from __future__ import annotations

import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (inclusive method: exact at the ends for small samples)."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


@dataclass
class Timing:
    samples: list[float] = field(default_factory=list)  # seconds
    statuses: dict[int, int] = field(default_factory=dict)

    def summary(self) -> dict:
        ms = [s * 1000 for s in self.samples]
        return {
            "requests": len(ms),
            "p50_ms": round(percentile(ms, 50), 2),
            "p95_ms": round(percentile(ms, 95), 2),
            "p99_ms": round(percentile(ms, 99), 2),
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
        }


class Server:
    """gunicorn serving ``config.wsgi`` in a child process (the environment passed through)."""

    def __init__(self, port: int, *, workers: int = 3, log: Path | None = None):
        self.port = port
        self.workers = workers
        self.log = log
        self.process: subprocess.Popen | None = None
        self._out = None

    def __enter__(self) -> Server:
        gunicorn = Path(sys.executable).with_name("gunicorn")
        out = self._out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen(  # noqa: S603 (our own gunicorn, fixed arguments)
            [
                str(gunicorn),
                "config.wsgi:application",
                "--bind",
                f"{HOST}:{self.port}",
                "--workers",
                str(self.workers),
                "--timeout",
                "120",
            ],
            env={**os.environ, "DEBUG": "false"},
            stdout=out,
            stderr=out,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start (exit {self.process.returncode})")
            try:
                status, _ = get(self.port, "/healthz", {})
                if status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        self.__exit__(None, None, None)
        raise RuntimeError("gunicorn did not answer /healthz within 60 s")

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if hasattr(self._out, "close"):
            self._out.close()


def get(port: int, url: str, headers: dict[str, str], timeout: float = 60) -> tuple[int, int]:
    """GET ``url``; returns (status, body length) after reading the whole body."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", url, headers={"Host": HOST, **headers})
        response = conn.getresponse()
        body = response.read()
        return response.status, len(body)
    finally:
        conn.close()


def time_page(
    port: int, url: str, headers: dict, *, warm: int, requests: int, budget: float = 60
) -> Timing:
    """Sequential requests, one at a time, after ``warm`` unrecorded ones; a slow page stops
    after ``budget`` seconds (and at least 5 timed requests)."""
    timing = Timing()
    stop = time.monotonic() + budget
    for _ in range(warm):
        get(port, url, headers)
        if time.monotonic() > stop:
            break
    stop = time.monotonic() + budget
    for n in range(requests):
        if n >= 5 and time.monotonic() > stop:
            break
        began = time.perf_counter()
        try:
            status, _ = get(port, url, headers)
        except OSError:
            status = 0
        timing.samples.append(time.perf_counter() - began)
        timing.statuses[status] = timing.statuses.get(status, 0) + 1
    return timing


def load(port: int, urls: list[tuple[str, dict]], *, connections: int, seconds: float) -> dict:
    """``connections`` clients, each requesting the URLs in turn for ``seconds``."""
    stop = time.monotonic() + seconds
    lock = threading.Lock()
    timing = Timing()

    def client(offset: int) -> None:
        i = offset
        while time.monotonic() < stop:
            url, headers = urls[i % len(urls)]
            i += 1
            began = time.perf_counter()
            try:
                status, _ = get(port, url, headers)
            except OSError:
                status = 0
            elapsed = time.perf_counter() - began
            with lock:
                timing.samples.append(elapsed)
                timing.statuses[status] = timing.statuses.get(status, 0) + 1

    began = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - began
    result = timing.summary()
    errors = sum(n for status, n in timing.statuses.items() if not 200 <= status < 400)
    result.update(
        connections=connections,
        seconds=round(wall, 1),
        throughput_rps=round(len(timing.samples) / wall, 1),
        errors=errors,
        error_rate=round(errors / max(len(timing.samples), 1), 4),
    )
    return result

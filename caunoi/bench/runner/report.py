"""Results: one JSON file per run in ``bench/results/``, and the Markdown tables of
``docs/performance.md`` made from the newest run of each database and scale."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from pathlib import Path

import django
from django.conf import settings
from django.db import connection

RESULTS = Path(settings.BASE_DIR) / "bench" / "results"
DOC = Path(settings.BASE_DIR) / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"

# The targets: p95 per page (search stricter), app ≤ 3× the floor at p50.
TARGETS = {
    "postgresql": {"p95_ms": 100, "search_p95_ms": 50, "floor_ratio": 3},
    "sqlite": {"p95_ms": 50, "search_p95_ms": 50, "floor_ratio": None},
}


def machine() -> dict:
    info = {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gb": _memory_gb(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
    }
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            info["database"] = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            cursor.execute("SELECT sqlite_version()")
            info["database"] = f"SQLite {cursor.fetchone()[0]}"
    return info


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 (git from PATH)
            capture_output=True,
            text=True,
            cwd=settings.BASE_DIR,
            check=False,
        )
        return out.stdout.strip()
    except OSError:
        return ""


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _memory_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def judge(result: dict) -> None:
    """Mark each page met / missed against the targets of its database."""
    targets = TARGETS[result["database"]]
    for page in result["pages"]:
        limit = targets["search_p95_ms"] if page.get("search") else targets["p95_ms"]
        page["target_p95_ms"] = limit
        ratio_limit = targets["floor_ratio"]
        page["met"] = page["p95_ms"] <= limit and (
            ratio_limit is None or page["app_floor_ratio"] is None
            or page["app_floor_ratio"] <= ratio_limit
        )  # fmt: skip


def write(result: dict, directory: Path = RESULTS) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = result["date"].replace(":", "").replace("-", "")[:15]
    path = directory / f"{stamp}-{result['database']}-{result['scale']}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return path


def latest(directory: Path = RESULTS) -> list[dict]:
    """The newest result of each (database, scale), PostgreSQL first."""
    newest: dict[tuple[str, str], dict] = {}
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text())
        newest[(data["database"], data["scale"])] = data
    order = {"postgresql": 0, "sqlite": 1}
    return [newest[k] for k in sorted(newest, key=lambda k: (order.get(k[0], 9), k[1]))]


def markdown(results: list[dict]) -> str:
    parts = []
    for r in results:
        m = r["machine"]
        parts.append(
            f"### {m['database']}, {r['scale']} scale — {r['date'][:10]}\n\n"
            f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; "
            f"{m['system']}; Python {m['python']}, Django {m['django']}. "
            f"Commit `{r.get('commit', '')}`, seed {r['seed']}, gunicorn {r['workers']} workers, "
            f"{r['requests']} requests per page after {r['warm']} warm-up.\n"
        )
        parts.append(
            "| Page | p50 ms | p95 ms | p99 ms | queries | floor p50 ms | app / floor | "
            "p95 target | met |\n|---|---:|---:|---:|---:|---:|---:|---:|:-:|"
        )
        for p in r["pages"]:
            ratio = "—" if p["app_floor_ratio"] is None else f"{p['app_floor_ratio']:.1f}×"
            parts.append(
                f"| {p['name']} | {p['p50_ms']:.1f} | {p['p95_ms']:.1f} | {p['p99_ms']:.1f} | "
                f"{p['queries']} | {p['floor_ms']:.2f} | {ratio} | ≤ {p['target_p95_ms']} | "
                f"{'yes' if p['met'] else '**no**'} |"
            )
        for name in r.get("skipped", []):
            parts.append(f"| {name} | not measured: the screen does not exist yet | | | | | | | |")
        load = r["load"]
        parts.append(
            f"\nUnder load: {load['connections']} connections for {load['seconds']} s, "
            f"{load['throughput_rps']} requests/s, p50 {load['p50_ms']:.0f} ms, "
            f"p95 {load['p95_ms']:.0f} ms, p99 {load['p99_ms']:.0f} ms, "
            f"errors {load['errors']} ({load['error_rate']:.2%})."
        )
        imp = r.get("import")
        if imp:
            parts.append(
                f"Import: {imp['rows']} partner rows from XLSX in {imp['seconds']} s "
                f"({imp['rows_per_second']:.0f} rows/s){'' if imp['ok'] else ', FAILED'}."
            )
        gen = r.get("generation")
        if gen:
            parts.append(
                f"Data generated in {gen['seconds']:.0f} s ({gen['rows']:,} rows, "
                "history and search entries included)."
            )
        parts.append("")
    return "\n".join(parts)


def update_doc(results: list[dict], doc: Path = DOC) -> None:
    """Replace the part of docs/performance.md between the bench markers."""
    text = doc.read_text() if doc.exists() else f"# Performance\n\n{BEGIN}\n{END}\n"
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    doc.write_text(f"{head}{BEGIN}\n{markdown(results)}\n{END}{tail}")

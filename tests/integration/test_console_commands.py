"""The console's own commands as installers and the README run them: `chathost demo` and
`chathost --self-test`, as real processes."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),  # QSettings and the keyring look here, not in the real home
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


async def test_demo_runs_server_console_and_visitors_and_quits_cleanly(tmp_path):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "chathost.app", "demo",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=_env(tmp_path),
    )
    lines: list[str] = []
    try:
        async with asyncio.timeout(60):
            while not any(line.startswith("Console: logged in as host1") for line in lines):
                raw = await proc.stdout.readline()
                assert raw, "".join(lines)
                lines.append(raw.decode())
        visitor_url = next(line for line in lines if line.startswith("Visitor chat page:"))
        assert visitor_url.split()[-1].startswith("http://127.0.0.1:")
        proc.send_signal(signal.SIGINT)
        async with asyncio.timeout(30):
            rest = await proc.stdout.read()
            assert await proc.wait() == 0, rest.decode()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_self_test_reports_each_check_and_fails_on_an_unreachable_server(tmp_path):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "chathost.app", "--self-test", "--server", "http://127.0.0.1:9",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=_env(tmp_path),
    )
    async with asyncio.timeout(60):
        out, _ = await proc.communicate()
    report = out.decode()
    assert proc.returncode == 1, report
    for name in ("keyring", "sqlcipher", "server", "qt", "translations"):
        assert any(name in line.lower() for line in report.splitlines()), (name, report)
    assert "FAIL" in report and "unreachable" in report

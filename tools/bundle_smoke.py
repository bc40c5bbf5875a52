"""The one-folder bundle, started as a station PC would start it (CI runs this after building it).

    pyinstaller --noconfirm installer.spec && python tools/bundle_smoke.py [dist/ServiceBay]

Checks, from outside: ``--version`` answers; Qt's own Chinese translations are inside; ``init`` makes a
station in a new data folder and ``check`` passes on it; the window starts offscreen on that station up to
its sign-in (the log says so) and the process then ends cleanly when asked to. Exit 1 with the reason
when any step fails.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fail(text: str) -> int:
    print(f"BUNDLE SMOKE FAILED: {text}", file=sys.stderr)
    return 1


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / "ServiceBay"
    exe = folder / ("ServiceBay.exe" if os.name == "nt" else "ServiceBay")
    if not exe.exists():
        return fail(f"{exe} was not built")
    qm = list(folder.rglob("qtbase_zh_CN.qm"))
    if not qm:
        return fail("Qt's Chinese translations (qtbase_zh_CN.qm) are not in the bundle")
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "SERVICEBAY_DB"}
        env.update(SERVICEBAY_HOME=home, QT_QPA_PLATFORM="offscreen")
        started = time.perf_counter()
        out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, timeout=120)
        if out.returncode != 0 or "ServiceBay" not in out.stdout:
            return fail(f"--version: exit {out.returncode}: {out.stdout}{out.stderr}")
        print(f"bundle: {out.stdout.strip()} in {time.perf_counter() - started:.1f} s")
        password = Path(home) / "admin.pw"
        password.write_text("smoke-test-pass-1\n", encoding="utf-8")
        for args in (["init", "--station", "冒烟测试维修站", "--admin", "admin", "--password-file", str(password)],
                     ["check"]):
            out = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=300)
            if out.returncode != 0:
                return fail(f"{args[0]}: exit {out.returncode}: {out.stdout}{out.stderr}")
            print(f"bundle: {args[0]} passed")
        log = Path(home) / "logs" / "servicebay.log"
        started = time.perf_counter()
        window = subprocess.Popen([str(exe)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            while "sign-in window shown" not in (log.read_text(encoding="utf-8") if log.exists() else ""):
                if window.poll() is not None:
                    return fail(f"the window process ended with {window.returncode}: {window.stdout.read()}")
                if time.perf_counter() - started > 120:
                    return fail("no sign-in window within 120 s")
                time.sleep(0.2)
            print(f"bundle: the sign-in window came up in {time.perf_counter() - started:.1f} s")
            window.send_signal(signal.SIGTERM if os.name != "nt" else signal.CTRL_BREAK_EVENT)
            try:
                window.wait(timeout=30)
            except subprocess.TimeoutExpired:
                return fail("the window process did not end when asked")
        finally:
            if window.poll() is None:
                window.kill()
                window.wait()
    print("bundle: smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

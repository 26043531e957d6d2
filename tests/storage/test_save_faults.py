"""Fault injection while saving: disk full, permission denied, file too big, read-only
folder, I/O error — at every step of the atomic write. Afterwards the old file is byte
for byte unchanged, no temporary file remains, and the error is the one SaveError.

What is real and what is simulated (the tests run as root in CI, where chmod does not
stop a write):

- simulated, always: each errno raised by ``os.open`` (creating the temp file), the
  temp file's ``write`` (after part of the data), ``os.fsync`` (of the new data, of the
  backup copy), ``os.replace`` (of the backup, of the file);
- real, always (POSIX): EFBIG from an actual ``RLIMIT_FSIZE`` in a child process, both
  for ``save_plan`` and for ``canvas-app upgrade`` (exit code 4);
- real, when the system allows it (else skipped): EROFS from a read-only tmpfs and
  ENOSPC from a full 64 KiB tmpfs, mounted in a private mount namespace
  (``unshare``); EACCES from a 0555 folder in a child without CAP_DAC_OVERRIDE
  (``setpriv``).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from process_helpers import REPO, child_env
from storage_helpers import folder_state

from canvas_app.model import Plan
from canvas_app.storage.project_file import SaveError, backup_path, load_plan, save_plan

ERRORS = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EACCES: "permission",
    errno.EROFS: "read_only",
    errno.EFBIG: "too_big",
    errno.EIO: "other",
}
# (function, which call fails): the steps of write_atomic in order.
STEPS = [("open", 1), ("write", 1), ("fsync", 1), ("write", 2), ("fsync", 2), ("replace", 1), ("replace", 2)]


@pytest.fixture
def saved(tmp_path: Path, full_plan: Plan) -> Path:
    """plan.scanvas saved twice, so that plan.scanvas.bak holds an older version."""
    target = tmp_path / "plan.scanvas"
    full_plan.settings.title = "older"
    save_plan(full_plan, target)
    full_plan.settings.title = "current"
    save_plan(full_plan, target)
    full_plan.settings.title = "new, never written"
    return target


def inject(monkeypatch: pytest.MonkeyPatch, function: str, call: int, err: int) -> list[int]:
    """Make the ``call``-th call of ``function`` fail with ``err``; returns a counter."""
    calls = [0]
    if function == "write":
        real_fdopen = os.fdopen

        class Failing:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                self.handle.write(bytes(data[: len(data) // 2]))  # part of it reached the disk
                raise OSError(err, os.strerror(err))

            def __getattr__(self, name):
                return getattr(self.handle, name)

        def fdopen(fd, *args, **kwargs):
            handle = real_fdopen(fd, *args, **kwargs)
            calls[0] += 1
            return Failing(handle) if calls[0] == call else handle

        monkeypatch.setattr(os, "fdopen", fdopen)
        return calls
    real = getattr(os, function)

    def failing(*args, **kwargs):
        calls[0] += 1
        if calls[0] == call:
            raise OSError(err, os.strerror(err))
        return real(*args, **kwargs)

    monkeypatch.setattr(os, function, failing)
    return calls


@pytest.mark.parametrize("err", list(ERRORS), ids=[errno.errorcode[e] for e in ERRORS])
@pytest.mark.parametrize(("function", "call"), STEPS, ids=[f"{f}{c}" for f, c in STEPS])
def test_a_fault_at_any_step_leaves_the_old_file_and_no_temp(saved: Path, full_plan: Plan,
                                                             monkeypatch: pytest.MonkeyPatch, stats,
                                                             function: str, call: int, err: int) -> None:
    folder = saved.parent
    before = folder_state(folder)
    old = saved.read_bytes()
    calls = inject(monkeypatch, function, call, err)
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, saved)
    monkeypatch.undo()
    assert calls[0] >= call, "the fault was not reached"
    stats("faults injected: simulated (monkeypatched os calls)")
    assert info.value.code == ERRORS[err]
    message = info.value.message()
    assert "plan.scanvas" in message and "\n" not in message
    assert saved.read_bytes() == old and load_plan(saved).plan.settings.title == "current"
    after = folder_state(folder)
    assert set(after) == set(before)  # no temp file, nothing new
    if (function, call) == ("replace", 2):
        # The backup was refreshed just before the final step failed: it now holds a copy
        # of the (unchanged) file. Everything else is exactly as before.
        assert after[backup_path(saved).name] == after[saved.name]
        assert {k: v for k, v in after.items() if not k.endswith(".bak")} == \
            {k: v for k, v in before.items() if not k.endswith(".bak")}
    else:
        assert after == before


def test_a_folder_that_vanished(tmp_path: Path, full_plan: Plan, stats) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    save_plan(full_plan, folder / "plan.scanvas")
    shutil.rmtree(folder)
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, folder / "plan.scanvas")
    stats("faults injected: real (vanished folder)")
    assert info.value.code == "no_folder" and not folder.exists()


# --------------------------------------------------------------------------- real faults

SAVE_IN_CHILD = """
import json, sys
from canvas_app.storage.project_file import SaveError, load_plan, save_plan
plan = load_plan(sys.argv[1]).plan
plan.settings.title = "new, never written"
try:
    save_plan(plan, sys.argv[2])
except SaveError as error:
    print(json.dumps({"code": error.code, "message": error.message()}))
else:
    print(json.dumps({"code": None}))
"""


def run_child(*args: str, preexec=None, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, *args], capture_output=True, text=True, env=child_env(),
                          cwd=REPO, timeout=120, preexec_fn=preexec)


def file_size_limit(limit: int):
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="POSIX RLIMIT_FSIZE")
def test_a_real_file_size_limit_fails_the_save_with_efbig(saved: Path, stats) -> None:
    before = folder_state(saved.parent)
    result = run_child("-c", SAVE_IN_CHILD, str(saved), str(saved), preexec=file_size_limit(4096))
    assert result.returncode == 0, result.stderr  # not killed by SIGXFSZ
    answer = json.loads(result.stdout)
    stats("faults injected: real (RLIMIT_FSIZE)")
    assert answer["code"] == "too_big" and "plan.scanvas" in answer["message"]
    assert folder_state(saved.parent) == before


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="POSIX RLIMIT_FSIZE")
def test_upgrade_under_a_real_file_size_limit_exits_4_with_one_sentence(saved: Path, stats) -> None:
    before = folder_state(saved.parent)
    result = run_child("-m", "canvas_app", "upgrade", str(saved), "--lang", "en", preexec=file_size_limit(4096))
    stats("faults injected: real (RLIMIT_FSIZE)")
    assert result.returncode == 4, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "plan.scanvas" in result.stderr and "too big" in result.stderr
    assert folder_state(saved.parent) == before


MOUNTED = r"""
set -e
dir="$1"; old="$2"; size="$3"; mode="$4"
mount -t tmpfs -o size="$size" tmpfs "$dir"
cp "$old" "$dir/plan.scanvas"
if [ "$mode" = ro ]; then mount -o remount,ro "$dir"; fi
before=$(ls -A "$dir" | tr '\n' ' '); sum=$(sha256sum "$dir/plan.scanvas" | cut -c1-64)
"$PYTHON" -c "$SCRIPT" "$dir/plan.scanvas" "$dir/plan.scanvas"
after=$(ls -A "$dir" | tr '\n' ' '); sum2=$(sha256sum "$dir/plan.scanvas" | cut -c1-64)
echo "{\"before\": \"$before\", \"after\": \"$after\", \"same\": $([ "$sum" = "$sum2" ] && echo true || echo false)}"
"""


def unshare_prefix() -> tuple[str, ...] | None:
    """A command prefix that runs in a private mount namespace where we may mount."""
    if sys.platform != "linux" or not shutil.which("unshare"):
        return None
    for prefix in (("unshare", "-m"), ("unshare", "-r", "-m")):
        try:
            probe = subprocess.run([*prefix, "sh", "-c", "mount -t tmpfs tmpfs /mnt 2>/dev/null || "
                                    "mount -t tmpfs tmpfs \"$0\"", "/tmp"], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return prefix
    return None


@pytest.mark.parametrize(("mode", "size", "code"), [("ro", "1m", "read_only"), ("rw", "64k", "disk_full"),
                                                    ("rw", "32k", "disk_full")])
def test_a_real_read_only_or_full_file_system(tmp_path: Path, saved: Path, stats, mode: str, size: str,
                                              code: str) -> None:
    prefix = unshare_prefix()
    if prefix is None:
        pytest.skip("no private mount namespace here (unshare); covered by the simulated faults")
    mountpoint = tmp_path / "mnt"
    mountpoint.mkdir()
    env = child_env(PYTHON=sys.executable, SCRIPT=SAVE_IN_CHILD)
    done = subprocess.run([*prefix, "sh", "-c", MOUNTED, "sh", str(mountpoint), str(saved), size, mode],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    answer_line, state_line = done.stdout.strip().splitlines()[-2:]
    answer, state = json.loads(answer_line), json.loads(state_line)
    stats(f"faults injected: real ({'read-only' if mode == 'ro' else 'full'} file system)")
    assert answer["code"] == code, answer
    assert state["same"] and state["before"] == state["after"] == "plan.scanvas ", state


def test_a_real_folder_without_write_permission(tmp_path: Path, saved: Path, stats) -> None:
    if sys.platform != "linux" or not shutil.which("setpriv"):
        pytest.skip("needs setpriv to drop CAP_DAC_OVERRIDE; covered by the simulated faults")
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "plan.scanvas"
    shutil.copy(saved, target)
    folder.chmod(0o555)
    try:
        before = folder_state(folder)
        drop = ("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search")
        result = run_child("-c", SAVE_IN_CHILD, str(target), str(target), prefix=drop)
        if result.returncode != 0 and "setpriv" in result.stderr:
            pytest.skip(f"setpriv cannot drop capabilities here: {result.stderr.strip()}")
        assert result.returncode == 0, result.stderr
        answer = json.loads(result.stdout)
        stats("faults injected: real (no write permission)")
        assert answer["code"] == "permission" and "may not write" in answer["message"]
        assert folder_state(folder) == before
    finally:
        folder.chmod(0o755)

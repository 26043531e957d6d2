"""Build the sample plans shipped in ``resources/samples/`` (deterministic).

    python scripts/build_samples.py            # writes resources/samples/*.scanvas
    python scripts/build_samples.py --out DIR  # writes into DIR instead

Each sample is constructed as ``canvas_app.model.Plan`` objects from the content modules
``scripts/sample_content_*.py``: readable ids, fixed dates and a fixed ``saved_at``, so
rebuilding gives the same bytes (tests/samples/test_samples.py checks it). The plan also
carries one snapshot, taken at the Q1 review, derived from the live plan rolled back to
that day (see ``sample_content_common.state_as_of``). The smaller ``retail_ja`` is a plan
fresh from the planning workshop: no actuals, no review held, so no snapshot.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parent
REPO = SCRIPTS.parent
for path in (str(REPO), str(SCRIPTS)):
    if path not in sys.path:
        sys.path.insert(0, path)

from canvas_app.model import Plan, Snapshot  # noqa: E402
from canvas_app.storage import project_file  # noqa: E402

import sample_content_manufacturer_ja as manufacturer_ja  # noqa: E402
import sample_content_manufacturer_ja_ops as manufacturer_ja_ops  # noqa: E402
import sample_content_retail_ja as retail_ja  # noqa: E402
import sample_content_retail_ja_ops as retail_ja_ops  # noqa: E402
import sample_content_saas_en as saas_en  # noqa: E402
import sample_content_saas_en_ops as saas_en_ops  # noqa: E402
from sample_content_common import state_as_of  # noqa: E402

#: Fixed so that a rebuild gives identical bytes (the samples' "last saved" time).
SAVED_AT = "2026-11-20T18:00:00+09:00"
DEFAULT_OUT = REPO / "resources" / "samples"
JST = dt.timezone(dt.timedelta(hours=9))


def _build(steps12: ModuleType, steps34: ModuleType, snapshot_id: str) -> Plan:
    plan = Plan(
        settings=steps12.settings(),
        strategy=steps12.strategy(),
        customers=steps12.customers(),
        kpis=steps34.kpi_tree(),
        roadmap=steps34.roadmap(),
        review=steps34.review(),
    )
    at_q1 = state_as_of(
        plan.model_dump(mode="json", exclude={"snapshots"}),
        steps34.SNAPSHOT_AS_OF,
        steps34.SNAPSHOT_LAST_PERIOD,
        drop_initiatives=steps34.SNAPSHOT_DROP_INITIATIVES,
        target_overrides=steps34.SNAPSHOT_TARGETS,
    )
    Plan.model_validate(at_q1)  # the snapshot must itself be a sound plan
    as_of = steps34.SNAPSHOT_AS_OF
    plan.snapshots.append(Snapshot(
        id=snapshot_id,
        label=steps34.SNAPSHOT_LABEL,
        taken_at=dt.datetime(as_of.year, as_of.month, as_of.day, 18, 0, tzinfo=JST),
        review_id="rev-q1",
        plan=at_q1,
    ))
    # Re-validate the whole plan (snapshots included) the way the app loads a file.
    return project_file.load_bytes(project_file.serialize(plan, saved_at=SAVED_AT), "sample").plan


def _build_fresh(steps12: ModuleType, steps34: ModuleType) -> Plan:
    """A plan without review history (no actuals, no snapshot)."""
    plan = Plan(
        settings=steps12.settings(),
        strategy=steps12.strategy(),
        customers=steps12.customers(),
        kpis=steps34.kpi_tree(),
        roadmap=steps34.roadmap(),
        review=steps34.review(),
    )
    return project_file.load_bytes(project_file.serialize(plan, saved_at=SAVED_AT), "sample").plan


def build_manufacturer_ja() -> Plan:
    return _build(manufacturer_ja, manufacturer_ja_ops, "snap-q1")


def build_saas_en() -> Plan:
    return _build(saas_en, saas_en_ops, "snap-q1")


def build_retail_ja() -> Plan:
    return _build_fresh(retail_ja, retail_ja_ops)


SAMPLES: dict[str, Callable[[], Plan]] = {
    "manufacturer_ja": build_manufacturer_ja,
    "retail_ja": build_retail_ja,
    "saas_en": build_saas_en,
}


def serialize(plan: Plan) -> bytes:
    """The plan as .scanvas bytes, written by the app's own serializer (design.md §4)
    with the fixed ``saved_at``."""
    return project_file.serialize(plan, saved_at=SAVED_AT)


def write_samples(out_dir: Path, names: list[str] | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names or list(SAMPLES):
        target = out_dir / f"{name}.scanvas"
        data = serialize(SAMPLES[name]())
        tmp = target.with_suffix(".scanvas.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the sample .scanvas plans.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: resources/samples)")
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"samples to build: {', '.join(SAMPLES)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in SAMPLES]
    if unknown:
        parser.error(f"unknown sample: {', '.join(unknown)}")
    for path in write_samples(args.out, args.names or None):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

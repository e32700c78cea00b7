#!/usr/bin/env python3
"""Measures the live-update budgets of the dashboard in a pseudo-terminal (120x40).

  append: a news line appended to a followed feed is on screen within 200 ms, in under 1.5 KB
  reload: while a 10 MB --data file is loaded again, keys are answered within 50 ms
  append on large data: the same while a feed on top of that file grows every half second
  journal: `frontier import` of one news item into a 100k-item dataset a dashboard is watching:
           the bytes written (budget < 10 KB) and the CPU the dashboard spends applying it
           (budget < 20 ms), with the time until the item is on screen

Usage: Scripts/measure-live.py [--binary .build/release/frontier] [--bench .build/release/frontier-bench] [--only journal]
Prints one JSON object per measurement. Build both products with `swift build -c release` first.
"""
import argparse, fcntl, json, os, pty, select, shutil, signal, statistics, struct, subprocess, tempfile, termios, time


def spawn(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    return pid, fd


def read_until_quiet(fd, quiet, limit=10.0):
    """Reads until no byte arrives for `quiet` seconds; returns the bytes and when the first and last came."""
    data, first, last = b"", None, None
    start = time.monotonic()
    while time.monotonic() - start < limit:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        now = time.monotonic()
        first = first or now
        last = now
        data += chunk
    return data, first, last


def stop(pid, fd):
    os.write(fd, b"q")
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)


def environment(home):
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", HOME=home, XDG_STATE_HOME=home + "/state")
    env.pop("NO_COLOR", None)
    return env


def measure_append(binary, runs):
    home = tempfile.mkdtemp(prefix="frontier-live-")
    feed = os.path.join(home, "news.jsonl")
    open(feed, "w").close()
    pid, fd = spawn([binary, "--no-state", "--feed", feed], environment(home))
    first_frame, _, _ = read_until_quiet(fd, 0.5)
    latencies, sizes = [], []
    for run in range(runs):
        headline = f"Appended headline number {run:03d}"
        line = json.dumps({"kind": "news", "id": f"live-{run}", "date": "2026-11-29", "headline": headline, "source": "Wire"})
        sent = time.monotonic()
        with open(feed, "a") as handle:
            handle.write(line + "\n")
        data, seen = b"", None
        while time.monotonic() - sent < 2.0:
            ready, _, _ = select.select([fd], [], [], 0.3)
            if not ready:
                if seen:
                    break
                continue
            data += os.read(fd, 65536)
            if seen is None and headline.encode()[:20] in data:
                seen = time.monotonic()
        latencies.append(round((seen - sent) * 1000, 1) if seen else None)
        sizes.append(len(data))
        time.sleep(0.3)
    stop(pid, fd)
    shutil.rmtree(home, ignore_errors=True)
    found = [value for value in latencies if value is not None]
    return {"measure": "append one news line to a followed feed", "first_frame_bytes": len(first_frame),
            "runs": runs, "on_screen_ms": latencies, "median_ms": statistics.median(found) if found else None,
            "max_ms": max(found) if found else None, "bytes": sizes, "max_bytes": max(sizes),
            "budget": "< 200 ms, < 1536 B"}


def measure_reload(binary, bench, megabytes, appending=False):
    home = tempfile.mkdtemp(prefix="frontier-live-")
    path = os.path.join(home, "big.json")
    feed = os.path.join(home, "news.jsonl")
    open(feed, "w").close()
    # About 360 bytes per generated news item.
    count = int(megabytes * 1024 * 1024 / 360)
    with open(path, "wb") as handle:
        subprocess.run([bench, "generate", "--news", str(count)], stdout=handle, check=True)
    size = os.path.getsize(path)
    pid, fd = spawn([binary, "--no-state", "--data", path, "--feed", feed], environment(home))
    read_until_quiet(fd, 1.0, limit=60)
    if not appending:
        # Save the same content again by rename, as an editor would: a full reload follows.
        shutil.copyfile(path, path + ".new")
        os.rename(path + ".new", path)
    answers, keys = [], 0
    window_end = time.monotonic() + 3.0
    next_append = time.monotonic()
    while time.monotonic() < window_end:
        if appending and time.monotonic() >= next_append:
            # A feed line every half second: each one merges with the whole 10 MB dataset.
            with open(feed, "a") as handle:
                handle.write(json.dumps({"kind": "news", "id": f"a{keys}", "date": "2026-11-29",
                                         "headline": f"Appended {keys}", "source": "Wire"}) + "\n")
            next_append += 0.5
        key = b"j" if keys % 2 == 0 else b"k"
        keys += 1
        sent = time.monotonic()
        os.write(fd, key)
        ready, _, _ = select.select([fd], [], [], 2.0)
        answered = time.monotonic()
        if ready:
            read_until_quiet(fd, 0.02)
        answers.append(round((answered - sent) * 1000, 1))
        time.sleep(0.01)
    stop(pid, fd)
    shutil.rmtree(home, ignore_errors=True)
    answers.sort()
    what = "keys answered while lines are appended to a feed on top of a large --data file" if appending \
        else "keys answered while a --data file is reloaded"
    return {"measure": what, "file_bytes": size, "news_items": count,
            "keys": len(answers), "median_ms": statistics.median(answers),
            "p95_ms": answers[int(len(answers) * 0.95) - 1], "max_ms": answers[-1], "budget": "< 50 ms"}


def cpu_ns(pid):
    """CPU time of `pid` so far, in nanoseconds: user + system time of the process, which keeps
    the time of threads that have ended (a sum over /proc/PID/task loses them, and could fall)."""
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1_000_000_000 // os.sysconf("SC_CLK_TCK")


ONE_ITEM_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Bench Wire</title><link>https://wire.example.org/</link>
<item><title>{headline}</title><link>https://wire.example.org/{guid}</link><guid>{guid}</guid>
<pubDate>Sat, 05 Dec 2026 09:00:00 GMT</pubDate><description>One item appended to a large dataset.</description></item>
</channel></rss>
"""


def measure_journal(binary, bench, news, runs):
    home = tempfile.mkdtemp(prefix="frontier-live-")
    path = os.path.join(home, "data.json")
    with open(path, "wb") as handle:
        subprocess.run([bench, "generate", "--news", str(news)], stdout=handle, check=True)
    env = environment(home)
    env.update(XDG_CACHE_HOME=home + "/cache", XDG_DATA_HOME=home + "/data", XDG_CONFIG_HOME=home + "/config")
    pid, fd = spawn([binary, "--no-state", "--data", path], env)
    read_until_quiet(fd, 2.0, limit=120)
    written, cpu, seen_ms = [], [], []
    first_start = cpu_ns(pid)
    second_start = None
    for run in range(runs):
        if run == 1:
            second_start = cpu_ns(pid)
        headline = f"Item {run:03d} of the journal bench"
        feed = os.path.join(home, f"one-{run}.xml")
        with open(feed, "w") as handle:
            handle.write(ONE_ITEM_FEED.format(headline=headline, guid=f"bench-{run}"))
        before = cpu_ns(pid)
        started = time.monotonic()
        result = subprocess.run([binary, "import", "rss", feed, "--into", path, "--format", "json"], env=env,
                                capture_output=True, text=True, check=True)
        written.append(json.loads(result.stdout)["bytesWritten"])
        data, seen = b"", None
        while time.monotonic() - started < 30:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                if seen:
                    break
                continue
            data += os.read(fd, 65536)
            if seen is None and headline.encode()[:16] in data:
                seen = time.monotonic()
        # Let the background work the append started finish before reading the clock.
        time.sleep(1.0)
        read_until_quiet(fd, 0.2)
        cpu.append(round((cpu_ns(pid) - before) / 1e6, 1))
        seen_ms.append(round((seen - started) * 1000) if seen else None)
    # The clock counts in ticks of 10 ms: the mean over every run is finer than any one run.
    total = cpu_ns(pid) - first_start
    after_first = cpu_ns(pid) - second_start if second_start is not None else None
    stop(pid, fd)
    journal = os.path.getsize(os.path.join(home, "data.journal.jsonl"))
    shutil.rmtree(home, ignore_errors=True)
    return {"measure": "one news item imported into a watched dataset", "news_items": news, "runs": runs,
            "bytes_written": written, "journal_bytes": journal, "dashboard_cpu_ms": cpu,
            "median_cpu_ms": statistics.median(cpu), "mean_cpu_ms": round(total / runs / 1e6, 1),
            "mean_cpu_ms_after_first": round(after_first / (runs - 1) / 1e6, 1) if after_first is not None else None,
            "on_screen_after_import_ms": seen_ms,
            "budget": "< 10 KB written, < 20 ms CPU"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/frontier")
    parser.add_argument("--bench", default=".build/release/frontier-bench")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--journal-news", type=int, default=100000)
    parser.add_argument("--only", choices=["journal"], help="run only this measurement")
    args = parser.parse_args()
    if args.only == "journal":
        print(json.dumps(measure_journal(args.binary, args.bench, args.journal_news, min(args.runs, 20))))
        return
    print(json.dumps(measure_append(args.binary, args.runs)))
    print(json.dumps(measure_reload(args.binary, args.bench, args.megabytes)))
    print(json.dumps(measure_reload(args.binary, args.bench, args.megabytes, appending=True)))
    print(json.dumps(measure_journal(args.binary, args.bench, args.journal_news, min(args.runs, 20))))


if __name__ == "__main__":
    main()

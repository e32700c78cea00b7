#!/usr/bin/env python3
"""Load test of `frontier serve --ssh` against the budgets of its issue, on 127.0.0.1 only.

Starts the server from the given binary on the embedded dataset plus a feed file, then:
  1. ssh to first frame with OpenSSH's client in a pseudo-terminal (--first-frame-runs times);
  2. opens --sessions sessions (paramiko; one of them a real `ssh` client) and measures the
     memory of the server and its viewers before and after;
  3. leaves them idle for --idle seconds: bytes each session received, CPU of the whole server;
  4. stops the real ssh client (SIGSTOP), appends one news line to the feed, and times its
     arrival on every other screen; resumes the client and times its catching up;
  5. resizes one session in a loop and kills another's connection meanwhile, appends a line
     again, and checks every remaining session still gets it and the server runs.
Prints a summary; --json prints it as JSON. Needs paramiko, ssh and ssh-keygen.
"""
import argparse
import json
import os
import pty
import select
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import paramiko

parser = argparse.ArgumentParser()
parser.add_argument("--binary", default=".build/release/frontier")
parser.add_argument("--sessions", type=int, default=50)
parser.add_argument("--idle", type=float, default=60)
parser.add_argument("--first-frame-runs", type=int, default=5)
parser.add_argument("--width", type=int, default=120)
parser.add_argument("--height", type=int, default=40)
parser.add_argument("--json", action="store_true")
args = parser.parse_args()

TICKS = os.sysconf("SC_CLK_TCK")
work = tempfile.mkdtemp(prefix="frontier-serve-load-")
env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": work + "/home", "XDG_STATE_HOME": work + "/state",
       "XDG_DATA_HOME": work + "/data", "XDG_CACHE_HOME": work + "/cache", "XDG_CONFIG_HOME": work + "/config",
       "XDG_RUNTIME_DIR": work + "/runtime", "TMPDIR": work + "/tmp"}
for folder in ("home", "runtime", "tmp"):
    os.makedirs(os.path.join(work, folder), mode=0o700)
key = os.path.join(work, "client")
subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
shutil.copy(key + ".pub", os.path.join(work, "authorized_keys"))
feed = os.path.join(work, "feed.jsonl")
open(feed, "w").close()

server = subprocess.Popen([os.path.abspath(args.binary), "serve", "--ssh", "127.0.0.1:0", "--authorized-keys",
                           os.path.join(work, "authorized_keys"), "--max-sessions", str(args.sessions + 10),
                           "--max-per-viewer", str(args.sessions + 10),
                           "--host-key", os.path.join(work, "host_key"), "--feed", feed],
                          env=env, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
log = []
port_ready = threading.Event()
port = [0]


def read_log():
    for raw in server.stderr:
        line = raw.decode(errors="replace").rstrip("\n")
        log.append(line)
        if "event=listening" in line:
            address = [f for f in line.split(" ") if f.startswith("address=")][0]
            port[0] = int(address.rsplit(":", 1)[1])
            port_ready.set()


threading.Thread(target=read_log, daemon=True).start()
if not port_ready.wait(30):
    sys.exit("the server did not start:\n" + "\n".join(log))
PORT = port[0]
SSH = ["ssh", "-F", "/dev/null", "-i", key, "-o", "IdentitiesOnly=yes", "-o", "UserKnownHostsFile=/dev/null",
       "-o", "StrictHostKeyChecking=no", "-o", "LogLevel=ERROR", "-tt", "-p", str(PORT), "viewer@127.0.0.1"]


def family(pid):
    """The server and every process under it."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
            except OSError:
                pass
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo += children.get(p, [])
    return found


def cpu_ticks(pids):
    total = 0
    for p in pids:
        try:
            with open("/proc/%d/stat" % p) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total


def memory_kb(pids, field):
    total = 0
    for p in pids:
        try:
            with open("/proc/%d/smaps_rollup" % p) as f:
                for line in f:
                    if line.startswith(field + ":"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


class Recorder:
    """What a client received, with when: read on a thread of its own by `receive`."""

    def __init__(self):
        self.chunks = []
        self.lock = threading.Lock()
        threading.Thread(target=self.pump, daemon=True).start()

    def pump(self):
        while True:
            data = self.receive()
            if not data:
                return
            with self.lock:
                self.chunks.append((time.monotonic(), data))

    def first(self, needle, after=0.0):
        with self.lock:
            seen = b""
            for stamp, data in self.chunks:
                seen += data
                if stamp >= after and needle in seen[-(len(data) + len(needle)):]:
                    return stamp
        return None

    def bytes_between(self, start, end):
        with self.lock:
            return sum(len(d) for s, d in self.chunks if start <= s < end)


class PtyClient(Recorder):
    """OpenSSH's client on a pseudo-terminal of its own."""

    def __init__(self):
        self.master, slave = pty.openpty()
        os.system("stty rows %d cols %d < %s" % (args.height, args.width, os.ttyname(slave)))
        self.started = time.monotonic()
        self.process = subprocess.Popen(SSH, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
        os.close(slave)
        super().__init__()

    def receive(self):
        while True:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.5)
                if ready:
                    return os.read(self.master, 65536)
                if self.process.poll() is not None:
                    return b""
            except OSError:
                return b""

    def close(self):
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except OSError:
            pass
        self.process.wait()
        os.close(self.master)


class ParamikoClient(Recorder):
    def __init__(self):
        self.transport = paramiko.Transport(socket.create_connection(("127.0.0.1", PORT)))
        self.transport.start_client()
        self.transport.auth_publickey("viewer", paramiko.Ed25519Key.from_private_key_file(key))
        self.channel = self.transport.open_session()
        self.channel.get_pty(term="xterm-256color", width=args.width, height=args.height)
        self.started = time.monotonic()
        self.channel.invoke_shell()
        super().__init__()

    def receive(self):
        try:
            return self.channel.recv(65536)
        except Exception:
            return b""

    def close(self):
        self.transport.close()


def wait_all(clients, needle, after, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(c.first(needle, after) for c in clients):
            break
        time.sleep(0.01)
    return [c.first(needle, after) for c in clients]


def append_news(headline):
    line = json.dumps({"kind": "news", "id": headline.lower(), "date": time.strftime("%Y-%m-%d", time.gmtime()),
                       "headline": headline, "source": "Load test"})
    stamp = time.monotonic()
    with open(feed, "a") as f:
        f.write(line + "\n")
    return stamp


results = {"sessions": args.sessions, "idle_seconds": args.idle}
FRAME = "frontier".encode()
try:
    # 1. ssh to first frame.
    frames = []
    for _ in range(args.first_frame_runs):
        client = PtyClient()
        stamps = wait_all([client], b"1 Models", client.started, 10)
        if stamps[0]:
            frames.append((stamps[0] - client.started) * 1000)
        client.close()
        time.sleep(0.3)
    results["first_frame_ms"] = {"median": statistics.median(frames), "max": max(frames), "runs": len(frames)}

    # 2. Sessions and memory.
    time.sleep(0.5)
    base_pids = family(server.pid)
    results["memory_before_kb"] = {"pss": memory_kb(base_pids, "Pss"), "rss": memory_kb(base_pids, "Rss")}
    stopped = PtyClient()
    clients = [stopped]
    for _ in range(args.sessions - 1):
        clients.append(ParamikoClient())
    shown = wait_all(clients, b"1 Models", 0, 30)
    results["sessions_showing"] = sum(1 for s in shown if s)
    time.sleep(2)
    pids = family(server.pid)
    results["processes"] = len(pids)
    pss, rss = memory_kb(pids, "Pss"), memory_kb(pids, "Rss")
    private = memory_kb(pids, "Private_Dirty") + memory_kb(pids, "Private_Clean")
    results["memory_after_kb"] = {"pss": pss, "rss": rss, "private": private}
    results["memory_per_session_mb"] = round((pss - results["memory_before_kb"]["pss"]) / args.sessions / 1024, 2)

    # 3. Idle.
    start_ticks, start = cpu_ticks(family(server.pid)), time.monotonic()
    time.sleep(args.idle)
    end = time.monotonic()
    ticks = cpu_ticks(family(server.pid)) - start_ticks
    results["idle_cpu_percent"] = round(100.0 * ticks / TICKS / (end - start), 3)
    idle_bytes = [c.bytes_between(start, end) for c in clients]
    results["idle_bytes_per_session"] = {"max": max(idle_bytes), "total": sum(idle_bytes)}

    # 4. A live line with one client stopped.
    os.killpg(stopped.process.pid, signal.SIGSTOP)
    time.sleep(0.2)
    sent = append_news("LIVE-A")
    arrived = wait_all(clients[1:], b"LIVE-A", sent, 5)
    latencies = [(a - sent) * 1000 for a in arrived if a]
    results["live_line_ms"] = {"received": len(latencies), "of": len(clients) - 1,
                               "median": round(statistics.median(latencies), 1) if latencies else None,
                               "max": round(max(latencies), 1) if latencies else None}
    time.sleep(1)
    resumed = time.monotonic()
    os.killpg(stopped.process.pid, signal.SIGCONT)
    caught = wait_all([stopped], b"LIVE-A", sent, 5)[0]
    results["stopped_client_caught_up_ms"] = round((caught - resumed) * 1000, 1) if caught else None

    # 5. Resize storm and a dropped connection, then another line.
    storm = clients[1]
    victim = clients[2]
    def resize_loop():
        for i in range(300):
            try:
                storm.channel.resize_pty(width=40 + i % 160, height=10 + i % 50)
            except Exception:
                return
    thread = threading.Thread(target=resize_loop)
    thread.start()
    victim.transport.sock.close()
    thread.join()
    storm.channel.resize_pty(width=args.width, height=args.height)
    time.sleep(0.5)
    others = [c for c in clients if c is not victim]
    sent = append_news("LIVE-B")
    arrived = wait_all(others, b"LIVE-B", sent, 5)
    latencies = [(a - sent) * 1000 for a in arrived if a]
    results["after_storm_live_line_ms"] = {"received": len(latencies), "of": len(others),
                                           "max": round(max(latencies), 1) if latencies else None}
    results["server_running"] = server.poll() is None
    for client in clients:
        client.close()
    time.sleep(2)
    results["sessions_left"] = len(family(server.pid)) - 1
finally:
    server.send_signal(signal.SIGTERM)
    try:
        results["server_exit"] = server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()
        results["server_exit"] = "killed"
    results["log_lines"] = len(log)
    results["errors_logged"] = sum(1 for line in log if "event=error" in line)
    shutil.rmtree(work, ignore_errors=True)

if args.json:
    print(json.dumps(results, indent=2))
else:
    for name, value in results.items():
        print("%-32s %s" % (name, value))

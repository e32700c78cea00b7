#!/usr/bin/env python3
"""A viewer that stops reading while its screen keeps changing, next to one that reads.

The slow session opens with a small SSH window and stops reading; its own key presses (t,
cycling themes, which repaints every cell) keep its dashboard drawing. Meanwhile a news line
is appended to the feed and must reach the other session. Then the slow one reads again.
Prints one JSON object: bytes the slow session received after it read again, whether it got
a whole frame, and the bystander's latency. Used by Tests/EndToEndTests/ServeSSHTests.swift.
"""
import argparse
import json
import socket
import time

import paramiko

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--key", required=True)
parser.add_argument("--feed", required=True)
parser.add_argument("--presses", type=int, default=60)
args = parser.parse_args()
KEY = paramiko.Ed25519Key.from_private_key_file(args.key)


def session(window_size=None):
    t = paramiko.Transport(socket.create_connection(("127.0.0.1", args.port), timeout=10))
    t.start_client(timeout=10)
    t.auth_publickey("viewer", KEY)
    channel = t.open_session(window_size=window_size) if window_size else t.open_session()
    channel.get_pty(term="xterm-256color", width=120, height=40)
    channel.invoke_shell()
    return t, channel


def read(channel, until=None, quiet=1.0, timeout=15):
    """Reads until `until` is seen, or until nothing came for `quiet` seconds."""
    seen = b""
    deadline = time.time() + timeout
    last = time.time()
    channel.settimeout(0.05)
    while time.time() < deadline:
        try:
            chunk = channel.recv(65536)
            if not chunk:
                break
            seen += chunk
            last = time.time()
            if until and until in seen:
                break
        except socket.timeout:
            if not until and time.time() - last > quiet:
                break
    return seen


bystander_t, bystander = session()
read(bystander, b"1 Models")
slow_t, slow = session(window_size=16384)
first = read(slow, b"1 Models")

# Stop reading; the dashboard keeps drawing whole screens.
for _ in range(args.presses):
    slow.send(b"t")
    time.sleep(0.02)
sent = time.time()
with open(args.feed, "a") as f:
    f.write(json.dumps({"kind": "news", "id": "slow-1", "date": time.strftime("%Y-%m-%d", time.gmtime()), "headline": "SLOW-VIEWER-LINE",
                        "source": "Wire"}) + "\n")
got = read(bystander, b"SLOW-VIEWER-LINE", timeout=5)
bystander_ms = (time.time() - sent) * 1000 if b"SLOW-VIEWER-LINE" in got else None
time.sleep(1.0)

after = read(slow, quiet=1.5)
print(json.dumps({
    "first_frame_bytes": len(first),
    "bytes_after_reading_again": len(after),
    "whole_frame_after": b"1 Models" in after and b"3 News" in after and b"SLOW-VIEWER-LINE" in after,
    "parts_after": [part.decode() for part in (b"1 Models", b"3 News", b"SLOW-VIEWER-LINE") if part in after],
    "bystander_ms": bystander_ms,
}))
slow_t.close()
bystander_t.close()

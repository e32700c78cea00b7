#!/usr/bin/env python3
"""Tries everything `frontier serve --ssh` must refuse, against a server on 127.0.0.1.

Prints one JSON object per check: {"check": NAME, "ok": true|false, "detail": "..."}.
A check is ok when the server refused what was asked and stayed up for the others. Used by
Tests/EndToEndTests/ServeSSHTests.swift; needs paramiko (pip install paramiko).
"""
import argparse
import json
import os
import socket
import sys
import time

import paramiko

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--key", required=True, help="an authorized private key")
parser.add_argument("--wrong-key", required=True, help="a private key not in authorized_keys")
parser.add_argument("--failures", type=int, default=10, help="failed logins an address is allowed")
args = parser.parse_args()

HOST = "127.0.0.1"
KEY = paramiko.Ed25519Key.from_private_key_file(args.key)
WRONG = paramiko.Ed25519Key.from_private_key_file(args.wrong_key)


def report(check, ok, detail=""):
    print(json.dumps({"check": check, "ok": bool(ok), "detail": str(detail)[:300]}), flush=True)


def transport():
    sock = socket.create_connection((HOST, args.port), timeout=10)
    t = paramiko.Transport(sock)
    t.start_client(timeout=10)
    return t


def logged_in():
    t = transport()
    t.auth_publickey("viewer", KEY)
    return t


def read_until(channel, needle, timeout=10):
    """Reads the channel until `needle` (bytes) has been seen; returns everything read."""
    seen = b""
    deadline = time.time() + timeout
    channel.settimeout(0.2)
    while time.time() < deadline:
        try:
            chunk = channel.recv(65536)
        except socket.timeout:
            continue
        if not chunk:
            break
        seen += chunk
        if needle in seen:
            return seen
    return seen


def dashboard():
    """A logged-in session showing the dashboard: (transport, channel)."""
    t = logged_in()
    channel = t.open_session()
    channel.get_pty(term="xterm-256color", width=100, height=30)
    channel.invoke_shell()
    screen = read_until(channel, b"frontier")
    if b"frontier" not in screen:
        raise RuntimeError("no dashboard: %r" % screen[-200:])
    return t, channel


def still_serving(channel):
    """The dashboard still answers a key: ? opens the help overlay."""
    channel.send(b"?")
    answered = b"Keys" in read_until(channel, b"Keys", timeout=5) or b"help" in read_until(channel, b"help", timeout=2)
    channel.send(b"\x1b")
    time.sleep(0.2)
    return answered


def check(name, function):
    try:
        ok, detail = function()
    except Exception as error:  # a check that cannot even run is a failure, said
        ok, detail = False, "%s: %s" % (type(error).__name__, error)
    report(name, ok, detail)


def wrong_key():
    t = transport()
    try:
        t.auth_publickey("viewer", WRONG)
        return False, "a key not in authorized_keys was let in"
    except paramiko.AuthenticationException as error:
        return True, error
    finally:
        t.close()


def password():
    t = transport()
    try:
        t.auth_password("viewer", "hunter2")
        return False, "a password was accepted"
    except paramiko.BadAuthenticationType as error:
        return error.allowed_types == ["publickey"], "allowed: %s" % error.allowed_types
    except paramiko.AuthenticationException as error:
        return True, error
    finally:
        t.close()


def keyboard_interactive():
    t = transport()
    try:
        t.auth_interactive("viewer", lambda title, instructions, prompts: ["x" for _ in prompts])
        return False, "keyboard-interactive was accepted"
    except (paramiko.BadAuthenticationType, paramiko.AuthenticationException) as error:
        return True, error
    finally:
        t.close()


def exec_command():
    t = logged_in()
    try:
        channel = t.open_session()
        try:
            channel.exec_command("id; echo RAN")
        except paramiko.SSHException as error:
            return True, "refused: %s" % error
        output = read_until(channel, b"RAN", timeout=5)
        return b"RAN" not in output and channel.recv_exit_status() != 0, "output %r" % output[:100]
    finally:
        t.close()


def subsystem():
    t = logged_in()
    try:
        channel = t.open_session()
        try:
            channel.invoke_subsystem("sftp")
        except paramiko.SSHException as error:
            return True, "refused: %s" % error
        return False, "sftp subsystem accepted"
    finally:
        t.close()


def shell_without_pty():
    t = logged_in()
    try:
        channel = t.open_session()
        try:
            channel.invoke_shell()
        except paramiko.SSHException as error:
            return True, "refused: %s" % error
        return channel.recv_exit_status() != 0, "exit %s" % channel.recv_exit_status()
    finally:
        t.close()


def agent_forwarding():
    """Asked without waiting for a reply: the server must open no agent channel back, and the
    session goes on."""
    t, channel = dashboard()
    try:
        opened = []
        t._set_forward_agent_handler(lambda chan: opened.append(chan))
        channel.request_forward_agent(lambda chan: opened.append(chan))
        time.sleep(0.5)
        return not opened and still_serving(channel), "agent channels opened: %d" % len(opened)
    finally:
        t.close()


def x11_forwarding():
    """Refused; swift-nio-ssh cannot parse the request, so the connection asking is closed.
    Another connection's session goes on."""
    bystander_t, bystander = dashboard()
    t, channel = dashboard()
    try:
        try:
            channel.request_x11(single_connection=True)
            outcome = "accepted"
        except (paramiko.SSHException, EOFError, OSError) as error:
            outcome = "refused: %s" % (error or type(error).__name__)
        alive = still_serving(bystander)
        return outcome.startswith("refused") and alive, "x11 %s, bystander answers %s" % (outcome, alive)
    finally:
        t.close()
        bystander_t.close()


def port_forwarding():
    t = logged_in()
    try:
        results = []
        try:
            t.request_port_forward("127.0.0.1", 0)
            results.append("remote forward accepted")
        except paramiko.SSHException as error:
            results.append("remote refused")
        try:
            t.open_channel("direct-tcpip", ("127.0.0.1", args.port), ("127.0.0.1", 40000), timeout=5)
            results.append("local forward accepted")
        except (paramiko.ChannelException, paramiko.SSHException) as error:
            results.append("local refused")
        return results == ["remote refused", "local refused"], ", ".join(results)
    finally:
        t.close()


def flood_and_garbage():
    """A session that floods keys is closed; raw garbage is closed; a bystander goes on."""
    bystander_t, bystander = dashboard()
    flooder_t, flooder = dashboard()
    try:
        closed = False
        flooder.settimeout(5)
        try:
            for _ in range(64):
                flooder.sendall(b"j" * 16384)
        except (OSError, paramiko.SSHException, EOFError):
            closed = True
        deadline = time.time() + 10
        while not closed and time.time() < deadline:
            if flooder.closed or flooder.exit_status_ready() or not flooder_t.is_active():
                closed = True
                break
            try:
                if flooder.recv(65536) == b"":
                    closed = True
            except socket.timeout:
                pass
            except (OSError, EOFError):
                closed = True
        with socket.create_connection((HOST, args.port), timeout=5) as raw:
            raw.recv(256)  # the server's version line
            raw.sendall(os.urandom(4096))
            raw.settimeout(5)
            try:
                garbage_closed = raw.recv(4096) == b"" or raw.recv(4096) == b""
            except (ConnectionResetError, socket.timeout) as error:
                garbage_closed = not isinstance(error, socket.timeout)
        alive = still_serving(bystander)
        return closed and garbage_closed and alive, "flooder closed %s, garbage closed %s, bystander answers %s" % (
            closed, garbage_closed, alive)
    finally:
        flooder_t.close()
        bystander_t.close()


def sessions_per_connection():
    """Four dashboards on one connection; a fifth is refused, and the four go on."""
    t = logged_in()
    try:
        shown, refused = [], 0
        for _ in range(5):
            channel = t.open_session()
            channel.get_pty(term="xterm", width=80, height=24)
            try:
                channel.invoke_shell()
            except paramiko.SSHException:
                refused += 1
                continue
            screen = read_until(channel, b"1 Models", timeout=5)
            if b"1 Models" in screen:
                shown.append(channel)
            elif channel.recv_exit_status() == 1 and b"at most 4 sessions" in channel.recv_stderr(4096):
                # Told why on stderr, and ended.
                refused += 1
        return len(shown) == 4 and refused == 1 and still_serving(shown[0]), "%d shown, %d refused" % (len(shown), refused)
    finally:
        t.close()


def rate_limit():
    """After the allowed failures, even the right key is turned away from this address."""
    for _ in range(args.failures + 1):
        t = transport()
        try:
            t.auth_publickey("viewer", WRONG)
        except paramiko.AuthenticationException:
            pass
        finally:
            t.close()
    t = transport()
    try:
        t.auth_publickey("viewer", KEY)
        return False, "the right key was let in after %d failures" % (args.failures + 1)
    except paramiko.AuthenticationException as error:
        return True, error
    finally:
        t.close()


for name, function in [("wrong key", wrong_key), ("password", password), ("keyboard-interactive", keyboard_interactive),
                       ("exec", exec_command), ("subsystem", subsystem), ("shell without pty", shell_without_pty),
                       ("agent forwarding", agent_forwarding), ("x11 forwarding", x11_forwarding), ("port forwarding", port_forwarding),
                       ("flood and garbage", flood_and_garbage), ("sessions per connection", sessions_per_connection),
                       ("rate limit", rate_limit)]:
    check(name, function)

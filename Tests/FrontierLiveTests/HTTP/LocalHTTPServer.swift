import Foundation
@testable import FrontierLive
import TestSupport

/// A real HTTP server on 127.0.0.1 for one test, run by python3's `http.server`.
///
/// The path picks the behaviour (see `script`); every request's method, path and headers are
/// appended to a log before the answer is sent, so a test can check what the client asked for.
/// Started and stopped by `PythonHTTPServer`, which binds port 0 and makes sure the server dies
/// with the test process.
final class LocalHTTPServer {
    var port: Int { server.port }
    private let server: PythonHTTPServer
    private let directory: TemporaryDirectory

    /// One request as the server saw it; header names are lowercased.
    struct SeenRequest: Decodable, Equatable {
        var method: String
        var path: String
        var headers: [String: String]
    }

    init() throws {
        directory = try TemporaryDirectory()
        server = try PythonHTTPServer(handler: Self.script, scriptPath: directory.path + "/server.py",
                                      arguments: [directory.path + "/requests.jsonl"])
    }

    /// Ends the server and waits for it; safe to call more than once.
    func stop() {
        server.stop()
    }

    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// The requests the server has received so far, oldest first.
    func requests() -> [SeenRequest] {
        guard let bytes = directory.bytes(of: "requests.jsonl") else { return [] }
        return bytes.split(separator: 0x0A).compactMap { try? JSONDecoder().decode(SeenRequest.self, from: Data($0)) }
    }

    private static let script = #"""
    import json, sys, threading, time
    from http.server import BaseHTTPRequestHandler

    LOG = sys.argv[1]
    ETAG = '"v1"'
    LAST_MODIFIED = 'Sun, 29 Nov 2026 02:00:00 GMT'
    DATE = 'Sun, 29 Nov 2026 02:15:00 GMT'
    BODY = b'{"schema": 1}\n'
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = 'HTTP/1.1'

        def log_message(self, *args):
            pass

        def date_time_string(self, timestamp=None):
            return DATE

        def answer(self, status, headers=(), body=b''):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            if not any(name == 'Content-Length' for name, _ in headers):
                self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            with lock, open(LOG, 'a') as log:
                headers = {name.lower(): value for name, value in self.headers.items()}
                log.write(json.dumps({'method': 'GET', 'path': self.path, 'headers': headers}) + '\n')
            if self.path == '/data':
                if self.headers.get('If-None-Match') == ETAG:
                    self.answer(304, [('ETag', ETAG)])
                else:
                    self.answer(200, [('ETag', ETAG), ('Last-Modified', LAST_MODIFIED)], BODY)
            elif self.path == '/dated':
                if self.headers.get('If-Modified-Since') == LAST_MODIFIED:
                    self.answer(304)
                else:
                    self.answer(200, [('Last-Modified', LAST_MODIFIED)], BODY)
            elif self.path == '/error':
                self.answer(500, body=b'boom')
            elif self.path == '/throttled':
                self.answer(429, [('Retry-After', '2')])
            elif self.path == '/unavailable-until':
                self.answer(503, [('Retry-After', 'Sun, 29 Nov 2026 02:16:30 GMT')])
            elif self.path == '/unavailable':
                self.answer(503)
            elif self.path == '/slow':
                time.sleep(3)
                self.answer(200, body=BODY)
            elif self.path == '/truncated':
                self.send_response(200)
                self.send_header('Content-Length', '100')
                self.end_headers()
                self.wfile.write(b'0123456789')
                self.wfile.flush()
                self.close_connection = True
            elif self.path == '/endless':
                # No Content-Length: the body ends when the client hangs up, or after 64 MB,
                # which a client that kept it all would show as a body. Sent at most 64 KB a
                # millisecond: on loopback, at full speed, a client whose delegate queue falls
                # behind on a loaded machine buffers gigabytes before its cancel takes effect.
                self.send_response(200)
                self.send_header('Connection', 'close')
                self.end_headers()
                self.close_connection = True
                chunk = b'x' * 65536
                try:
                    for _ in range(1024):
                        self.wfile.write(chunk)
                        time.sleep(0.001)
                except OSError:
                    pass
            elif self.path == '/huge-length':
                self.send_response(200)
                self.send_header('Content-Length', str(1 << 40))
                self.end_headers()
                self.close_connection = True
                try:
                    for _ in range(16):
                        self.wfile.write(b'x' * 65536)
                except OSError:
                    pass
            else:
                self.answer(404)
    """#
}

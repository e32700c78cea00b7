import Foundation
import TestSupport

/// A static file server on 127.0.0.1 that answers `Range` requests (under `/ranged/`) or
/// ignores them (under `/plain/`), as object stores and simple servers do, and counts the bytes
/// of every answer, headers included.
final class RangeHTTPServer {
    let root: TemporaryDirectory
    private let server: PythonHTTPServer

    /// One answer: the path, the `Range` asked for, the status and every byte sent.
    struct Answer: Decodable, Equatable {
        var path: String
        var range: String?
        var status: Int
        var sent: Int
    }

    init() throws {
        root = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: root.path + "/files", withIntermediateDirectories: false)
        server = try PythonHTTPServer(handler: Self.script, scriptPath: root.path + "/server.py",
                                      arguments: [root.path + "/files", root.path + "/answers.jsonl"])
    }

    func stop() { server.stop() }

    func url(_ name: String, ranges: Bool) -> URL {
        URL(string: "http://127.0.0.1:\(server.port)/\(ranges ? "ranged" : "plain")/\(name)")!
    }

    var files: String { root.path + "/files" }

    func answers() -> [Answer] {
        guard let bytes = root.bytes(of: "answers.jsonl") else { return [] }
        return bytes.split(separator: 0x0A).compactMap { try? JSONDecoder().decode(Answer.self, from: Data($0)) }
    }

    private static let script = #"""
    import json, os, re, sys, threading
    from http.server import BaseHTTPRequestHandler

    FILES, LOG = sys.argv[1], sys.argv[2]
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = 'HTTP/1.1'

        def log_message(self, *args):
            pass

        def answer(self, status, reason, headers, body=b''):
            head = 'HTTP/1.1 %d %s\r\n' % (status, reason)
            for name, value in headers + [('Content-Length', str(len(body)))]:
                head += '%s: %s\r\n' % (name, value)
            raw = (head + '\r\n').encode() + body
            with lock, open(LOG, 'a') as log:
                log.write(json.dumps({'path': self.path, 'range': self.headers.get('Range'),
                                      'status': status, 'sent': len(raw)}) + '\n')
            self.wfile.write(raw)

        def do_GET(self):
            parts = self.path.split('/')
            if len(parts) != 3 or parts[1] not in ('ranged', 'plain'):
                return self.answer(404, 'Not Found', [])
            path = os.path.join(FILES, parts[2])
            if not os.path.isfile(path):
                return self.answer(404, 'Not Found', [])
            info = os.stat(path)
            etag = '"%d-%d"' % (info.st_mtime_ns, info.st_size)
            if self.headers.get('If-None-Match') == etag:
                return self.answer(304, 'Not Modified', [('ETag', etag)])
            with open(path, 'rb') as f:
                body = f.read()
            asked = self.headers.get('Range')
            if parts[1] == 'ranged' and asked:
                match = re.fullmatch(r'bytes=(\d+)-', asked)
                start = int(match.group(1)) if match else 0
                if start >= len(body):
                    return self.answer(416, 'Range Not Satisfiable', [('Content-Range', 'bytes */%d' % len(body))])
                return self.answer(206, 'Partial Content',
                                   [('ETag', etag), ('Content-Range', 'bytes %d-%d/%d' % (start, len(body) - 1, len(body)))],
                                   body[start:])
            self.answer(200, 'OK', [('ETag', etag)], body)
    """#
}

import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A real HTTP server on 127.0.0.1 serving the files of a directory, run by python3.
///
/// Each file is served with an `ETag` made from its modification time and size, and a 304 when
/// the request's `If-None-Match` still matches, so a test changes what is served by writing the
/// file. A file `NAME.status` next to `NAME` overrides the answer: its first line is a status
/// code, optionally followed by a `Retry-After` value (`429 2`). Every request is logged before
/// it is answered. The server exits when stopped or when its stdin closes.
final class StaticHTTPServer {
    let root: String
    private let server: PythonHTTPServer

    var port: Int { server.port }

    /// One request as the server saw it, with the time it arrived.
    struct SeenRequest: Decodable, Equatable {
        var path: String
        var ifNoneMatch: String?
        var status: Int
        var time: Double
    }

    init(root: String) throws {
        self.root = root
        server = try PythonHTTPServer(handler: Self.script, scriptPath: root + "/.server.py", arguments: [root])
    }

    func stop() {
        server.stop()
    }

    func url(_ name: String) -> String {
        "http://127.0.0.1:\(port)/\(name)"
    }

    /// Writes a file the server serves, replacing it by rename so a request never sees half of it.
    func serve(_ text: String, as name: String) throws {
        let path = root + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + ".tmp"))
        guard rename(path + ".tmp", path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Makes every request for `name` answer `status` (with `Retry-After` if given); nil serves the file again.
    func answer(_ name: String, with status: Int?, retryAfter: String? = nil) throws {
        let path = root + "/" + name + ".status"
        if let status {
            try Data("\(status)\(retryAfter.map { " " + $0 } ?? "")\n".utf8).write(to: URL(fileURLWithPath: path))
        } else {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    func requests(for name: String) -> [SeenRequest] {
        guard let data = FileManager.default.contents(atPath: root + "/.requests.jsonl") else { return [] }
        return data.split(separator: 0x0A).compactMap { try? JSONDecoder().decode(SeenRequest.self, from: Data($0)) }
            .filter { $0.path == "/" + name }
    }

    private static let script = #"""
    import json, os, sys, threading, time
    from email.utils import formatdate
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    ROOT = sys.argv[1]
    LOG = os.path.join(ROOT, '.requests.jsonl')
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = 'HTTP/1.1'

        def log_message(self, *args):
            pass

        def answer(self, status, headers=(), body=b''):
            with lock, open(LOG, 'a') as log:
                log.write(json.dumps({'path': self.path, 'ifNoneMatch': self.headers.get('If-None-Match'),
                                      'status': status, 'time': time.time()}) + '\n')
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            path = os.path.join(ROOT, self.path.lstrip('/'))
            if os.path.exists(path + '.status'):
                parts = open(path + '.status').read().split()
                headers = [('Retry-After', parts[1])] if len(parts) > 1 else []
                return self.answer(int(parts[0]), headers, b'unavailable')
            if not os.path.isfile(path):
                return self.answer(404)
            info = os.stat(path)
            etag = '"%d-%d"' % (info.st_mtime_ns, info.st_size)
            if self.headers.get('If-None-Match') == etag:
                return self.answer(304, [('ETag', etag)])
            with open(path, 'rb') as f:
                body = f.read()
            self.answer(200, [('ETag', etag), ('Last-Modified', formatdate(info.st_mtime, usegmt=True))], body)
    """#
}

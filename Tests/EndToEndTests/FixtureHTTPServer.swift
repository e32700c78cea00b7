import Foundation
import TestSupport

/// A real HTTP server on 127.0.0.1 for end-to-end tests of `frontier import` and `ingest`,
/// run by python3's `http.server`.
///
/// Each path answers as its route says (`Route`); the routes live in a JSON file the server
/// reads on every request, so a test can change an answer between two fetches of a running
/// `ingest`. Every request's path and headers are logged before the answer is sent. The server
/// binds port 0, prints the port it got, and exits when stopped or when its standard input
/// closes, so a test process that dies cannot leave it running.
final class FixtureHTTPServer {
    /// How one path answers.
    struct Route: Encodable {
        var status = 200
        /// The body of a 200: the bytes of this file.
        var file: String?
        /// Sent as `ETag`; a request whose `If-None-Match` matches gets a 304.
        var etag: String?
        /// Sent as `Last-Modified`; a request whose `If-Modified-Since` matches gets a 304.
        var lastModified: String?
        /// Sent as `Retry-After` (with 429 and 503).
        var retryAfter: String?
        /// Seconds to wait before answering.
        var delay: Double = 0
        /// Promise the whole body in `Content-Length`, send half and close.
        var truncate = false
    }

    /// One request as the server saw it; header names are lowercased.
    struct SeenRequest: Decodable {
        var path: String
        var headers: [String: String]
    }

    let directory: String
    private let server: PythonHTTPServer

    var port: Int { server.port }

    init(routes: [String: Route] = [:]) throws {
        directory = try BuiltBinary.temporaryDirectory()
        try Self.write(routes, into: directory)
        server = try PythonHTTPServer(handler: Self.script, scriptPath: directory + "/server.py",
                                      arguments: [directory + "/routes.json", directory + "/requests.jsonl"])
    }

    /// Replaces the routes; the next request sees the new ones.
    func setRoutes(_ routes: [String: Route]) throws {
        try Self.write(routes, into: directory)
    }

    private static func write(_ routes: [String: Route], into directory: String) throws {
        let temporary = directory + "/routes.json.tmp"
        try JSONEncoder().encode(routes).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, directory + "/routes.json") == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Ends the server and waits for it; safe to call more than once.
    func stop() {
        server.stop()
    }

    func url(_ path: String) -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// The requests received so far, oldest first.
    func requests() -> [SeenRequest] {
        guard let data = FileManager.default.contents(atPath: directory + "/requests.jsonl") else { return [] }
        return data.split(separator: 0x0A).compactMap { try? JSONDecoder().decode(SeenRequest.self, from: Data($0)) }
    }

    private static let script = #"""
    import json, sys, threading, time, os
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    ROUTES, LOG = sys.argv[1], sys.argv[2]
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = 'HTTP/1.1'

        def log_message(self, *args):
            pass

        def answer(self, status, headers, body=b''):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            with lock:
                with open(LOG, 'a') as log:
                    headers = {name.lower(): value for name, value in self.headers.items()}
                    log.write(json.dumps({'path': self.path, 'headers': headers}) + '\n')
                with open(ROUTES) as routes:
                    route = json.load(routes).get(self.path)
            if route is None:
                self.answer(404, [], b'not found')
                return
            if route.get('delay'):
                time.sleep(route['delay'])
            validators = []
            if route.get('etag'):
                validators.append(('ETag', route['etag']))
            if route.get('lastModified'):
                validators.append(('Last-Modified', route['lastModified']))
            status = route.get('status', 200)
            if status != 200:
                headers = [('Retry-After', route['retryAfter'])] if route.get('retryAfter') else []
                self.answer(status, headers, b'error')
                return
            if (route.get('etag') and self.headers.get('If-None-Match') == route['etag']) or \
               (route.get('lastModified') and self.headers.get('If-Modified-Since') == route['lastModified']):
                self.send_response(304)
                for name, value in validators:
                    self.send_header(name, value)
                self.end_headers()
                return
            with open(route['file'], 'rb') as body_file:
                body = body_file.read()
            if route.get('truncate'):
                self.send_response(200)
                self.send_header('Content-Length', str(len(body)))
                self.end_headers()
                self.wfile.write(body[:len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.answer(200, validators, body)
    """#
}

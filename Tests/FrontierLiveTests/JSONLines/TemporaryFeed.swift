import Foundation
@testable import FrontierLive

/// A feed file in a fresh temporary directory, with the ways writers change files in real life.
struct TemporaryFeed {
    let directory: URL
    let path: String

    init(name: String = "feed.jsonl") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontier-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent(name).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    func append(_ text: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Writes over bytes already there, leaving the size as it was.
    func overwrite(at offset: UInt64, with text: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: offset)
        try handle.write(contentsOf: Data(text.utf8))
    }

    func truncate(to size: UInt64) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.truncate(atOffset: size)
    }

    /// Moves the file away and leaves nothing at the path, as log rotation does first.
    func rotateAway() throws {
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
    }

    func delete() throws {
        try FileManager.default.removeItem(atPath: path)
    }
}

/// A news line with the given id, valid on its own.
func newsLine(_ id: String, headline: String = "H") -> String {
    #"{"kind":"news","id":"\#(id)","date":"2025-05-01","headline":"\#(headline)","source":"Example"}"# + "\n"
}

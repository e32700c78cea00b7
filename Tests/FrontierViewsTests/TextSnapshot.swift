import Foundation
import Testing

/// Compares text with a baseline committed under `__Snapshots__`, beside the test file.
///
/// With `RECORD_SNAPSHOTS=1` in the environment the baseline is (re)written and the test
/// fails, so a recording run can never pass by accident.
func assertTextSnapshot(_ actual: String, named name: String, filePath: String = #filePath,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name) at \(file.path); run again without RECORD_SNAPSHOTS to compare.",
                     sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let old = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
            let new = index < actualLines.count ? String(actualLines[index]) : "<none>"
            if old != new { report.append("line \(index + 1):\n  - \(old)\n  + \(new)") }
        }
        Issue.record(Comment(rawValue: "Snapshot \(name) differs (RECORD_SNAPSHOTS=1 to accept):\n" + report.prefix(12).joined(separator: "\n")),
                     sourceLocation: sourceLocation)
    }
}

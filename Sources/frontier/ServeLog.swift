import FrontierImport
import SSHBackend

/// The SSH server's events as logfmt lines on stderr, in the same format as `ingest`'s:
/// `ts=2026-12-05T20:23:51Z level=info event=auth conn=1 remote=127.0.0.1:51576 result=accepted …`.
enum ServeLog {
    static func write(_ line: LogLine) {
        var text = LogfmtLine(time: line.time, level: level(of: line))
        text.append("event", line.event)
        for field in line.fields { text.append(field.key, field.value) }
        StandardError.write(text.description)
    }

    /// `warn` for what a client was refused or closed for, and for errors; `info` otherwise.
    static func level(of line: LogLine) -> LogfmtLine.Level {
        switch line.event {
        case "refused", "closed", "error": return .warn
        default: return line.value("result") == "refused" || line.value("result") == "failed" ? .warn : .info
        }
    }
}

import Foundation

/// Writes lines to stderr, unbuffered, for diagnostics that must not mix into stdout.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

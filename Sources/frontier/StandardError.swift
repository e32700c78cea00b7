import Foundation
import TerminalGrid

/// Writes lines to stderr, unbuffered, for diagnostics that must not mix into stdout.
///
/// Every diagnostic, warning, notice and log line of the program leaves through here, and each
/// may quote a file name, a command-line value or text from a price list or feed: controls are
/// made visible (`Sanitizer.visible`) so none of them reaches the terminal.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((Sanitizer.visible(line) + "\n").utf8))
    }
}

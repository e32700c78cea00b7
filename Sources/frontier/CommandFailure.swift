import ArgumentParser
import FrontierCore
import FrontierLive

/// A command that cannot go on: what went wrong, the problems behind it, and the exit status.
///
/// The statuses follow sysexits(3), so scripts and service managers can tell a bad input (65)
/// from an unreachable source (69) from "try again later" (75).
struct CommandFailure: Error {
    /// One line, without the program's name: `could not fetch https://…: HTTP 500 Internal Server Error`.
    var message: String
    /// Every problem behind it, one per line (`data.json:4:17: models[0].released: …`).
    var details: [String]
    var status: Int32

    init(_ message: String, details: [String] = [], status: Int32) {
        self.message = message
        self.details = details
        self.status = status
    }

    /// EX_DATAERR: the input cannot be used as it is.
    static let dataError: Int32 = 65
    /// EX_UNAVAILABLE: the source could not be reached or refused.
    static let unavailable: Int32 = 69
    /// EX_IOERR: the dataset could not be written.
    static let ioError: Int32 = 74
    /// EX_TEMPFAIL: throttled or locked; the same command will work later.
    static let temporary: Int32 = 75
    /// EX_CONFIG: the ingest config is wrong.
    static let configError: Int32 = 78

    /// The status a failed fetch ends an import with: 75 when the server said to come back
    /// later (429, 503, with or without `Retry-After`), 69 for anything else.
    static func exitStatus(after failure: FetchFailure) -> Int32 {
        if case let .status(code) = failure.reason, code == 429 || code == 503 { return temporary }
        // Asking again brings the same body: what it needs is a higher --max-input-size.
        if case .tooLarge = failure.reason { return dataError }
        return unavailable
    }

    /// The message and the first problem, for a log line that must stay one line.
    var logText: String {
        guard let first = details.first else { return message }
        return details.count == 1 ? "\(message): \(first)" : "\(message); first of \(details.count): \(first)"
    }

    /// Prints the message and every problem on stderr and ends the command with the status.
    func exit() -> ExitCode {
        StandardError.write("frontier: \(message)")
        for line in details { StandardError.write(line) }
        return ExitCode(status)
    }
}

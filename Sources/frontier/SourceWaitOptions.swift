import ArgumentParser
import FrontierCore

/// The options `import` and `ingest` share: how long to wait for a URL and for the dataset's
/// lock, and the `retrieved` day.
///
/// Both commands fetch and write the same way, so the options, their help and their bounds are
/// declared once and cannot drift apart.
struct SourceWaitOptions: ParsableArguments {
    /// Whole seconds: Foundation's URLSession on Linux drops the fraction, so 0.5 would mean no wait at all.
    @Option(help: ArgumentHelp("Seconds (a whole number) to wait for a URL to answer in full.", valueName: "seconds"))
    var timeout: Int = 30

    @Option(help: ArgumentHelp("Seconds to wait while another import holds the dataset's lock.", valueName: "seconds"))
    var lockTimeout: Double = 30

    /// Fixes the `retrieved` day stamped on every figure, so tests get the same output any day.
    @Option(help: .hidden)
    var retrieved: String?

    func validate() throws {
        guard (1...86_400).contains(timeout) else { throw ValidationError("--timeout must be between 1 and 86400 seconds") }
        guard lockTimeout >= 0, lockTimeout <= 86_400 else { throw ValidationError("--lock-timeout must be between 0 and 86400 seconds") }
        if let retrieved, DayDate(retrieved) == nil { throw ValidationError("--retrieved must be a date YYYY-MM-DD") }
    }

    /// The `--retrieved` day, when one was given.
    var retrievedDay: DayDate? {
        retrieved.flatMap(DayDate.init)
    }
}

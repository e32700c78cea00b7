import ArgumentParser
import Foundation
import FrontierCore
import SystemBackend

/// `--max-input-size`, shared by every command that reads data, so one flag name raises the
/// ceiling everywhere (`FRONTIER_MAX_INPUT_SIZE` sets it for every run instead).
struct InputLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-input-size"), help: ArgumentHelp(
        "The most bytes read from one file, stdin or HTTP body, such as 512M or 2G (default: 1G per file, 256M per HTTP body; also FRONTIER_MAX_INPUT_SIZE).",
        valueName: "size"))
    var maxInputSize: String?

    func validate() throws {
        if let maxInputSize, InputLimits.parseSize(maxInputSize) == nil {
            throw ValidationError("--max-input-size must be a positive size such as 512M, 2G or 1000000, not \(maxInputSize)")
        }
        if maxInputSize == nil, let variable = ProcessInfo.processInfo.environment["FRONTIER_MAX_INPUT_SIZE"],
           !variable.isEmpty, InputLimits.parseSize(variable) == nil {
            throw ValidationError("FRONTIER_MAX_INPUT_SIZE must be a positive size such as 512M, 2G or 1000000, not \(variable)")
        }
    }

    /// The limits in force: the flag, else the environment variable, else the standard ones.
    var limits: InputLimits {
        let text = maxInputSize ?? ProcessInfo.processInfo.environment["FRONTIER_MAX_INPUT_SIZE"].flatMap { $0.isEmpty ? nil : $0 }
        return InputLimits.with(maxInputSize: text.flatMap(InputLimits.parseSize))
    }
}

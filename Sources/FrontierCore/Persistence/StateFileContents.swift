import Foundation

/// What the bytes of a state file turned out to hold.
///
/// Shared by loading and saving: loading decides whether to set a file aside, saving whether
/// it may replace the file at all.
package enum StateFileContents {
    case state(PersistedState)
    /// Not a state file; `reason` completes "state file PATH …" (`is not valid JSON (…)`).
    case corrupt(reason: String)
    /// A state file from a newer build.
    case newer(version: Int)

    package init(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else {
            self = .corrupt(reason: "is empty")
            return
        }
        // The project's parser rather than JSONDecoder's error, for a line and column that read
        // the same on every platform.
        let document: JSONDocument
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            self = .corrupt(reason: "is not valid JSON (line \(error.position.line), column \(error.position.column): \(error.message))")
            return
        }
        guard case .object = document.root.kind else {
            self = .corrupt(reason: "is not a JSON object")
            return
        }
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let json = bytes.starts(with: byteOrderMark) ? Data(bytes.dropFirst(3)) : Data(bytes)
        do {
            self = .state(try JSONDecoder().decode(PersistedState.self, from: json))
        } catch let error as PersistedState.NewerVersionError {
            self = .newer(version: error.version)
        } catch {
            self = .corrupt(reason: "could not be decoded (\(error))")
        }
    }
}

import Foundation
import FrontierCore

/// Loads a dataset file over and over on its own thread, as a dashboard watching it would, and
/// records every read that was not a whole, valid dataset.
final class DatasetReaderLoop: @unchecked Sendable {
    struct Result {
        var reads: Int
        var problems: [String]
    }

    private let path: String
    private let lock = NSLock()
    private var running = true
    private var result = Result(reads: 0, problems: [])
    private let done = DispatchSemaphore(value: 0)

    init(path: String) {
        self.path = path
    }

    func start() {
        Thread.detachNewThread { [self] in
            while lock.withLock({ running }) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    lock.withLock { result.problems.append("the file was missing") }
                    continue
                }
                let loaded = DatasetLoader.load([(name: "data.json", bytes: Array(data))])
                lock.withLock {
                    result.reads += 1
                    if !loaded.isValid { result.problems.append("\(data.count) bytes: \(loaded.diagnostics.first!)") }
                }
            }
            done.signal()
        }
    }

    func stop() -> Result {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { result }
    }
}

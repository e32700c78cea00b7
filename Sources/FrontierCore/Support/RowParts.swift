import Foundation

/// An answer per row, computed in parts on the processor's cores at once: each part covers a
/// range of whole rows and writes only its own rows' answers, so the parts share no lock.
enum RowParts {
    static let cores = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))

    /// `rows` answers, all false until `fill` sets those of the range it is given; `parts` of
    /// them run at once (1: on the calling thread alone).
    static func answers(rows: Int, parts: Int, _ fill: (Range<Int>, UnsafeMutableBufferPointer<Bool>) -> Void) -> [Bool] {
        var answers = [Bool](repeating: false, count: rows)
        answers.withUnsafeMutableBufferPointer { buffer in
            guard parts > 1 else { return fill(0..<rows, buffer) }
            withoutActuallyEscaping(fill) { fill in
                // The parts write disjoint ranges of one buffer and return before it is read.
                let shared = Shared(fill: fill, buffer: buffer)
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    shared.fill(rows * part / parts..<rows * (part + 1) / parts, shared.buffer)
                }
            }
        }
        return answers
    }

    /// One result per part, `parts` of them made at once (1: on the calling thread alone).
    static func results<Result>(parts: Int, _ make: (Int) -> Result) -> [Result] {
        guard parts > 1 else { return (0..<parts).map(make) }
        var results = [Result?](repeating: nil, count: parts)
        results.withUnsafeMutableBufferPointer { buffer in
            withoutActuallyEscaping(make) { make in
                // Each part writes only its own slot, and all return before any is read.
                let shared = SharedResults(make: make, buffer: buffer)
                DispatchQueue.concurrentPerform(iterations: parts) { part in shared.buffer[part] = shared.make(part) }
            }
        }
        return results.map { $0! }
    }

    private struct SharedResults<Result>: @unchecked Sendable {
        let make: (Int) -> Result
        let buffer: UnsafeMutableBufferPointer<Result?>
    }

    private struct Shared: @unchecked Sendable {
        let fill: (Range<Int>, UnsafeMutableBufferPointer<Bool>) -> Void
        let buffer: UnsafeMutableBufferPointer<Bool>
    }
}

import Foundation

/// Times repeated runs of a piece of work and summarises them as median and 95th percentile.
struct Stopwatch {
    /// Milliseconds, in the order measured.
    private(set) var samples: [Double]

    init(samples: [Double] = []) {
        self.samples = samples
    }

    /// Runs `work` once and records how long it took; returns its result.
    @discardableResult
    mutating func measure<Result>(_ work: () -> Result) -> Result {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = work()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        return result
    }

    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }

    /// Nearest-rank percentile; 0 with no samples.
    func percentile(_ fraction: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }
}

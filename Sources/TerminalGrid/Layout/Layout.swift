/// Splits a rectangle into parts along one axis.
///
/// Screens are built from nested splits, so the split must never leave a gap, overlap, or a
/// negative size whatever the terminal size: a resize to 1x1 still gives valid rectangles.
public enum Layout {
    /// One rectangle per constraint, in order, tiling `rect` along `direction`.
    ///
    /// Space is handed out by priority: lengths, then percentages, then minimums, each in order
    /// of appearance until space runs out; fills share what is left by weight. If nothing fills,
    /// minimums share the rest, and failing that the last part takes it, so the parts and the
    /// gaps always add up to the whole. `spacing` puts that many cells between parts, and is
    /// narrowed when the gaps alone would not fit.
    public static func split(
        _ rect: Rect, _ direction: Direction, _ constraints: [Constraint], spacing: Int = 0
    ) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let total = direction == .horizontal ? rect.width : rect.height
        let gapCount = constraints.count - 1
        let gap = gapCount == 0 ? 0 : Swift.min(Swift.max(0, spacing), total / gapCount)
        let sizes = distribute(total - gap * gapCount, among: constraints)

        var position = direction == .horizontal ? rect.x : rect.y
        return sizes.map { size in
            defer { position += size + gap }
            switch direction {
            case .horizontal: return Rect(x: position, y: rect.y, width: size, height: rect.height)
            case .vertical: return Rect(x: rect.x, y: position, width: rect.width, height: size)
            }
        }
    }

    /// Sizes that add up to exactly `available` (which is never negative here).
    private static func distribute(_ available: Int, among constraints: [Constraint]) -> [Int] {
        var sizes = Array(repeating: 0, count: constraints.count)
        var remaining = available

        func grant(_ wanted: Int, to index: Int) {
            let granted = Swift.min(Swift.max(0, wanted), remaining)
            sizes[index] += granted
            remaining -= granted
        }

        for (index, constraint) in constraints.enumerated() {
            if case let .length(length) = constraint { grant(length, to: index) }
        }
        for (index, constraint) in constraints.enumerated() {
            if case let .percentage(percent) = constraint {
                grant(available * Swift.min(Swift.max(0, percent), 100) / 100, to: index)
            }
        }
        for (index, constraint) in constraints.enumerated() {
            if case let .min(minimum) = constraint { grant(minimum, to: index) }
        }

        var weights = constraints.map { constraint -> Int in
            if case let .fill(weight) = constraint { return Swift.max(1, weight) }
            return 0
        }
        if weights.allSatisfy({ $0 == 0 }) {
            weights = constraints.map { if case .min = $0 { return 1 } else { return 0 } }
        }
        if weights.allSatisfy({ $0 == 0 }) {
            weights[weights.count - 1] = 1
        }
        for (index, share) in shares(of: remaining, byWeights: weights).enumerated() {
            sizes[index] += share
        }
        return sizes
    }

    /// `amount` split in proportion to `weights`, rounding on running totals so the shares add
    /// up exactly and the split is the same every time.
    private static func shares(of amount: Int, byWeights weights: [Int]) -> [Int] {
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return weights.map { _ in 0 } }
        var runningWeight = 0
        var handedOut = 0
        return weights.map { weight in
            runningWeight += weight
            let upToHere = amount * runningWeight / totalWeight
            defer { handedOut = upToHere }
            return upToHere - handedOut
        }
    }
}

/// The points no other point beats on both price and score: the best buys at each budget.
///
/// "Cheaper is better, higher is better": a point is dominated when another costs no more and
/// scores no less, and is strictly better on one of the two. What is left is the frontier a
/// buyer should choose from; everything under it costs more for less.
public enum ParetoFrontier {
    /// One candidate; a missing price or score keeps it off the frontier, as it cannot be ranked.
    public struct Point: Hashable, Sendable {
        public var id: String
        public var x: Double?
        public var y: Double?

        public init(id: String, x: Double?, y: Double?) {
            self.id = id
            self.x = x
            self.y = y
        }
    }

    /// The undominated points, cheapest first; equal prices keep the input order.
    ///
    /// Identical points do not dominate each other (neither is strictly better), so duplicates
    /// on the frontier all stay on it. Points with a missing or non-finite value are left out.
    public static func frontier(of points: [Point]) -> [Point] {
        let ranked = points.compactMap { point -> (point: Point, x: Double)? in
            guard let x = point.x, let y = point.y, x.isFinite, y.isFinite else { return nil }
            return (point, x)
        }
        let undominated = ranked.filter { candidate in
            !ranked.contains { dominates($0.point, candidate.point) }
        }
        return undominated.enumerated().sorted { left, right in
            left.element.x != right.element.x ? left.element.x < right.element.x : left.offset < right.offset
        }.map(\.element.point)
    }

    /// Whether `a` costs no more and scores no less than `b`, and is strictly better on one.
    public static func dominates(_ a: Point, _ b: Point) -> Bool {
        guard let ax = a.x, let ay = a.y, let bx = b.x, let by = b.y else { return false }
        return ax <= bx && ay >= by && (ax < bx || ay > by)
    }
}

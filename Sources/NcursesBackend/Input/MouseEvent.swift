/// A mouse click or wheel step, in screen cells from the top-left corner.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A button went down: 1 left, 2 middle, 3 right.
        case press(Int)
        /// A button went up (terminals rarely say which).
        case release
        case wheelUp
        case wheelDown
    }

    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}

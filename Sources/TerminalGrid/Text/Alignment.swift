/// Where text sits inside a wider column.
public enum Alignment: Hashable, Sendable {
    case left
    case center
    case right
}

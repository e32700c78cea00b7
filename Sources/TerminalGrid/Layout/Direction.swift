/// The axis a split runs along: side by side (horizontal) or stacked (vertical).
public enum Direction: Hashable, Sendable {
    case horizontal
    case vertical
}

/// A piece of text with the style it is drawn in.
///
/// Table cells and status-line segments are spans, so each piece of text can carry its own look
/// (a dimmed "–" for a missing value, a red error) without the widget knowing why.
public struct Span: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

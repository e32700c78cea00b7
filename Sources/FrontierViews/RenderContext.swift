import Foundation
import FrontierCore
import TerminalGrid

/// What a screen needs besides the state: the theme, the glyph set, where the data came from,
/// and the time.
public struct RenderContext: Sendable {
    public var theme: Theme
    /// Box drawing and block bars, or plain ASCII when the terminal cannot show them.
    public var glyphs: Glyphs
    /// A short label for the loaded data (`embedded dataset`, `mine.json`).
    public var origin: String
    /// The same in fewer words, for a narrow terminal; nil when `origin` is short already.
    public var shortOrigin: String?
    /// A message for the footer (an error, a notice), shown instead of the key hints.
    public var status: String?
    /// The time of the frame, which the sources line measures ages from (`data.json 2s ago`);
    /// passed in so a frame stays a pure function of its inputs.
    public var now: Date
    /// When the user's dataset last changed, for the header's `updated 2h ago`; nil when it is
    /// not shown.
    public var dataUpdated: Date?

    public init(theme: Theme, glyphs: Glyphs, origin: String, shortOrigin: String? = nil, status: String? = nil, now: Date,
                dataUpdated: Date? = nil) {
        self.theme = theme
        self.glyphs = glyphs
        self.origin = origin
        self.shortOrigin = shortOrigin
        self.status = status
        self.now = now
        self.dataUpdated = dataUpdated
    }

    /// The origin with the data's age: `your data · updated 2h ago`.
    public var originWithAge: String { withAge(origin) }

    /// The short origin with the data's age.
    public var shortOriginWithAge: String { withAge(shortOrigin ?? origin) }

    private func withAge(_ origin: String) -> String {
        guard let dataUpdated else { return origin }
        let age = Format.age(now.timeIntervalSince(dataUpdated))
        return origin + (age == "now" ? " · updated just now" : " · updated \(age) ago")
    }
}

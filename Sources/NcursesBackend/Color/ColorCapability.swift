/// How many colours the backend sends, decided once at start-up.
///
/// Views speak true colour; this decides which palette their colours are folded into, so one
/// frame renders the same way on every terminal.
public enum ColorCapability: Int, Sendable, Comparable, CaseIterable {
    /// No colour escape sequences at all.
    case none
    /// The eight ANSI colours.
    case basic8
    /// The eight ANSI colours and their bright variants.
    case basic16
    /// The xterm 256-colour palette (its 6x6x6 cube and 24-step grey ramp are used).
    case palette256

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Decides the capability from the user's choice, `NO_COLOR` and what terminfo reports.
    ///
    /// `NO_COLOR` counts when it is set at all, even empty, because a user who exported it
    /// meant it. `always` overrides `NO_COLOR` but cannot invent colours a terminal lacks.
    public static func detect(
        choice: ColorChoice,
        noColorSet: Bool,
        terminalHasColors: Bool,
        terminalColors: Int
    ) -> ColorCapability {
        switch choice {
        case .never: return .none
        case .auto where noColorSet: return .none
        case .auto, .always: break
        }
        guard terminalHasColors else { return .none }
        switch terminalColors {
        case 256...: return .palette256
        case 16..<256: return .basic16
        case 8..<16: return .basic8
        default: return .none
        }
    }
}

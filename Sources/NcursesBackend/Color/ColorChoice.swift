/// Whether the user wants colour: the `--color auto|always|never` switch.
public enum ColorChoice: String, Sendable, CaseIterable {
    /// Use what the terminal reports, unless `NO_COLOR` is set.
    case auto
    /// Use what the terminal reports even when `NO_COLOR` is set.
    case always
    /// Send no colour at all; attributes (bold, reverse, ...) still work.
    case never
}

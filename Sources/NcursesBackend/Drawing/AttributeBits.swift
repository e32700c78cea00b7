import CNcurses
import TerminalGrid

/// The ncurses attribute bits for our `Attributes`, typed as `attr_t`.
///
/// `A_ITALIC` is 0x80000000, which traps when squeezed into an `Int32`; keeping every bit as
/// `attr_t` from the shim avoids that whole class of bug.
struct AttributeBits {
    var bold = frontier_a_bold()
    var dim = frontier_a_dim()
    var italic = frontier_a_italic()
    var underline = frontier_a_underline()
    var reverse = frontier_a_reverse()

    func bits(for attributes: Attributes) -> attr_t {
        var result = frontier_a_normal()
        if attributes.contains(.bold) { result |= bold }
        if attributes.contains(.dim) { result |= dim }
        if attributes.contains(.italic) { result |= italic }
        if attributes.contains(.underline) { result |= underline }
        if attributes.contains(.reverse) { result |= reverse }
        return result
    }
}

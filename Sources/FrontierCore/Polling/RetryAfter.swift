import Foundation

/// Reads a `Retry-After` header: how long the server asks us to wait before asking again.
///
/// The header comes in two forms (RFC 9110 §10.2.3): a number of seconds (`120`) or an HTTP
/// date (`Fri, 31 Dec 1999 23:59:59 GMT`). A date is measured from the response's own `Date`
/// header when it has one, since both then come from the server's clock and a skewed local
/// clock cannot shorten the wait; otherwise from the local time the caller passes in.
public enum RetryAfter {
    /// The wait the header asks for, or nil when it is neither form.
    ///
    /// A date already past asks for no wait (`.zero`). Seconds beyond what a `Duration` can
    /// usefully hold are clamped to about 68 years, which is "not soon" all the same.
    public static func delay(_ value: String, relativeTo reference: Date) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let digits = text.drop(while: { $0 == "0" })
            let longest = Int(Int32.max)
            return .seconds(digits.count > 10 ? longest : min(Int(digits) ?? 0, longest))
        }
        guard let date = HTTPDate.parse(text) else { return nil }
        let seconds = date.timeIntervalSince(reference)
        return seconds > 0 ? .seconds(min(seconds.rounded(.up), Double(Int32.max))) : .zero
    }
}

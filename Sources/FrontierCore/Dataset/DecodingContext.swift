/// Collects the diagnostics and deferred checks of the file being decoded.
///
/// A reference type so that every field reader of a record, however deeply nested, reports
/// into the same place without threading `inout` through each call.
package final class DecodingContext {
    package let file: String
    package private(set) var diagnostics: [Diagnostic] = []
    /// Checks of the record being decoded; taken by the record when it is complete.
    package var checks: [DeferredCheck] = []
    /// Reference checks of records left out for problems of their own: a dangling reference in
    /// such a record is a problem too, and every problem is reported.
    package var leftOutChecks: [DeferredCheck] = []
    /// Ids of records left out, so references to them are not reported as unknown as well.
    package var leftOutIDs: [RecordKind: Set<String>] = [:]

    package init(file: String) {
        self.file = file
    }

    package func report(_ path: FieldPath, at position: JSONPosition, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: position.line, column: position.column,
                                      path: path.text, message: message))
    }

    /// `file:line:column` of `position`, for messages that point at a second place.
    package func place(_ position: JSONPosition) -> String {
        "\(file):\(position.line):\(position.column)"
    }
}

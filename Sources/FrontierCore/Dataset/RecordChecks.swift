/// How the merger checks a record's references once every file is merged.
enum RecordChecks: Sendable {
    /// These checks, made when the record was decoded.
    case known([DeferredCheck])
    /// A news item the scanner read (element `index` of its file's `news` array): its references
    /// are looked up directly, and its checks made from `text` only when one does not resolve.
    case scanned(ScannedText, index: Int32)

    var isScanned: Bool {
        if case .scanned = self { return true }
        return false
    }
}

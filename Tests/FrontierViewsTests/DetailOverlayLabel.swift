import TerminalGrid

/// The label column of the detail overlay: 16 columns, labels fitted to 15 and a space.
enum DetailOverlayLabel {
    static let width = 20

    static func fitted(_ label: String) -> String {
        TextLayout.fit(label, toWidth: width - 1) + " "
    }
}

import FrontierCore
import TerminalGrid

/// Reads theme files: `{"name": ..., "colors": {"border": "#4b5263", ...}}`.
///
/// A theme may set only some roles; the rest come from the theme it extends (the default).
/// Colours are `#rrggbb`, `#rgb` or `"default"` (the terminal's own colour). Problems are
/// reported like dataset problems, `FILE:LINE:COLUMN: KEY: message`.
public enum ThemeParser {
    public static func parse(_ bytes: [UInt8], file: String, name fallbackName: String, base: Theme) throws(Diagnostic) -> Theme {
        let document: JSONDocument
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw Diagnostic(file: file, line: error.position.line, column: error.position.column, path: "",
                             message: "malformed JSON: " + error.message)
        }
        let root = document.root
        guard let object = root.objectValue else {
            throw Diagnostic(file: file, line: root.position.line, column: root.position.column, path: "",
                             message: "expected an object with \"colors\", got \(root.summary)")
        }
        var theme = base
        theme.name = fallbackName
        if let nameValue = object["name"] {
            guard let name = nameValue.stringValue, !name.isEmpty else {
                throw error(file, nameValue, key: "name", "expected a non-empty string, got \(nameValue.summary)")
            }
            theme.name = name
        }
        guard let colorsValue = object["colors"] else { return theme }
        guard let colors = colorsValue.objectValue else {
            throw error(file, colorsValue, key: "colors", "expected an object of colours, got \(colorsValue.summary)")
        }
        for member in colors.members {
            let key = "colors." + member.key
            if member.key == "series" {
                guard let items = member.value.arrayValue, !items.isEmpty else {
                    let got = member.value.arrayValue != nil ? "an empty array" : member.value.summary
                    throw error(file, member.value, key: key, "expected a non-empty array of colours, got \(got)")
                }
                var series: [Color] = []
                for (index, item) in items.enumerated() {
                    series.append(try color(item, file: file, key: "\(key)[\(index)]"))
                }
                theme.series = series
                continue
            }
            guard let keyPath = role(member.key) else {
                let known = Theme.roleNames.joined(separator: ", ")
                throw Diagnostic(file: file, line: member.keyPosition.line, column: member.keyPosition.column, path: key,
                                 message: "unknown colour role; known roles: \(known)")
            }
            theme[keyPath: keyPath] = try color(member.value, file: file, key: key)
        }
        return theme
    }

    /// The property a single-colour role name sets.
    static func role(_ name: String) -> WritableKeyPath<Theme, Color>? {
        switch name {
        case "background": return \.background
        case "text": return \.text
        case "dim": return \.dim
        case "border": return \.border
        case "borderFocused": return \.borderFocused
        case "title": return \.title
        case "header": return \.header
        case "selection": return \.selection
        case "selectionText": return \.selectionText
        case "highlight": return \.highlight
        case "added": return \.added
        case "changed": return \.changed
        case "up": return \.up
        case "down": return \.down
        case "warning": return \.warning
        case "error": return \.error
        default: return nil
        }
    }

    static func color(_ value: JSONValue, file: String, key: String) throws(Diagnostic) -> Color {
        if let text = value.stringValue {
            if text == "default" { return .default }
            if let color = Color(hex: text) { return color }
        }
        throw error(file, value, key: key, "expected a colour like \"#61afef\" or \"default\", got \(value.summary)")
    }

    static func error(_ file: String, _ value: JSONValue, key: String, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: value.position.line, column: value.position.column, path: key, message: message)
    }
}

import FrontierCore
import FrontierResources

/// Finds the keys of a dataset file that this build does not know, by walking it beside the
/// dataset's JSON Schema.
///
/// Loading ignores unknown keys so that a file written for a newer build still opens; but an
/// import writes the whole file again from what it loaded, which would silently drop them. So
/// before an import writes, it asks this, and refuses rather than lose anything.
enum UnknownFields {
    /// Every key in `document` that the schema does not describe, as diagnostics naming its place.
    static func find(in document: JSONValue, file: String) -> [Diagnostic] {
        guard let schema else { return [] }
        var found: [Diagnostic] = []
        walk(document, schema: schema, root: schema, path: "", file: file, into: &found)
        return found
    }

    /// The embedded schema, parsed once.
    private static let schema = try? JSONParser.parse(Array(EmbeddedResources.datasetSchemaJSON.utf8)).root

    private static func walk(_ value: JSONValue, schema: JSONValue, root: JSONValue, path: String, file: String,
                             into found: inout [Diagnostic]) {
        let branches = resolved(schema, root: root)
        if let object = value.objectValue {
            var properties: [String: JSONValue] = [:]
            for branch in branches {
                for member in branch.objectValue?["properties"]?.objectValue?.members ?? [] where properties[member.key] == nil {
                    properties[member.key] = member.value
                }
            }
            // A schema node that says nothing of properties (free-form) is not checked.
            guard !properties.isEmpty else { return }
            for member in object.members {
                let memberPath = path.isEmpty ? member.key : path + "." + member.key
                guard let propertySchema = properties[member.key] else {
                    found.append(Diagnostic(file: file, line: member.keyPosition.line, column: member.keyPosition.column,
                                            path: memberPath, message: "unknown field; an import would drop it"))
                    continue
                }
                walk(member.value, schema: propertySchema, root: root, path: memberPath, file: file, into: &found)
            }
        } else if let elements = value.arrayValue {
            guard let items = branches.lazy.compactMap({ $0.objectValue?["items"] }).first else { return }
            for (index, element) in elements.enumerated() {
                walk(element, schema: items, root: root, path: "\(path)[\(index)]", file: file, into: &found)
            }
        }
    }

    /// The schema node with `$ref`s followed, split into its `anyOf` branches (with itself).
    private static func resolved(_ schema: JSONValue, root: JSONValue, depth: Int = 0) -> [JSONValue] {
        guard depth < 16, let object = schema.objectValue else { return [schema] }
        if let reference = object["$ref"]?.stringValue, reference.hasPrefix("#/") {
            var target: JSONValue? = root
            for part in reference.dropFirst(2).split(separator: "/") { target = target?.objectValue?[String(part)] }
            return target.map { resolved($0, root: root, depth: depth + 1) } ?? []
        }
        var branches = [schema]
        for option in object["anyOf"]?.arrayValue ?? [] { branches += resolved(option, root: root, depth: depth + 1) }
        return branches
    }
}

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
        var walker = Walker(root: schema, file: file)
        walker.walk(document, schema: schema)
        return walker.found
    }

    /// The embedded schema, parsed once.
    private static let schema = try? JSONParser.parse(Array(EmbeddedResources.datasetSchemaJSON.utf8)).root

    /// What a schema node allows, with `$ref`s followed and `anyOf` branches joined.
    private struct Node {
        /// Empty for a node that says nothing of properties (free-form), which is not checked.
        var properties: [String: JSONValue] = [:]
        var items: JSONValue?
    }

    private enum PathPart {
        case key(String)
        case index(Int)
    }

    /// One walk over a document. A hundred thousand news items share one schema node, so nodes
    /// reached through a `$ref` are resolved once, an array's items once for all its elements,
    /// and a place's path is written out only for a key that is reported.
    private struct Walker {
        let root: JSONValue
        let file: String
        var found: [Diagnostic] = []
        private var path: [PathPart] = []
        private var nodesByReference: [String: Node] = [:]

        init(root: JSONValue, file: String) {
            self.root = root
            self.file = file
        }

        mutating func walk(_ value: JSONValue, schema: JSONValue) {
            if let object = value.objectValue {
                let node = self.node(schema)
                guard !node.properties.isEmpty else { return }
                for member in object.members {
                    path.append(.key(member.key))
                    defer { path.removeLast() }
                    guard let propertySchema = node.properties[member.key] else {
                        found.append(Diagnostic(file: file, line: member.keyPosition.line, column: member.keyPosition.column,
                                                path: pathText, message: "unknown field; an import would drop it"))
                        continue
                    }
                    walk(member.value, schema: propertySchema)
                }
            } else if let elements = value.arrayValue {
                guard let items = node(schema).items else { return }
                for (index, element) in elements.enumerated() {
                    path.append(.index(index))
                    defer { path.removeLast() }
                    walk(element, schema: items)
                }
            }
        }

        private var pathText: String {
            var text = ""
            for part in path {
                switch part {
                case .key(let key): text += text.isEmpty ? key : "." + key
                case .index(let index): text += "[\(index)]"
                }
            }
            return text
        }

        private mutating func node(_ schema: JSONValue) -> Node {
            let reference = schema.objectValue?["$ref"]?.stringValue
            if let reference, let known = nodesByReference[reference] { return known }
            var node = Node()
            for branch in resolved(schema) {
                for member in branch.objectValue?["properties"]?.objectValue?.members ?? [] where node.properties[member.key] == nil {
                    node.properties[member.key] = member.value
                }
                if node.items == nil { node.items = branch.objectValue?["items"] }
            }
            if let reference { nodesByReference[reference] = node }
            return node
        }

        /// The schema node with `$ref`s followed, split into its `anyOf` branches (with itself).
        private func resolved(_ schema: JSONValue, depth: Int = 0) -> [JSONValue] {
            guard depth < 16, let object = schema.objectValue else { return [schema] }
            if let reference = object["$ref"]?.stringValue, reference.hasPrefix("#/") {
                var target: JSONValue? = root
                for part in reference.dropFirst(2).split(separator: "/") { target = target?.objectValue?[String(part)] }
                return target.map { resolved($0, depth: depth + 1) } ?? []
            }
            var branches = [schema]
            for option in object["anyOf"]?.arrayValue ?? [] { branches += resolved(option, depth: depth + 1) }
            return branches
        }
    }
}

import Foundation
import FrontierCore
import SystemBackend

/// What `frontier ingest` polls and which dataset it writes, as read from a `sources.json`.
///
/// Read with the positioned JSON parser so every problem names its line, column and path
/// (`sources.json:9:19: sources[2].interval: interval must be positive, got 0`), and every
/// problem is reported, not only the first. Unknown keys are errors, unlike in a dataset: a
/// config is written by hand for this build, and a misspelt `intervall` silently ignored would
/// leave a source polled at the default rate. A `comment` key is allowed anywhere for notes.
public struct IngestConfig: Hashable, Sendable {
    /// The dataset file to update, absolute.
    public var dataset: String
    /// In the order the file lists them; the order breaks ties between equal deadlines.
    public var sources: [IngestSource]
    /// The config named no dataset, so `dataset` is the user's, layered over the embedded data.
    public var isUserDataset: Bool

    /// The interval of a source that gives none.
    public static let defaultInterval: Duration = .seconds(3600)
    /// The longest interval accepted, in seconds: a year, far beyond any useful poll and well
    /// inside what a `Duration` and a `Date` can add.
    public static let maximumInterval: Double = 366 * 86_400
    /// The shortest interval accepted by default, in seconds. Sources change hourly at most; a
    /// tiny interval (`0.000001`) turned the service into a busy loop that logged 158k lines in
    /// 8 s. `frontier ingest --minimum-interval` lowers it (tests, local files), never below
    /// `lowestMinimumInterval`.
    public static let defaultMinimumInterval: Double = 10
    /// The floor under any minimum: ten reads a second at most.
    public static let lowestMinimumInterval: Double = 0.1

    public init(dataset: String, sources: [IngestSource], isUserDataset: Bool = false) {
        self.dataset = dataset
        self.sources = sources
        self.isUserDataset = isUserDataset
    }

    /// Reads and checks the config at `path`; relative paths inside it are taken relative to
    /// the config's own directory, so the service's working directory does not matter.
    /// - Parameter userDataset: the dataset a config without `dataset` writes (the user's); with
    ///   none, `dataset` is required.
    public static func load(path: String, limit: Int = InputLimits.standard.fileBytes,
                            minimumInterval: Double = defaultMinimumInterval,
                            userDataset: String? = nil) throws(IngestConfigError) -> IngestConfig {
        let bytes: [UInt8]
        do {
            bytes = try FileContents.read(path: path, limit: limit)
        } catch {
            throw IngestConfigError(diagnostics: [
                Diagnostic(file: path, line: 0, column: 0, path: "", message: "cannot read the config: \(error.reason)"),
            ])
        }
        return try parse(bytes, file: path, directory: absolute(AtomicFile.directory(of: path)), minimumInterval: minimumInterval,
                         userDataset: userDataset)
    }

    /// Checks config text; `file` is the name diagnostics print, `directory` the absolute
    /// directory relative paths are resolved against.
    public static func parse(_ bytes: [UInt8], file: String, directory: String,
                             minimumInterval: Double = defaultMinimumInterval,
                             userDataset: String? = nil) throws(IngestConfigError) -> IngestConfig {
        let minimumInterval = max(minimumInterval, lowestMinimumInterval)
        let diagnostic = { (position: JSONPosition, path: String, message: String) in
            Diagnostic(file: file, line: position.line, column: position.column, path: path, message: message)
        }
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw IngestConfigError(diagnostics: [Diagnostic(file: file, line: 0, column: 0, path: "", message: "file is empty")])
        }
        let document: JSONDocument
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw IngestConfigError(diagnostics: [diagnostic(error.position, "", error.message)])
        }
        let context = DecodingContext(file: file)
        for duplicate in document.duplicateKeys {
            context.report(FieldPath(duplicate.path), at: duplicate.position,
                           "duplicate key \(JSONWriter.quoted(duplicate.key, limit: Diagnostic.quotedLimit)) (first defined at \(context.place(duplicate.firstPosition)))")
        }
        var config: IngestConfig?
        if let root = FieldReader(document.root, path: "", context: context) {
            config = read(root, directory: directory, minimumInterval: minimumInterval, userDataset: userDataset, context: context)
        }
        let problems = context.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard problems.isEmpty, let config else { throw IngestConfigError(diagnostics: problems) }
        return config
    }

    private static let topLevelKeys = ["dataset", "sources", "comment"]
    private static let sourceKeys = ["name", "kind", "url", "path", "interval", "comment"]

    private static func read(_ root: FieldReader, directory: String, minimumInterval: Double, userDataset: String?,
                             context: DecodingContext) -> IngestConfig? {
        reportUnknownKeys(root, allowed: topLevelKeys, context: context)
        _ = root.string("comment")
        let dataset = root.text("dataset", required: userDataset == nil)
        guard let list = root.value("sources") else {
            root.reportMissing("\"sources\"")
            return nil
        }
        guard let elements = list.arrayValue else {
            root.report("sources", "expected an array of sources, got \(list.summary)")
            return nil
        }
        if elements.isEmpty { root.report("sources", "list at least one source") }
        var sources: [IngestSource] = []
        var firstByLabel: [String: Int] = [:]
        for (index, element) in elements.enumerated() {
            let path = JSONPath.appending(index: index, to: "sources")
            guard let reader = FieldReader(element, path: path, context: context),
                  let source = readSource(reader, directory: directory, minimumInterval: minimumInterval, context: context) else { continue }
            if let first = firstByLabel[source.label] {
                let key = reader.value("name") != nil ? "name" : (reader.value("url") != nil ? "url" : "path")
                reader.report(key, "\(JSONWriter.quoted(source.label, limit: Diagnostic.quotedLimit)) also names sources[\(first)]; give each source its own \"name\" so the log tells them apart")
            } else {
                firstByLabel[source.label] = index
            }
            sources.append(source)
        }
        if let dataset { return IngestConfig(dataset: resolve(dataset, in: directory), sources: sources) }
        guard root.value("dataset") == nil, let userDataset else { return nil }
        return IngestConfig(dataset: userDataset, sources: sources, isUserDataset: true)
    }

    private static func readSource(_ reader: FieldReader, directory: String, minimumInterval: Double,
                                   context: DecodingContext) -> IngestSource? {
        reportUnknownKeys(reader, allowed: sourceKeys, context: context)
        _ = reader.string("comment")
        let name = reader.text("name")
        let kind: ImportKind? = reader.choice("kind", required: true)
        var interval = reader.number("interval", .positive("interval"))
        if let seconds = interval, seconds > maximumInterval {
            reader.report("interval", "interval must be at most \(JSONNumber.text(maximumInterval)) seconds (a year), got \(JSONNumber.text(seconds))")
            interval = nil
        } else if let seconds = interval, seconds < minimumInterval {
            reader.report("interval", "interval must be at least \(JSONNumber.text(minimumInterval)) seconds, got \(JSONNumber.text(seconds))")
            interval = nil
        }
        let location: IngestSource.Location?
        switch (reader.value("url"), reader.value("path")) {
        case (nil, nil):
            reader.reportMissing("\"url\" or \"path\"")
            location = nil
        case (.some, .some):
            reader.report("path", "give either \"url\" or \"path\", not both")
            location = nil
        case (.some, nil):
            location = reader.string("url").flatMap { text in
                guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                      scheme == "http" || scheme == "https", url.host?.isEmpty == false else {
                    reader.report("url", "expected an http or https URL, got \(JSONWriter.quoted(text, limit: 80))")
                    return nil
                }
                return .url(url)
            }
        case (nil, .some):
            location = reader.text("path").map { .path(resolve($0, in: directory)) }
        }
        guard let kind, let location, reader.value("interval") == nil || interval != nil else { return nil }
        return IngestSource(name: name, kind: kind, location: location,
                            interval: interval.map { Duration.seconds($0) } ?? defaultInterval)
    }

    private static func reportUnknownKeys(_ reader: FieldReader, allowed: [String], context: DecodingContext) {
        for member in reader.object.members where !allowed.contains(member.key) {
            let names = allowed.map { JSONWriter.quoted($0) }.joined(separator: ", ")
            context.report(FieldPath(reader.path, key: member.key), at: member.keyPosition,
                           "unknown key \(JSONWriter.quoted(member.key, limit: 60)); expected one of \(names)")
        }
    }

    /// `path` made absolute against `directory`, with `.` and `..` taken out so logs show a plain path.
    private static func resolve(_ path: String, in directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        return URL(fileURLWithPath: joined).standardized.path
    }

    private static func absolute(_ directory: String) -> String {
        if directory.hasPrefix("/") { return directory }
        let current = FileManager.default.currentDirectoryPath
        return directory == "." ? current : resolve(directory, in: current)
    }
}

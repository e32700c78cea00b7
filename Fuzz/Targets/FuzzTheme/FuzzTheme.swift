import FrontierCore
import FrontierViews

/// A theme file, laid over the default theme; the error written out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try ThemeParser.parse(bytes, file: "fuzz.json", name: "fuzz", base: ThemeCatalog.defaultTheme)
    } catch {
        _ = error.description
    }
    return 0
}

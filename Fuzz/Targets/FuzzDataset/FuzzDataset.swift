import FrontierCore

/// A dataset file: parsed, decoded, validated and merged, and every diagnostic written out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = DatasetLoader.load([(name: "fuzz.json", bytes: bytes)])
    for diagnostic in result.diagnostics { _ = diagnostic.description }
    _ = result.summary
    return 0
}

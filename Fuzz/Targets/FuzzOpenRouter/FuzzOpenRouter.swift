import FrontierCore

/// An OpenRouter model listing, translated into an import batch; every warning and error written out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOpenRouter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let context = ImportContext(sourceName: "fuzz", location: "https://example.com/fuzz", retrieved: DayDate(year: 2025, month: 6, day: 1)!)
    do {
        let batch = try OpenRouterImporter.parse(bytes, context: context)
        for warning in batch.skipped { _ = warning.description }
    } catch {
        _ = error.description
    }
    return 0
}

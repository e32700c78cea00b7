import FrontierCore
import FrontierImport
import FuzzSupport

/// An OpenRouter model list, translated and matched against the embedded dataset; every warning and error written out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOpenRouter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    ImporterFuzzing.run(data, size, parse: OpenRouterImporter.parse)
}

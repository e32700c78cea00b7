import FrontierCore
import FrontierImport
import FuzzSupport

/// A LiteLLM price list, translated and matched against the embedded dataset; every warning and error written out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLiteLLM(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    ImporterFuzzing.run(data, size, parse: LiteLLMImporter.parse)
}

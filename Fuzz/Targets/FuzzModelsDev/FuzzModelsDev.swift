import FrontierCore
import FrontierImport
import FuzzSupport

/// A models.dev api.json, translated and matched against the embedded dataset; every warning and error written out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelsDev(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    ImporterFuzzing.run(data, size, parse: ModelsDevImporter.parse)
}

import FrontierCore
import FrontierImport
import FuzzSupport

/// An Epoch AI CSV, translated and matched against the embedded dataset; every warning and error written out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEpoch(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    ImporterFuzzing.run(data, size, parse: EpochImporter.parse)
}

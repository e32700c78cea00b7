import FrontierCore
import FrontierImport
import FuzzSupport

/// An RSS or Atom feed, translated and matched against the embedded dataset; every warning and error written out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    ImporterFuzzing.run(data, size, parse: FeedImporter.parse)
}

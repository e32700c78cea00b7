import FrontierCore
import FrontierLive

/// A JSON Lines feed, arriving in pieces whose sizes the input's first byte chooses, each
/// complete line decoded as a record; then the end of the stream.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    let piece = Int(first) + 1
    var splitter = FeedLineSplitter()
    var batch = FeedBatch()
    var start = 1
    while start < bytes.count {
        let end = min(bytes.count, start + piece)
        for line in splitter.split(bytes[start..<end]) {
            FeedLineDecoder.decode(line, file: "fuzz.jsonl", into: &batch)
        }
        start = end
    }
    if let last = splitter.finish() { FeedLineDecoder.decode(last, file: "fuzz.jsonl", into: &batch) }
    for diagnostic in batch.diagnostics { _ = diagnostic.description }
    return 0
}

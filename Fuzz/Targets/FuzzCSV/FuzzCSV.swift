import FrontierCore
import FrontierImport

/// CSV text: records and their fields, or the syntax error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let records = try CSVReader.records(bytes)
        for record in records { _ = record.fields.count }
    } catch {
        _ = error.description
    }
    return 0
}

/// Values made once for each distinct run of bytes in one text.
///
/// A hundred thousand news items name the same few publishers, organizations, models and
/// tags; pooled, each distinct string or list is stored once and every item shares it, so
/// memory grows with what is new in a record, not with its size. Keys are ranges of the text
/// being scanned and compared byte for byte, so nothing is made to look a value up.
struct BytePool<Value> {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
    }

    private var slots = [Int32](repeating: -1, count: 256)
    private var entries: [Entry] = []
    private var values: [Value] = []

    /// Where `lookup` found the bytes, or the free slot they go to.
    struct Lookup {
        fileprivate var hash: UInt64
        fileprivate var slot: Int
        var value: Value?
    }

    /// The value made for the bytes `start..<start + count` of `text`, made by `make` the
    /// first time those bytes are seen.
    mutating func value<Failure: Error>(at start: Int, count: Int, in text: UnsafeBufferPointer<UInt8>,
                                        make: () throws(Failure) -> Value) throws(Failure) -> Value {
        let found = lookup(at: start, count: count, in: text)
        if let value = found.value { return value }
        let value = try make()
        add(value, for: found, at: start, count: count)
        return value
    }

    /// The value for the bytes `start..<start + count` of `text`, if they were seen before.
    func lookup(at start: Int, count: Int, in text: UnsafeBufferPointer<UInt8>) -> Lookup {
        let base = text.baseAddress! + start
        let hash = Self.hash(base, count)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, entry.count == count, Self.same(text.baseAddress! + entry.start, base, count) {
                return Lookup(hash: hash, slot: slot, value: values[Int(slots[slot])])
            }
            slot = (slot + 1) & mask
        }
        return Lookup(hash: hash, slot: slot, value: nil)
    }

    /// Stores `value` for the bytes a `lookup` did not find, before anything else is added.
    mutating func add(_ value: Value, for lookup: Lookup, at start: Int, count: Int) {
        slots[lookup.slot] = Int32(entries.count)
        entries.append(Entry(hash: lookup.hash, start: start, count: count))
        values.append(value)
        if entries.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    /// A hash of `count` bytes, eight at a time (the words multiplied and rotated, as in the
    /// FxHash family); only this pool compares them, always with the bytes as well.
    private static func hash(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(bytes)
        var hash = UInt64(truncatingIfNeeded: count)
        var offset = 0
        func mix(_ word: UInt64) {
            hash = ((hash << 5 | hash >> 59) ^ word) &* 0x517C_C1B7_2722_0A95
        }
        while count - offset >= 8 {
            mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for position in offset..<count { tail = tail << 8 | UInt64(bytes[position]) }
        mix(tail)
        return hash ^ hash >> 29
    }

    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for position in 0..<count where a[position] != b[position] { return false }
        return true
    }
}

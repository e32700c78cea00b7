/// Values made once for each distinct run of bytes in one text.
///
/// A hundred thousand news items name the same few publishers, organizations, models and
/// tags; pooled, each distinct string or list is stored once and every item shares it, so
/// memory grows with what is new in a record, not with its size. Keys are ranges of the text
/// being scanned and compared byte for byte, so nothing is made to look a value up.
///
/// The hash is seeded once per process, so a file cannot be made in advance of strings that
/// all land in one place; and a lookup gives up after `probeLimit` slots (the value is then
/// made but not pooled), so even such a file costs at most that much per string.
struct BytePool<Value> {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
    }

    private var slots = [Int32](repeating: -1, count: 256)
    private var entries: [Entry] = []
    private var values: [Value] = []

    /// Slots a lookup tries before it gives up on pooling the bytes.
    private let probeLimit: Int

    init(probeLimit: Int = 64) {
        self.probeLimit = probeLimit
    }

    /// Where `lookup` found the bytes, or the free slot they go to (-1: none, not pooled).
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
        var probes = 0
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, entry.count == count, Self.same(text.baseAddress! + entry.start, base, count) {
                return Lookup(hash: hash, slot: slot, value: values[Int(slots[slot])])
            }
            probes += 1
            if probes >= probeLimit { return Lookup(hash: hash, slot: -1, value: nil) }
            slot = (slot + 1) & mask
        }
        return Lookup(hash: hash, slot: slot, value: nil)
    }

    /// Stores `value` for the bytes a `lookup` did not find, before anything else is added.
    mutating func add(_ value: Value, for lookup: Lookup, at start: Int, count: Int) {
        guard lookup.slot >= 0 else { return }
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
        var hash = seed ^ UInt64(truncatingIfNeeded: count)
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

    /// Drawn once per process from the standard library's own per-process random seed.
    private static var seed: UInt64 { bytePoolSeed }

    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for position in 0..<count where a[position] != b[position] { return false }
        return true
    }
}

/// The seed of every `BytePool`'s hash: different in each process.
private let bytePoolSeed: UInt64 = {
    var hasher = Hasher()
    hasher.combine(0x5EED as UInt64)
    return UInt64(truncatingIfNeeded: hasher.finalize())
}()

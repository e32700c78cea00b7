import Foundation

/// An array whose copies share one buffer, each seeing its own first `count` elements, so that
/// appending to a copy does not copy the elements before it.
///
/// A dashboard holds the news on screen while the next dataset, the same news and one more
/// item, is made in the background. With `Array` that append copies every item (a retain per
/// field of 100,000 items) and freeing the old array releases them all again. Here the copy
/// that appends writes past the end of the shared buffer, which no other copy reads: the
/// buffer counts the elements written, and only a copy whose count equals it may write the
/// next one (claimed under a lock while the buffer is shared, so two copies appending at once on
/// two threads never write the same place; the second copies). Any other change (replacing, removing, inserting,
/// reordering) makes the copy its own buffer first, as `Array` does when shared.
public struct GrowingArray<Element> {
    private var storage: Storage
    public private(set) var count: Int

    public init() {
        storage = Storage(capacity: 0)
        count = 0
    }

    /// The elements of `array`.
    public init(_ array: [Element]) {
        storage = Storage(capacity: array.count)
        count = 0
        array.withUnsafeBufferPointer { elements in
            guard let base = elements.baseAddress else { return }
            storage.elements.initialize(from: base, count: elements.count)
            storage.filled = elements.count
            count = elements.count
        }
    }

    /// Whether the two are views of one buffer, so that the shorter is the longer's prefix
    /// without an element compared.
    public func sharesPrefix(with other: GrowingArray) -> Bool {
        storage === other.storage
    }

    /// How many elements the buffer has room for.
    public var capacity: Int { storage.capacity }

    /// Takes the element over, as `Array.append` does: no copy of it is made.
    public mutating func append(_ element: consuming Element) {
        if !claim(1) {
            grow(to: Swift.max(count + 1, count * 2, 16))
            _ = claim(1)
        }
        (storage.elements + count).initialize(to: element)
        count += 1
    }

    /// Appends `count` elements that `initialize` writes, all of them, into the buffer it is
    /// given (bytes copied and changed in place, without a buffer of their own first).
    public mutating func append(count added: Int, initializingWith initialize: (UnsafeMutableBufferPointer<Element>) -> Void) {
        guard added > 0 else { return }
        if !claim(added) {
            grow(to: Swift.max(count + added, count * 2, 16))
            _ = claim(added)
        }
        initialize(UnsafeMutableBufferPointer(start: storage.elements + count, count: added))
        count += added
    }

    /// Takes the next `added` places of the buffer for this copy to initialize, when this copy
    /// ends where the buffer's elements end and they fit.
    private mutating func claim(_ added: Int) -> Bool {
        guard count + added <= storage.capacity else { return false }
        // A buffer no other copy holds needs no lock.
        if isKnownUniquelyReferenced(&storage) {
            guard storage.filled == count else { return false }
            storage.filled += added
            return true
        }
        return storage.claim(at: count, added)
    }

    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        if minimumCapacity > storage.capacity { grow(to: minimumCapacity) }
    }

    /// Calls `body` with the elements in one buffer.
    public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: storage.elements, count: count)) }
    }

    /// An `Array` of the elements.
    public var array: [Element] { withUnsafeBufferPointer { Array($0) } }

    /// True when no other copy shares the buffer and nothing was written past this copy's end.
    private var canWriteInPlace: Bool {
        mutating get { isKnownUniquelyReferenced(&storage) && storage.filled == count }
    }

    /// Moves to a buffer of its own that holds at least `capacity` elements.
    private mutating func grow(to capacity: Int) {
        let grown = Storage(capacity: Swift.max(capacity, count))
        grown.elements.initialize(from: storage.elements, count: count)
        grown.filled = count
        storage = grown
    }

    private mutating func makeUnique() {
        if !canWriteInPlace { grow(to: count) }
    }

    /// The shared buffer: `filled` elements are initialized, and belong to whichever copies
    /// count them. While shared, `filled` is read and changed under `lock`.
    private final class Storage: @unchecked Sendable {
        let elements: UnsafeMutablePointer<Element>
        let capacity: Int
        var filled = 0
        private let lock = NSLock()

        init(capacity: Int) {
            self.capacity = capacity
            elements = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(capacity, 1))
        }

        /// Takes places `index..<index + added` for the caller to initialize, if they are the
        /// next ones (the caller has checked that they fit).
        func claim(at index: Int, _ added: Int) -> Bool {
            lock.withLock {
                guard filled == index else { return false }
                filled += added
                return true
            }
        }

        deinit {
            elements.deinitialize(count: filled)
            elements.deallocate()
        }
    }
}

extension GrowingArray: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// Read and changed in place, as `Array`'s are: `news[i].id` copies the id, not the whole item.
    public subscript(position: Int) -> Element {
        _read {
            precondition(position >= 0 && position < count, "Index out of range")
            yield storage.elements[position]
        }
        _modify {
            precondition(position >= 0 && position < count, "Index out of range")
            makeUnique()
            yield &storage.elements[position]
        }
    }

    public func withContiguousStorageIfAvailable<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result? {
        try withUnsafeBufferPointer(body)
    }

    public mutating func withContiguousMutableStorageIfAvailable<Result>(
        _ body: (inout UnsafeMutableBufferPointer<Element>) throws -> Result
    ) rethrows -> Result? {
        makeUnique()
        var buffer = UnsafeMutableBufferPointer(start: storage.elements, count: count)
        return try withExtendedLifetime(storage) { try body(&buffer) }
    }
}

extension GrowingArray: RangeReplaceableCollection {
    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C) where C.Element == Element {
        precondition(subrange.lowerBound >= 0 && subrange.upperBound <= count, "Range out of bounds")
        // Appending keeps the buffer; anything else writes a new one.
        if subrange.isEmpty, subrange.lowerBound == count {
            let added = newElements.count
            append(count: added) { slots in
                // A collection that yields fewer than its count would leave places counted but unwritten.
                precondition(slots.initialize(fromContentsOf: newElements) == slots.endIndex, "fewer elements than counted")
            }
            return
        }
        // Counted once, as written: a collection's count is only a promise.
        let newElements = Array(newElements)
        let replaced = Storage(capacity: count - subrange.count + newElements.count)
        var written = 0
        replaced.elements.initialize(from: storage.elements, count: subrange.lowerBound)
        written += subrange.lowerBound
        for element in newElements {
            (replaced.elements + written).initialize(to: element)
            written += 1
        }
        (replaced.elements + written).initialize(from: storage.elements + subrange.upperBound, count: count - subrange.upperBound)
        written += count - subrange.upperBound
        replaced.filled = written
        storage = replaced
        count = written
    }
}

extension GrowingArray {
    /// Appends a collection in one piece: one claim and one copy, not one per element.
    public mutating func append<Added: Collection>(contentsOf newElements: Added) where Added.Element == Element {
        replaceSubrange(count..<count, with: newElements)
    }

    public mutating func append<Added: Sequence>(contentsOf newElements: Added) where Added.Element == Element {
        replaceSubrange(count..<count, with: Array(newElements))
    }
}

extension GrowingArray: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension GrowingArray: Equatable where Element: Equatable {
    public static func == (lhs: GrowingArray, rhs: GrowingArray) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.storage === rhs.storage { return true }
        return lhs.elementsEqual(rhs)
    }
}

extension GrowingArray: Hashable where Element: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension GrowingArray: @unchecked Sendable where Element: Sendable {}

extension GrowingArray: CustomStringConvertible {
    public var description: String { array.description }
}

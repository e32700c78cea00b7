import Foundation

extension RandomAccessCollection where Element: Equatable, Index == Int {
    /// How many leading elements `self` and `other` have equal.
    ///
    /// Two views of one buffer (a `GrowingArray` and its copy that appended) share their
    /// prefix without a look at it. An element whose bytes are the same in both is equal without
    /// a look at its fields: a record copied from one array to the other holds the very same
    /// strings and buffers. That is the common case (news appended to the news before them),
    /// and comparing field by field costs a retain and release per field of every item. Any
    /// other pair is compared with `==`, so the answer never depends on how the elements are laid out.
    func commonPrefixCount(with other: Self) -> Int {
        let bitwise = withContiguousStorageIfAvailable { mine in
            other.withContiguousStorageIfAvailable { theirs in
                let count = Swift.min(mine.count, theirs.count)
                guard count > 0, let left = mine.baseAddress, let right = theirs.baseAddress else { return 0 }
                if left == right { return count }
                // Over the size, not the stride: the padding after the last field is not copied
                // with an element. Padding between fields is not either, so a record whose fields
                // leave gaps takes `==` more often (`NewsItem` orders its fields to leave none).
                let size = MemoryLayout<Element>.size
                var index = 0
                while index < count {
                    if memcmp(left + index, right + index, size) != 0, mine[index] != theirs[index] { break }
                    index += 1
                }
                return index
            }
        }
        if let counted = bitwise ?? nil { return counted }
        var index = 0
        while index < Swift.min(count, other.count), self[startIndex + index] == other[other.startIndex + index] { index += 1 }
        return index
    }
}

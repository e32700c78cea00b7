import Foundation
import FrontierCore
import SystemBackend

/// Which version of a local file was read: enough to tell that it changed without reading it.
///
/// The size and modification time catch edits in place, the device and inode a file replaced
/// by rename (how most tools save) even within the same second.
public struct FileStamp: Hashable, Sendable, Codable {
    public var size: UInt64
    public var modified: Double
    public var device: UInt64
    public var inode: UInt64

    public init(size: UInt64, modified: Double, device: UInt64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.device = device
        self.inode = inode
    }

    /// The stamp of the file at `path` now, or nil when it cannot be looked at.
    public init?(path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let identity = FileIdentity(attributes: attributes),
              let size = (attributes[.size] as? NSNumber)?.uint64Value,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        self.init(size: size, modified: modified.timeIntervalSince1970, device: identity.device, inode: identity.inode)
    }
}

import Foundation

/// Which file a path leads to: its device and inode, the pair that stays with a file when it
/// is renamed and changes when another file takes its path.
///
/// Comparing identities is how a tailer tells "the same file grew" from "a new file is here"
/// (log rotation, an editor's save by rename), which sizes alone cannot.
public struct FileIdentity: Hashable, Sendable, CustomStringConvertible {
    public var device: UInt64
    public var inode: UInt64

    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// Reads the identity from attributes that `FileManager.attributesOfItem(atPath:)` returned.
    public init?(attributes: [FileAttributeKey: Any]) {
        guard let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value,
              let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        else { return nil }
        self.init(device: device, inode: inode)
    }

    public var description: String { "\(device):\(inode)" }
}

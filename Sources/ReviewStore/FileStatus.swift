#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct FileStatus: Hashable, Sendable {
    public enum Kind: Sendable { case regular, directory, fifo, other }
    public var kind: Kind
    public var size: Int
    public var mode: UInt32
    public var device: UInt64
    public var inode: UInt64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
    /// The inode's change time (ctime): moves on any write, chmod, chown or link, and cannot
    /// be set back by `touch -r` as the modification time can.
    public var changedSeconds: Int
    public var changedNanoseconds: Int
    public var owner: UInt32
    public var group: UInt32
    /// How many names (hard links) the file has.
    public var linkCount: Int

    public init(kind: Kind, size: Int, mode: UInt32, device: UInt64 = 0, inode: UInt64 = 0,
                modifiedSeconds: Int = 0, modifiedNanoseconds: Int = 0, changedSeconds: Int = 0, changedNanoseconds: Int = 0,
                owner: UInt32 = 0, group: UInt32 = 0, linkCount: Int = 1) {
        self.kind = kind
        self.size = size
        self.mode = mode
        self.device = device
        self.inode = inode
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedSeconds = changedSeconds
        self.changedNanoseconds = changedNanoseconds
        self.owner = owner
        self.group = group
        self.linkCount = linkCount
    }
}

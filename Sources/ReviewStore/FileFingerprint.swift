import ReviewModel

/// Identity of the file as loaded, to notice when someone else changed it on disk.
public struct FileFingerprint: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
    /// ctime: a same-size rewrite whose modification time is set back (`touch -r`) still moves it.
    public var changedSeconds: Int
    public var changedNanoseconds: Int

    public init(_ status: FileStatus) {
        device = status.device
        inode = status.inode
        size = status.size
        modifiedSeconds = status.modifiedSeconds
        modifiedNanoseconds = status.modifiedNanoseconds
        changedSeconds = status.changedSeconds
        changedNanoseconds = status.changedNanoseconds
    }
}

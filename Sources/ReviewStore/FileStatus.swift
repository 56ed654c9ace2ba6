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

    public init(kind: Kind, size: Int, mode: UInt32, device: UInt64 = 0, inode: UInt64 = 0,
                modifiedSeconds: Int = 0, modifiedNanoseconds: Int = 0) {
        self.kind = kind
        self.size = size
        self.mode = mode
        self.device = device
        self.inode = inode
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
    }
}

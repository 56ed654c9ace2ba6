import Foundation
import ReviewStore

/// An in-memory file system for tests, modelling what survives a crash: file contents are
/// durable only up to the last `sync` of the file, and names (creations, renames, removals)
/// only once their directory is synced. `crash()` throws away everything else, as a power cut
/// would; `crashAfter` makes every call that changes the disk fail after the Nth, so a crash
/// lands at a chosen step. Failures (a full disk, a read-only directory) are injected per call.
/// Locks are simulated: a holder can be made to "die", releasing its lock.
public final class FakeFileSystem: FileSystem, @unchecked Sendable {
    private final class Node {
        let inode: UInt64
        var current: [UInt8] = []
        var durable: [UInt8] = []
        var mode: UInt32 = 0o644
        var modified = 0
        init(inode: UInt64) { self.inode = inode }
    }

    private struct Open {
        var node: Node
        var path: String
    }

    public enum Operation: String, Sendable {
        case create, open, write, setMode, sync, close, rename, link, remove, syncDirectory
    }

    private let mutex = NSLock()
    private var names: [String: Node] = [:]
    private var durableNames: [String: Node] = [:]
    private var descriptors: [Int32: Open] = [:]
    private var nextDescriptor: Int32 = 100
    private var nextInode: UInt64 = 1
    private var clock = 0
    private var locks: [String: (holder: LockHolder, lock: FakeLock)] = [:]
    private var remainingBeforeCrash: Int?
    /// Set by `crashAfter` once the crash point is reached: everything after fails.
    public private(set) var hasCrashed = false
    /// Every call that changed the disk, in order (operation and path).
    public private(set) var log: [(Operation, String)] = []
    /// A failure to inject: given the operation and path, the errno to fail with, or nil.
    public var failure: (@Sendable (Operation, String) -> Int32?)?
    /// The holder written into the next lock taken.
    public var nextHolder = LockHolder(user: "tester", host: "test-host", pid: 4242, since: "2026-11-23T10:00:00Z")

    public init() {}

    // MARK: - Test controls

    /// Puts a file in place, durably (as if written long ago).
    public func install(_ bytes: [UInt8], at path: String, mode: UInt32 = 0o644) {
        mutex.lock()
        defer { mutex.unlock() }
        let node = newNode()
        node.current = bytes
        node.durable = bytes
        node.mode = mode
        names[path] = node
        durableNames[path] = node
    }

    /// The current contents of a file (what a reader sees now), or nil.
    public func contents(_ path: String) -> [UInt8]? {
        mutex.lock()
        defer { mutex.unlock() }
        return names[path]?.current
    }

    /// Replaces a file's contents in place (someone else's edit), durably.
    public func overwrite(_ path: String, with bytes: [UInt8]) {
        mutex.lock()
        defer { mutex.unlock() }
        let node = names[path] ?? newNode()
        node.current = bytes
        node.durable = bytes
        clock += 1
        node.modified = clock
        names[path] = node
        durableNames[path] = node
    }

    public var paths: [String] {
        mutex.lock()
        defer { mutex.unlock() }
        return names.keys.sorted()
    }

    /// After `count` more calls that change the disk, every further call fails (the process is gone).
    public func crashAfter(_ count: Int) {
        mutex.lock()
        defer { mutex.unlock() }
        remainingBeforeCrash = count
    }

    /// A power cut: only what was synced survives. Open files and locks are gone.
    public func crash() {
        mutex.lock()
        defer { mutex.unlock() }
        names = durableNames
        for node in names.values { node.current = node.durable }
        descriptors = [:]
        locks = [:]
        remainingBeforeCrash = nil
        hasCrashed = false
    }

    /// The session holding `reviewPath`'s lock dies: the lock is released, its file stays.
    public func killLockHolder(of reviewPath: String) {
        mutex.lock()
        defer { mutex.unlock() }
        locks[reviewPath]?.lock.isReleased = true
        locks[reviewPath] = nil
    }

    /// Takes the lock for someone else (another session, described by `holder`).
    public func holdLock(of reviewPath: String, as holder: LockHolder) -> any HeldLock {
        mutex.lock()
        defer { mutex.unlock() }
        let lock = FakeLock(holder: holder, fileSystem: self, reviewPath: reviewPath)
        locks[reviewPath] = (holder, lock)
        return lock
    }

    public final class FakeLock: HeldLock, @unchecked Sendable {
        public let holder: LockHolder
        fileprivate var isReleased = false
        private weak var fileSystem: FakeFileSystem?
        private let reviewPath: String

        fileprivate init(holder: LockHolder, fileSystem: FakeFileSystem, reviewPath: String) {
            self.holder = holder
            self.fileSystem = fileSystem
            self.reviewPath = reviewPath
        }

        public func release() {
            fileSystem?.releaseLock(reviewPath, self)
        }
    }

    fileprivate func releaseLock(_ reviewPath: String, _ lock: FakeLock) {
        mutex.lock()
        defer { mutex.unlock() }
        if locks[reviewPath]?.lock === lock { locks[reviewPath] = nil }
        lock.isReleased = true
    }

    public func isLocked(_ reviewPath: String) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        return locks[reviewPath] != nil
    }

    // MARK: - FileSystem

    private func newNode() -> Node {
        defer { nextInode += 1 }
        return Node(inode: nextInode)
    }

    /// Counts a call that changes the disk; throws when it must fail (injected, or after the crash point).
    private func change(_ operation: Operation, _ path: String) throws(FileSystemError) {
        if hasCrashed { throw FileSystemError(operation: operation.rawValue, path: path, code: EIO) }
        if let code = failure?(operation, path) { throw FileSystemError(operation: operation.rawValue, path: path, code: code) }
        if let remaining = remainingBeforeCrash {
            if remaining <= 0 {
                hasCrashed = true
                throw FileSystemError(operation: operation.rawValue, path: path, code: EIO)
            }
            remainingBeforeCrash = remaining - 1
        }
        log.append((operation, path))
    }

    public func status(_ path: String) throws(FileSystemError) -> FileStatus? {
        mutex.lock()
        defer { mutex.unlock() }
        guard let node = names[path] else { return nil }
        return FileStatus(kind: .regular, size: node.current.count, mode: node.mode, device: 1, inode: node.inode,
                          modifiedSeconds: node.modified, modifiedNanoseconds: 0)
    }

    public func resolveLinks(_ path: String) -> String { path }

    public func readAll(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        mutex.lock()
        defer { mutex.unlock() }
        guard let node = names[path] else { throw FileSystemError(operation: "open", path: path, code: ENOENT) }
        if node.current.count > limit { throw FileSystemError(operation: "read", path: path, code: EFBIG) }
        return node.current
    }

    public func createExclusive(_ path: String) throws(FileSystemError) -> Int32 {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.create, path)
        if names[path] != nil { throw FileSystemError(operation: "create", path: path, code: EEXIST) }
        let node = newNode()
        node.mode = 0o600
        names[path] = node
        return open(node, path)
    }

    public func openForAppending(_ path: String) throws(FileSystemError) -> Int32 {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.open, path)
        guard let node = names[path] else { throw FileSystemError(operation: "open", path: path, code: ENOENT) }
        return open(node, path)
    }

    private func open(_ node: Node, _ path: String) -> Int32 {
        defer { nextDescriptor += 1 }
        descriptors[nextDescriptor] = Open(node: node, path: path)
        return nextDescriptor
    }

    private func node(_ descriptor: Int32, _ path: String) throws(FileSystemError) -> Node {
        guard let open = descriptors[descriptor] else { throw FileSystemError(operation: "use", path: path, code: EBADF) }
        return open.node
    }

    public func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(FileSystemError) {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.write, path)
        let node = try node(descriptor, path)
        node.current += bytes
        clock += 1
        node.modified = clock
    }

    public func write(_ descriptor: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileSystemError) {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.write, path)
        let node = try node(descriptor, path)
        if node.current.count < offset + bytes.count { node.current += [UInt8](repeating: 0, count: offset + bytes.count - node.current.count) }
        node.current.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
        clock += 1
        node.modified = clock
    }

    public func readBack(_ descriptor: Int32, count: Int, at offset: Int, path: String) throws(FileSystemError) -> [UInt8] {
        mutex.lock()
        defer { mutex.unlock() }
        let contents = try node(descriptor, path).current
        guard offset < contents.count else { return [] }
        return Array(contents[offset..<min(contents.count, offset + count)])
    }

    public func setMode(_ descriptor: Int32, _ mode: UInt32, path: String) throws(FileSystemError) {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.setMode, path)
        try node(descriptor, path).mode = mode
    }

    public func sync(_ descriptor: Int32, path: String) throws(FileSystemError) {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.sync, path)
        let node = try node(descriptor, path)
        node.durable = node.current
    }

    public func close(_ descriptor: Int32, path: String) throws(FileSystemError) {
        mutex.lock()
        defer { mutex.unlock() }
        descriptors[descriptor] = nil
        try change(.close, path)
    }

    public func rename(_ from: String, to: String) throws(FileSystemError) {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.rename, to)
        guard let node = names[from] else { throw FileSystemError(operation: "replace", path: to, code: ENOENT) }
        names[to] = node
        names[from] = nil
    }

    public func link(_ existing: String, as newPath: String) throws(FileSystemError) {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.link, newPath)
        guard let node = names[existing] else { throw FileSystemError(operation: "link", path: newPath, code: ENOENT) }
        if names[newPath] != nil { throw FileSystemError(operation: "link", path: newPath, code: EEXIST) }
        names[newPath] = node
    }

    public func remove(_ path: String) {
        mutex.lock()
        defer { mutex.unlock() }
        guard (try? change(.remove, path)) != nil else { return }
        names[path] = nil
    }

    public func syncDirectory(_ path: String) throws(FileSystemError) {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.syncDirectory, path)
        let prefix = path == "/" ? "/" : path + "/"
        func inDirectory(_ name: String) -> Bool {
            guard name.hasPrefix(prefix) else { return path == "." && !name.contains("/") }
            return !name.dropFirst(prefix.count).contains("/")
        }
        for name in durableNames.keys where inDirectory(name) && names[name] == nil { durableNames[name] = nil }
        for (name, node) in names where inDirectory(name) { durableNames[name] = node }
    }

    public func setOwner(_ descriptor: Int32, owner: UInt32, group: UInt32, path: String) throws(FileSystemError) {
        mutex.lock()
        defer { mutex.unlock() }
        try change(.setMode, path)
    }

    public func entries(of directory: String) throws(FileSystemError) -> [String] {
        mutex.lock()
        defer { mutex.unlock() }
        let prefix = directory == "/" ? "/" : directory + "/"
        return names.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
            .map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    /// No process but this one runs in the fake world.
    public func processExists(_ pid: Int32) -> Bool { pid == getpid() }

    public var processOwner: (user: UInt32, group: UInt32) { (0, 0) }

    public func acquireLock(for reviewPath: String) -> LockOutcome {
        mutex.lock()
        defer { mutex.unlock() }
        if let held = locks[reviewPath] { return .heldByOther(held.holder) }
        let lock = FakeLock(holder: nextHolder, fileSystem: self, reviewPath: reviewPath)
        locks[reviewPath] = (nextHolder, lock)
        return .acquired(lock)
    }
}

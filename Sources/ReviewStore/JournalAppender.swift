import Foundation

/// Appends records to an edit journal and makes them durable.
///
/// `start` creates the journal whole (header and first record) in a temporary file and
/// renames it into place, so a journal on disk always has a header and its first record.
/// `append` writes a record at once (a kill of the process after `append` returns loses
/// nothing: the bytes are in the kernel), then makes it durable with `fsync`. With
/// `syncsInBackground`, the `fsync` runs on a thread of its own: the caller goes back to reading
/// keys, and records appended while an `fsync` runs are made durable together by the next one
/// (group commit). Without it, `append` returns once the record is durable.
public final class JournalAppender: @unchecked Sendable {
    public let path: String
    private let fileSystem: any FileSystem
    private let syncsInBackground: Bool
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var descriptor: Int32 = -1
    private var appended = 0
    private var synced = 0
    private var syncing = false
    private var syncFailure: FileSystemError?
    private var syncerRunning = false

    public init(path: String, fileSystem: any FileSystem, syncsInBackground: Bool) {
        self.path = path
        self.fileSystem = fileSystem
        self.syncsInBackground = syncsInBackground
    }

    deinit {
        condition.lock()
        let open = descriptor
        descriptor = -1
        condition.broadcast()
        condition.unlock()
        if open >= 0 { _ = try? fileSystem.close(open, path: path) }
    }

    /// True once `start` has made the journal and until `remove` or `close`.
    public var isOpen: Bool {
        condition.lock()
        defer { condition.unlock() }
        return descriptor >= 0
    }

    /// Replaces any journal at the path with one holding `bytes` (a header and a first record), durably.
    public func start(_ bytes: [UInt8]) throws(FileSystemError) {
        closeDescriptor()
        try DurableWriter(fileSystem: fileSystem).write(bytes, to: path, options: .privateSidecar)
        let opened = try fileSystem.openForAppending(path)
        condition.lock()
        descriptor = opened
        appended = 0
        synced = 0
        syncFailure = nil
        condition.unlock()
    }

    /// Writes a record; durable on return (foreground) or after the next `fsync` (background).
    /// A failure to write throws at once; a failed background `fsync` shows in `waitUntilDurable`
    /// and `pendingFailure`.
    public func append(_ bytes: [UInt8]) throws(FileSystemError) {
        condition.lock()
        let open = descriptor
        condition.unlock()
        guard open >= 0 else { throw FileSystemError(operation: "append to", path: path, code: EBADF) }
        try fileSystem.write(open, bytes, path: path)
        guard syncsInBackground else {
            try fileSystem.sync(open, path: path)
            return
        }
        condition.lock()
        appended += 1
        let syncerWaits = syncerRunning && !syncing
        if !syncerRunning {
            syncerRunning = true
            let thread = Thread { [self] in syncLoop() }
            thread.name = "journal fsync"
            thread.start()
        }
        condition.broadcast()
        condition.unlock()
        // Linux wakes the fsync thread on this thread's CPU, where it would wait until the
        // caller next blocks (after drawing the frame the edit changed) unless the scheduler
        // preempts the caller. Yielding lets it issue the fsync now; it then waits on the disk
        // and the caller carries on (docs/performance.md, "Durable edits").
        if syncerWaits { sched_yield() }
    }

    /// Blocks until every appended record is durable; returns the failure if an `fsync` failed.
    @discardableResult
    public func waitUntilDurable() -> FileSystemError? {
        condition.lock()
        defer { condition.unlock() }
        while descriptor >= 0 && synced < appended && syncFailure == nil { condition.wait() }
        return syncFailure
    }

    /// A background `fsync` that failed (the records since are not known to be durable).
    public var pendingFailure: FileSystemError? {
        condition.lock()
        defer { condition.unlock() }
        return syncFailure
    }

    /// Removes the journal durably (after a save, or when the user discards its edits).
    public func remove() {
        closeDescriptor()
        fileSystem.remove(path)
        try? fileSystem.syncDirectory(DurableWriter.directory(of: path))
    }

    /// Lets go of the journal, leaving it on disk (the session is over; its records stay).
    public func close() {
        _ = waitUntilDurable()
        closeDescriptor()
    }

    private func closeDescriptor() {
        condition.lock()
        while syncing { condition.wait() }
        let open = descriptor
        descriptor = -1
        appended = 0
        synced = 0
        condition.broadcast()
        condition.unlock()
        if open >= 0 { _ = try? fileSystem.close(open, path: path) }
    }

    private func syncLoop() {
        condition.lock()
        while true {
            while descriptor >= 0 && (synced >= appended || syncFailure != nil) { condition.wait() }
            // The journal was closed or removed: the thread ends (the next append starts another).
            guard descriptor >= 0 else {
                syncerRunning = false
                condition.unlock()
                return
            }
            let target = appended
            let open = descriptor
            syncing = true
            condition.unlock()
            var failure: FileSystemError?
            do { try fileSystem.sync(open, path: path) } catch { failure = error }
            condition.lock()
            syncing = false
            if descriptor == open {
                if let failure { syncFailure = failure } else { synced = max(synced, target) }
            }
            condition.broadcast()
        }
    }
}

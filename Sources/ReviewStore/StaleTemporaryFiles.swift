#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files a crashed save left beside a review: `.FILE.tmp-PID-N` (a save),
/// `.FILE.bak.tmp-PID-N` (its backup link) and `.FILE.recovery.tmp-PID-N` (a journal write),
/// each as large as the review. One whose PID names no running process is stale: no save
/// will ever finish it. Removed when the review is next opened by the session holding its lock.
public enum StaleTemporaryFiles {
    public struct Removed: Hashable, Sendable {
        public var names: [String]
        public var bytes: Int

        /// "Removed 2 temporary files (9.8 MB) left by a crashed save of review.json"
        public func notice(for reviewPath: String) -> String {
            let name = reviewPath.split(separator: "/").last.map(String.init) ?? reviewPath
            let files = names.count == 1 ? "1 temporary file" : "\(names.count) temporary files"
            return "Removed \(files) (\(Self.size(bytes))) left by a crashed save of \(name)"
        }

        static func size(_ bytes: Int) -> String {
            if bytes >= 1_048_576 { return "\(bytes / 1_048_576).\((bytes % 1_048_576) * 10 / 1_048_576) MB" }
            if bytes >= 1_024 { return "\(bytes / 1_024) KB" }
            return "\(bytes) bytes"
        }
    }

    /// Removes the stale temporary files of the review at `reviewPath` (beside the file its
    /// links resolve to); nil when there were none. Files of running processes (a save under
    /// way in another session) and files of other reviews are left alone.
    public static func remove(for reviewPath: String, fileSystem: any FileSystem = PosixFileSystem()) -> Removed? {
        let target = fileSystem.resolveLinks(reviewPath)
        let directory = DurableWriter.directory(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        guard let entries = try? fileSystem.entries(of: directory) else { return nil }
        var removed = Removed(names: [], bytes: 0)
        for entry in entries.sorted() {
            guard let pid = writerProcess(of: entry, reviewName: name), pid != getpid(), !fileSystem.processExists(pid) else { continue }
            let path = "\(directory)/\(entry)"
            let size = (try? fileSystem.status(path))?.size ?? 0
            fileSystem.remove(path)
            if (try? fileSystem.status(path)) == nil {
                removed.names.append(entry)
                removed.bytes += size
            }
        }
        return removed.names.isEmpty ? nil : removed
    }

    /// The PID in the name of a temporary file of the review named `reviewName`, or nil when
    /// the name is not one (`.NAME.tmp-PID-N`, `.NAME.bak.tmp-PID-N`, `.NAME.recovery.tmp-PID-N`).
    static func writerProcess(of entry: String, reviewName: String) -> Int32? {
        for infix in [".tmp-", ".bak.tmp-", ".recovery.tmp-"] {
            let prefix = "." + reviewName + infix
            guard entry.hasPrefix(prefix) else { continue }
            let parts = entry.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, UInt32(parts[1]) != nil else { return nil }
            return pid
        }
        return nil
    }
}

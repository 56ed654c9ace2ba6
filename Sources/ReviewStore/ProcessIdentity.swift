#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Who and where this process is, for lock files, recovery files and history entries.
public enum ProcessIdentity {
    /// getlogin_r, then $USER, then the password entry of the effective user.
    public static func loginName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        if getlogin_r(&buffer, buffer.count) == 0, let name = text(buffer), !name.isEmpty {
            return LockHolder.clean(name)
        }
        if let pointer = getenv("USER"), let name = String(validatingCString: pointer), !name.isEmpty {
            return LockHolder.clean(name)
        }
        return userName(uid: geteuid()) ?? "uid \(geteuid())"
    }

    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return LockHolder.clean(text(buffer) ?? "")
    }

    /// The UTF-8 text before the first NUL of a C buffer.
    private static func text(_ buffer: [CChar]) -> String? {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(validating: bytes, as: UTF8.self)
    }

    static func userName(uid: uid_t) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        // pw_name points into the buffer, so read it while the buffer is pinned.
        let name: String? = buffer.withUnsafeMutableBufferPointer { storage in
            guard let base = storage.baseAddress, getpwuid_r(uid, &entry, base, storage.count, &result) == 0, result != nil,
                  let name = entry.pw_name else { return nil }
            return String(validatingCString: name)
        }
        return name.map(LockHolder.clean)
    }
}

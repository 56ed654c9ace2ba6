#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Who holds (or held) a review open, as written in its lock file.
public struct LockHolder: Hashable, Sendable, CustomStringConvertible {
    /// Login name; the lock file's owner when the file does not say.
    public var user: String
    public var host: String
    public var pid: Int32?
    /// When the lock was taken, `YYYY-MM-DDTHH:MM:SSZ`.
    public var since: String
    /// False when the lock file belongs to another account and cannot be opened, so whether
    /// a live session holds it could not be checked (it may be left by a killed session).
    public var isConfirmed: Bool

    public init(user: String, host: String, pid: Int32?, since: String, isConfirmed: Bool = true) {
        self.user = user
        self.host = host
        self.pid = pid
        self.since = since
        self.isConfirmed = isConfirmed
    }

    /// The holder this process would write: login name, host name, pid and now.
    public static func current(at time: String = UTCTimestamp.now()) -> LockHolder {
        LockHolder(user: ProcessIdentity.loginName(), host: ProcessIdentity.hostName(), pid: getpid(), since: time)
    }

    /// "alice on ward-server (process 4242) since 2020-01-30T09:15:00Z"
    public var description: String {
        var text = user.isEmpty ? "another session" : user
        if !host.isEmpty { text += " on \(host)" }
        if let pid { text += " (process \(pid))" }
        if !since.isEmpty { text += " since \(since)" }
        if !isConfirmed { text += " (could not check whether that session is still running)" }
        return text
    }

    /// The lock file's text: one `key=value` a line.
    public var fileText: String {
        "merger-review lock\nuser=\(Self.clean(user))\nhost=\(Self.clean(host))\npid=\(pid.map(String.init) ?? "")\nsince=\(Self.clean(since))\n"
    }

    /// Reads what `fileText` writes; unknown or missing fields are left empty, never a failure.
    public static func parse(_ bytes: [UInt8]) -> LockHolder {
        var holder = LockHolder(user: "", host: "", pid: nil, since: "")
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let equals = line.firstIndex(of: "=") else { continue }
            let value = clean(String(line[line.index(after: equals)...]))
            switch line[..<equals] {
            case "user": holder.user = value
            case "host": holder.host = value
            case "pid": holder.pid = Int32(value).flatMap { $0 > 0 ? $0 : nil }
            case "since": holder.since = value
            default: continue
            }
        }
        return holder
    }

    /// No control characters (they could drive the terminal) and a sane length.
    public static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(200).map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0
        }))
    }
}

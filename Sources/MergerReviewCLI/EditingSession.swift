import ReviewApp
import ReviewModel
import ReviewStore

/// Connects the app to the store for one open file: durable saves, and (with the
/// durability layer) the lock and the recovery journal.
final class EditingSession: @unchecked Sendable {
    let path: String
    let user: String
    private(set) var readOnlyReason: String?
    private let store = ReviewStore()

    init(path: String, loaded: LoadedReview) {
        self.path = path
        self.user = currentUser()
    }

    var environment: AppEnvironment {
        let store = self.store
        return AppEnvironment(
            save: { review, path in
                do {
                    try store.save(review, to: path)
                    return nil
                } catch {
                    return "\(error)"
                }
            },
            now: utcTimestamp)
    }

    /// Hangup or termination: called from the loop (not a signal handler), before the terminal is restored.
    func emergencyStop() {}

    func finish(cleanly: Bool) {}
}

func currentUser() -> String {
    if let name = getenv("USER").map({ String(cString: $0) }), !name.isEmpty { return name }
    if let name = getlogin().map({ String(cString: $0) }) { return name }
    return "unknown"
}

#if canImport(Glibc)
import Glibc
#endif

/// "2026-11-23T10:04:05Z"
@Sendable func utcTimestamp() -> String {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    var buffer = [CChar](repeating: 0, count: 32)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

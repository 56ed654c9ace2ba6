import Foundation
import XCTest

/// Drives the real binary in tmux, as a person would: send-keys, capture-pane.
/// Each session has its own tmux server socket, so tests never disturb each other.
final class TmuxSession {
    let socket = "mr-\(UUID().uuidString.prefix(8))"
    let directory: String
    let statusFile: String
    let pidFile: String

    init(arguments: [String], width: Int = 80, height: Int = 24, directory: String? = nil,
         environment: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed") }
        self.directory = try directory ?? BinaryRunner.temporaryDirectory()
        statusFile = "\(self.directory)/.exit-status-\(socket)"
        pidFile = "\(self.directory)/.pid-\(socket)"
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = ([BinaryRunner.binary] + arguments).map(Self.quote).joined(separator: " ")
        // The shell records the app's pid and exit status, then stays so the pane can be read.
        let script = "cd \(Self.quote(self.directory)) && echo $$ > \(Self.quote(pidFile)) && env \(exports) \(command); "
            + "echo $? > \(Self.quote(statusFile)); exec sleep 600"
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "sh", "-c", script], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs tmux with posix_spawn and waitpid. Output goes to a file, never a pipe: the server
    /// that `new-session` starts would inherit a pipe and keep it open.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = "\(directory)/.tmux-out-\(UUID().uuidString.prefix(8))"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard capture else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    func screen() -> String { (try? tmux(["capture-pane", "-p"])) ?? "" }

    /// tmux key names ("Enter", "Escape", "C-s") or literal text.
    func send(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    /// Waits for a condition on the screen (no fixed sleeps), failing with the screen if it never holds.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
                 _ condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var current = screen()
        while true {
            if condition(current) {
                // A capture can catch a frame half drawn: the screen counts once two captures agree.
                usleep(50_000)
                let again = screen()
                if again == current || (Date() > deadline && condition(again)) { return again }
                current = again
                continue
            }
            if Date() > deadline {
                XCTFail("timed out waiting for \(description); screen:\n\(current)", file: file, line: line)
                return current
            }
            usleep(50_000)
            current = screen()
        }
    }

    /// Waits for a condition outside the screen (a file appearing), failing if it never holds.
    @discardableResult
    static func waitUntil(_ description: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
                          _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline {
                XCTFail("timed out waiting for \(description)", file: file, line: line)
                return false
            }
            usleep(20_000)
        }
        return true
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) -> String {
        waitFor("\"\(text)\"", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// The app's exit status once it has exited.
    func waitForExit(timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(50_000)
        }
        XCTFail("the app did not exit; screen:\n\(screen())", file: file, line: line)
        return nil
    }

    var alternateScreenOn: Bool {
        ((try? tmux(["display-message", "-p", "#{alternate_on}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// The pid of the app: the child of the recording shell.
    func appPid() -> pid_t? {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let shell = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }
}

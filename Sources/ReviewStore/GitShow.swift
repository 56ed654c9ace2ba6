import Foundation


/// Reads a file as it was at a git revision.
enum GitShow {
    struct Failure: Error {
        let message: String
    }

    /// The bytes of `path` (relative to the current directory) at `revision`.
    static func file(_ path: String, at revision: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory, "show", "\(revision):./\(url.lastPathComponent)"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw Failure(message: "cannot run git (\(error.localizedDescription)); is git installed?")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = errorText.split(whereSeparator: \.isNewline).first.map(String.init) ?? "git show failed"
            throw Failure(message: "cannot read \(path) at revision \(revision): \(reason)")
        }
        return [UInt8](data)
    }
}

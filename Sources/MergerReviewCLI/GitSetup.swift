import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore

/// `merger-review git-setup [PATTERN...]`: makes git merge and compare review files item by item.
struct GitSetup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make git merge and compare review files item by item (run it once in each clone).",
        discussion: """
            Registers the merge driver (merger-review merge %O %A %B -o %A) and the diff driver (the semantic \
            diff) in the repository's .git/config, and adds a line to .gitattributes naming the review files \
            (default: *.json); commit .gitattributes so everyone's clone uses them. \
            Exit status: 0 done, 2 not inside a git repository or git cannot be run.
            """)

    @Argument(help: "Which files are reviews, as .gitattributes patterns (default: *.json).")
    var patterns: [String] = []

    func run() throws {
        let program = GitSetup.programPath()
        let settings = [
            ("merge.merger-review.name", "merger-review: merge reviews item by item"),
            ("merge.merger-review.driver", "\(GitSetup.quoted(program)) merge %O %A %B -o %A"),
            ("diff.merger-review.command", "\(GitSetup.quoted(program)) git-diff-driver"),
        ]
        for (key, value) in settings {
            try GitSetup.git(["config", key, value])
        }
        let top = try GitSetup.git(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let attributesPath = "\(top)/.gitattributes"
        var attributes = (try? String(contentsOfFile: attributesPath, encoding: .utf8)) ?? ""
        var added: [String] = []
        for pattern in patterns.isEmpty ? ["*.json"] : patterns {
            let line = "\(pattern) merge=merger-review diff=merger-review"
            if attributes.split(separator: "\n").contains(where: { $0 == line }) { continue }
            if !attributes.isEmpty && !attributes.hasSuffix("\n") { attributes += "\n" }
            attributes += line + "\n"
            added.append(line)
        }
        do {
            try attributes.write(toFile: attributesPath, atomically: true, encoding: .utf8)
        } catch {
            printError("merger-review git-setup: cannot write \(attributesPath): \(error.localizedDescription)")
            throw ExitWithCode(code: 2)
        }
        printLine("git now merges and compares reviews with merger-review (merge and diff drivers in .git/config).")
        for line in added { printLine("Added to .gitattributes: \(line)") }
        printLine("Commit .gitattributes so that everyone's clone uses it; run merger-review git-setup once in each clone.")
    }

    /// This program's own path, so the drivers run this same merger-review.
    static func programPath() -> String {
        let argument = CommandLine.arguments.first ?? "merger-review"
        guard argument.contains("/") else { return argument }
        return URL(fileURLWithPath: argument).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func quoted(_ path: String) -> String {
        path.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" }) ? "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" : path
    }

    @discardableResult
    static func git(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            printError("merger-review git-setup: cannot run git (\(error.localizedDescription)); is git installed?")
            throw ExitWithCode(code: 2)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            printError("merger-review git-setup: git \(arguments.first ?? ""): \(errorText.trimmingCharacters(in: .whitespacesAndNewlines))")
            throw ExitWithCode(code: 2)
        }
        return String(decoding: data, as: UTF8.self)
    }
}

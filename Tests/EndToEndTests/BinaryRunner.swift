import Foundation
import XCTest

/// Runs the built merger-review binary and captures its output.
enum BinaryRunner {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: String {
        let candidates = Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("merger-review").path }
            + [Bundle.main.bundleURL.appendingPathComponent("merger-review").path,
               repository.appendingPathComponent(".build/debug/merger-review").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[candidates.count - 1]
    }

    static func fixture(_ name: String) -> String { repository.appendingPathComponent("Fixtures/\(name).json").path }

    /// A copy of a fixture in a new temporary directory, so the app's lock and recovery
    /// files never land in the repository.
    static func copyOfFixture(_ name: String) throws -> (directory: String, path: String) {
        let directory = try temporaryDirectory()
        let path = "\(directory)/\(name).json"
        try FileManager.default.copyItem(atPath: fixture(name), toPath: path)
        return (directory, path)
    }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ arguments: [String], in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                      errors: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("merger-review-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

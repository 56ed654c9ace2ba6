import Foundation

/// Locates the repository's Fixtures/ from this source file.
enum FixturePaths {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let names = ["lancashire-south-cumbria", "leicester-leicestershire-rutland", "north-west-london", "coventry-warwickshire"]

    static func path(_ name: String) -> String {
        repository.appendingPathComponent("Fixtures/\(name).json").path
    }

    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("merger-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

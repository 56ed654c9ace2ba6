// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "merger-review",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "merger-review", targets: ["MergerReviewCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The tests unzip the Word paper (.docx) with it; on Linux it builds against the system zlib
        // (zlib1g-dev) as its module CZlib, which the store's DocxArchive deflates the paper with.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Reads the CSV files `merger-review import` takes.
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        // 1. The review model: domain types, exact money and dates, computations, validation.
        .target(name: "ReviewModel"),
        // 2. The store: JSON load and save, schema versions, durability, locking.
        .target(name: "ReviewStore", dependencies: ["ReviewModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                   .product(name: "CSV", package: "CSV.swift")]),
        // 3. The terminal toolkit: cells, buffer, layout, widgets, keys. No curses here.
        .target(name: "TerminalToolkit"),
        // 4. The ncurses backend: the only target that imports the C module.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "NcursesBackend", dependencies: ["TerminalToolkit", "CNcursesw"]),
        // 5. The app: state, messages, update, views per pane, key map, undo.
        .target(name: "ReviewApp", dependencies: ["ReviewModel", "ReviewStore", "TerminalToolkit"]),
        // 6. The executable: argument parsing and wiring.
        .executableTarget(
            name: "MergerReviewCLI",
            dependencies: [
                "ReviewModel", "ReviewStore", "TerminalToolkit", "NcursesBackend", "ReviewApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The built-in example review, compiled into the binary (no bundle to lose).
            resources: [.embedInCode("BuiltInExample.json")]
        ),
        // A helper executable for the store's crash and lock tests (not shipped).
        .executableTarget(name: "CrashSaver", dependencies: ["ReviewModel", "ReviewStore"]),
        // Synthetic reviews of any size, for benchmarks and load tests (not shipped).
        .target(name: "ReviewGenerator", dependencies: ["ReviewModel"]),
        // Text snapshots, plain and with style runs, shared by the screen and board-paper tests (not shipped).
        .target(name: "SnapshotAssertions", dependencies: ["TerminalToolkit"], path: "Tests/SnapshotAssertions"),
        // An in-memory file system that models what a crash keeps, for the store's and the session's tests (not shipped).
        .target(name: "FakeFileSystem", dependencies: ["ReviewStore"], path: "Tests/FakeFileSystem"),
        // Reviews made in code from the fixtures, shared by the comparison, board-paper and since-marks tests (not shipped).
        .target(name: "ReviewTestData", dependencies: ["ReviewModel"], path: "Tests/ReviewTestData"),
        // An in-memory terminal with scripted keys, for session tests (not shipped).
        .target(name: "TerminalTestSupport", dependencies: ["TerminalToolkit"], path: "Tests/TerminalTestSupport"),
        // The benchmark runner and review generator: `swift run -c release MergerReviewBench` (not shipped, not in `swift test`).
        .executableTarget(
            name: "MergerReviewBench",
            dependencies: ["ReviewModel", "ReviewStore", "TerminalToolkit", "NcursesBackend", "ReviewApp", "ReviewGenerator", "TerminalTestSupport"]
        ),
        .testTarget(name: "ReviewModelTests", dependencies: ["ReviewModel", "ReviewGenerator"]),
        // The board paper over the fixtures: Markdown snapshots, CSV checks, report files.
        .testTarget(name: "BoardPaperTests", dependencies: ["ReviewModel", "ReviewStore", "SnapshotAssertions", "ReviewGenerator", "ReviewTestData",
                                                   .product(name: "ZIPFoundation", package: "ZIPFoundation")], exclude: ["Snapshots"]),
        .testTarget(name: "ReviewStoreTests", dependencies: ["ReviewModel", "ReviewStore", "ReviewGenerator", "FakeFileSystem", "ReviewTestData"],
                    exclude: ["VersionOne"], resources: [.copy("Malformed"), .copy("FuzzRegressions")]),
        .testTarget(name: "TerminalToolkitTests", dependencies: ["TerminalToolkit", "TerminalTestSupport"]),
        .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TerminalToolkit"]),
        .testTarget(name: "ReviewAppTests", dependencies: ["ReviewApp", "ReviewModel", "ReviewStore", "TerminalToolkit", "TerminalTestSupport", "ReviewGenerator", "SnapshotAssertions", "FakeFileSystem", "ReviewTestData"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ReviewModel", "ReviewStore", "MergerReviewCLI"]),
    ]
)

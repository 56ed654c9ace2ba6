import Foundation
import XCTest
import ReviewGenerator
import ReviewModel
@testable import ReviewStore

/// Loading reads values in place (`RawDocument`) instead of building a tree (`JSONTreeBuilder`): it must
/// accept and refuse exactly what the parser does, and see the same values on the same lines.
final class RawDocumentTests: XCTestCase {
    private func corpus() throws -> [(String, [UInt8])] {
        let malformed = FixturePaths.repository.appendingPathComponent("Tests/ReviewStoreTests/Malformed").path
        let names = try FileManager.default.contentsOfDirectory(atPath: malformed).sorted()
        var files = try names.map { ($0, Array(try Data(contentsOf: URL(fileURLWithPath: "\(malformed)/\($0)")))) }
        for name in FixturePaths.names {
            files.append((name, Array(try Data(contentsOf: URL(fileURLWithPath: FixturePaths.path(name))))))
        }
        return files
    }

    func testSyntaxCheckAgreesWithTheParserOnEveryCorpusFileAndEveryCutOfOne() throws {
        var cases = try corpus()
        let text = Array(#"{"a": [1, -2.5e3, "x\u00e9\n", {"b": null}], "c\"d": true, "e": {}, "f": []}"#.utf8)
        for end in 0...text.count { cases.append(("cut at \(end)", Array(text[..<end]))) }
        for (name, bytes) in cases {
            let parsed = Result { try JSONTreeBuilder.parse(bytes) }
            let checked = Result { try RawDocument(bytes) }
            switch (parsed, checked) {
            case (.success, .success): break
            case (.failure(let a), .failure(let b)): XCTAssertEqual("\(a)", "\(b)", name)
            default: XCTFail("\(name): the parser says \(parsed), the check says \(checked)")
            }
        }
    }

    func testValuesAndLinesAreTheParsersForEveryFixture() throws {
        let samples = [#"  {"k" :"v","k":[ [] ,{}, 0 ,"\u0041\"" ],"n":null,"t":true,"f":false}  "#,
                       "\u{FEFF}\n[\n1,\n\n{\"é\": \"ü\"}\r\n]", "\"top\"", "-0.0e+1"]
        var documents = try corpus().filter { (try? JSONTreeBuilder.parse($0.1)) != nil }
        documents += samples.map { ($0, Array($0.utf8)) }
        for (name, bytes) in documents {
            let tree = try JSONTreeBuilder.parse(bytes)
            let document = try RawDocument(bytes)
            XCTAssertTrue(same(tree, document.root, in: document), name)
        }
    }

    /// Text is scanned eight bytes at a time: quotes, escapes, control characters, non-ASCII
    /// and invalid bytes at every position of a word must be found as byte by byte.
    func testTextWithSpecialBytesAnywhereIsReadAsTheParserReadsIt() throws {
        var generator = SeededBytes(seed: 42)
        let pieces: [[UInt8]] = [Array("a".utf8), Array("bcdefgh".utf8), Array(" ".utf8), Array("\\\"".utf8), Array("\\n".utf8),
                                 Array("\\u00e9".utf8), Array("\\ud83d\\ude00".utf8), Array("é".utf8), Array("😀".utf8),
                                 [0x01], [0x1F], [0x7F], [0xFF], [0xC3], Array("\\".utf8), Array("\"".utf8), Array("\n        ".utf8)]
        var accepted = 0
        for _ in 0..<3_000 {
            var text: [UInt8] = []
            for _ in 0..<generator.next(below: 12) { text += pieces[generator.next(below: pieces.count)] }
            let padding = [UInt8](repeating: 0x20, count: generator.next(below: 9))
            let bytes = Array(#"{"k":"#.utf8) + padding + [0x22] + text + Array(#"", "list": [ "x", "#.utf8) + [0x22] + text.reversed()
                + Array("\"],\n   \"n\": 1}".utf8)
            let parsed = Result { try JSONTreeBuilder.parse(bytes) }
            let checked = Result { try RawDocument(bytes) }
            switch (parsed, checked) {
            case (.success(let tree), .success(let document)):
                accepted += 1
                XCTAssertTrue(same(tree, document.root, in: document), String(decoding: bytes, as: UTF8.self))
            case (.failure(let a), .failure(let b)): XCTAssertEqual("\(a)", "\(b)")
            default: XCTFail("\(String(decoding: bytes, as: UTF8.self)): the parser says \(parsed), the check says \(checked)")
            }
        }
        XCTAssertGreaterThan(accepted, 300)
    }

    /// A load gives back the memory of the list items it has read: those pages read as zeros
    /// afterwards, the bytes are changed in place (not copied), and the review is still whole.
    /// Only Linux gives pages back (`madvise`); elsewhere a load keeps its bytes.
    func testALoadReleasesWhatItHasReadInPlaceAndStillGetsEverything() throws {
        #if !os(Linux)
        throw XCTSkip("pages are given back on Linux only")
        #else
        let review = ReviewGenerator.generate(items: 5_000, seed: 11)
        let bytes = ReviewCodec.encode(review)
        let length = bytes.count
        let address = bytes.withUnsafeBufferPointer { $0.baseAddress }
        let document = try RawDocument(consume bytes, releasing: true)
        let (decoded, problems) = ReviewDecoder.decode(document)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(decoded, review)
        XCTAssertEqual(document.bytes.withUnsafeBufferPointer { $0.baseAddress }, address, "released in place, not copied")
        let zeros = document.bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        XCTAssertGreaterThan(zeros, length / 4, "the lists' memory went back (in steps of 256 KB) as they were read")

        // Bytes someone else holds are never changed.
        let shared = ReviewCodec.encode(review)
        let loaded = try ReviewCodec.decode(shared)
        XCTAssertEqual(loaded.review, review)
        XCTAssertFalse(shared.contains(0))
        #endif
    }

    private func same(_ node: JSONNode, _ raw: RawNode, in document: RawDocument) -> Bool {
        guard node.line == raw.line else { return false }
        switch (node.value, document.value(raw)) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)), (.string(let a), .string(let b)): return a == b
        case (.array(let items), .array):
            let rawItems = document.items(raw)
            return items.count == rawItems.count && zip(items, rawItems).allSatisfy { same($0, $1, in: document) }
        case (.object(let members), .object):
            let rawMembers = document.members(raw)
            return members.count == rawMembers.count
                && zip(members, rawMembers).allSatisfy { $0.key == $1.key && same($0.node, $1.node, in: document) }
        default: return false
        }
    }
}

/// Reproducible pseudo-random numbers (xorshift), for generated test input.
struct SeededBytes {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(below limit: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(limit))
    }
}

import Foundation
import XCTest
import ReviewGenerator
import ReviewModel
@testable import ReviewStore

/// Loading reads values in place (`RawDocument`) instead of building `JSONParser`'s tree: it must
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
            let parsed = Result { try JSONParser.parse(bytes) }
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
        var documents = try corpus().filter { (try? JSONParser.parse($0.1)) != nil }
        documents += samples.map { ($0, Array($0.utf8)) }
        for (name, bytes) in documents {
            let tree = try JSONParser.parse(bytes)
            let document = try RawDocument(bytes)
            XCTAssertTrue(same(tree, document.root, in: document), name)
        }
    }

    /// A load gives back the memory of the list items it has read: those pages read as zeros
    /// afterwards, the bytes are changed in place (not copied), and the review is still whole.
    func testALoadReleasesWhatItHasReadInPlaceAndStillGetsEverything() throws {
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

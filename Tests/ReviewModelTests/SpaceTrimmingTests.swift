import Foundation
import XCTest
import ReviewModel
import ReviewGenerator

/// `trimmingSpaces` trims what Foundation's `trimmingCharacters(in: .whitespaces)` trims.
final class SpaceTrimmingTests: XCTestCase {
    func testAgreesWithFoundationOnSeededRandomText() {
        let alphabet = [" ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{200B}", "a", "é", "e\u{0301}",
                        "\u{0301}", "🇬🇧", "£", "x y"]
        var random = SeededRandom(state: 5)
        var samples = ["", " ", "\t a b \t", " 2019-09 to 2019-11 ", "\u{00A0}Autumn 2019\u{3000}", " \n x \n "]
        for _ in 0..<2_000 {
            samples.append((0..<random.below(8)).map { _ in alphabet[random.below(alphabet.count)] }.joined())
        }
        for text in samples {
            XCTAssertEqual(text.trimmingSpaces, text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
            let inner = text.dropFirst()
            XCTAssertEqual(inner.trimmingSpaces, inner.trimmingCharacters(in: .whitespaces), "\(Array(inner.unicodeScalars))")
        }
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import ReviewModel
import ReviewStore
import ZIPFoundation

/// The Word paper, unzipped and read back: the Office Open XML essentials Word enforces
/// (content types, relationships, a styles part, well-formed parts, ids that resolve) and the
/// paper's figures in its text.
final class BoardPaperDocxTests: XCTestCase {
    private let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The parts of a .docx, unzipped with ZIPFoundation (not with the writer's own code).
    private func unzip(_ bytes: [UInt8]) throws -> [String: Data] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }

    private func docx(_ fixture: String) throws -> [String: Data] {
        let review = try ReportTestSupport.review(fixture)
        return try unzip(try DocxArchive.bytes(BoardPaper.docxParts(review, today: ReportTestSupport.today)))
    }

    private func xml(_ parts: [String: Data], _ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
        let data = try XCTUnwrap(parts[path], "missing part \(path)", file: file, line: line)
        return try XMLDocument(data: data)
    }

    private func values(_ document: XMLDocument, _ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }

    /// The text of the document: the w:t of each paragraph joined, paragraphs by newlines.
    private func text(_ document: XMLDocument) throws -> String {
        try document.nodes(forXPath: "//*[local-name()='p']").map { paragraph in
            try paragraph.nodes(forXPath: ".//*[local-name()='t']").map { $0.stringValue ?? "" }.joined()
        }.joined(separator: "\n")
    }

    func testContentTypesAndRelationshipsCoverEveryPart() throws {
        for fixture in ReportTestSupport.fixtures {
            let parts = try docx(fixture)
            let types = try xml(parts, "[Content_Types].xml")
            XCTAssertEqual(types.rootElement()?.uri, "http://schemas.openxmlformats.org/package/2006/content-types")
            let defaults = Dictionary(uniqueKeysWithValues: zip(
                try values(types, "//*[local-name()='Default']/@Extension"), try values(types, "//*[local-name()='Default']/@ContentType")))
            let overrides = Dictionary(uniqueKeysWithValues: zip(
                try values(types, "//*[local-name()='Override']/@PartName"), try values(types, "//*[local-name()='Override']/@ContentType")))
            XCTAssertEqual(overrides["/word/document.xml"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
            XCTAssertEqual(overrides["/word/styles.xml"], "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")
            XCTAssertEqual(defaults["rels"], "application/vnd.openxmlformats-package.relationships+xml")
            // Every part has a content type, and every override names a part that exists.
            for path in parts.keys where path != "[Content_Types].xml" {
                let fileExtension = String(path.split(separator: ".").last ?? "")
                XCTAssertTrue(overrides["/" + path] != nil || defaults[fileExtension] != nil, "\(fixture): no content type for \(path)")
            }
            for name in overrides.keys { XCTAssertNotNil(parts[String(name.dropFirst())], "\(fixture): override for missing \(name)") }

            // The package points at the document; the document's relationships all resolve.
            let packageRelationships = try xml(parts, "_rels/.rels")
            let officeDocument = try values(packageRelationships,
                "//*[local-name()='Relationship'][@Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument']/@Target")
            XCTAssertEqual(officeDocument, ["word/document.xml"])
            let relationships = try xml(parts, "word/_rels/document.xml.rels")
            let ids = try values(relationships, "//*[local-name()='Relationship']/@Id")
            let targets = try values(relationships, "//*[local-name()='Relationship']/@Target")
            XCTAssertEqual(Set(ids).count, ids.count, "\(fixture): relationship ids are unique")
            for target in targets { XCTAssertNotNil(parts["word/" + target], "\(fixture): relationship to missing \(target)") }
            XCTAssertTrue(targets.contains("styles.xml"))

            // Every id the document and its footers use is a relationship of the document.
            let document = try xml(parts, "word/document.xml")
            let used = try values(document, "//@*[local-name()='id' or local-name()='embed'][namespace-uri()='http://schemas.openxmlformats.org/officeDocument/2006/relationships']")
            XCTAssertFalse(used.isEmpty)
            for id in used { XCTAssertTrue(ids.contains(id), "\(fixture): \(id) is not a relationship") }
            // Every part that is XML is well formed.
            for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") || path.hasSuffix(".svg") {
                XCTAssertNoThrow(try XMLDocument(data: data), "\(fixture): \(path)")
            }
            // Every PNG is a PNG.
            for (path, data) in parts where path.hasSuffix(".png") {
                XCTAssertEqual(Array(data.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(fixture): \(path)")
            }
        }
    }

    func testHeadingsUseHeadingStylesAndEveryStyleIsDefined() throws {
        let parts = try docx("lancashire-south-cumbria")
        let document = try xml(parts, "word/document.xml")
        let styles = try xml(parts, "word/styles.xml")
        let defined = Set(try values(styles, "//*[local-name()='style']/@*[local-name()='styleId']"))
        let used = Set(try values(document, "//*[local-name()='pStyle' or local-name()='tblStyle']/@*[local-name()='val']"))
        XCTAssertTrue(used.isSubset(of: defined), "undefined styles: \(used.subtracting(defined))")
        for level in 1...3 {
            XCTAssertEqual(try values(styles, "//*[local-name()='style'][@*[local-name()='styleId']='Heading\(level)']/*[local-name()='pPr']/*[local-name()='outlineLvl']/@*[local-name()='val']"),
                           [String(level - 1)])
        }
        let headings = try document.nodes(forXPath: "//*[local-name()='p'][*[local-name()='pPr']/*[local-name()='pStyle'][@*[local-name()='val']='Heading2']]")
            .map { $0.stringValue ?? "" }
        XCTAssertEqual(headings, ["Summary", "Key figures", "Merger tests", "Timeline", "Options appraisal", "Budgets", "Decisions", "Open actions"])
    }

    /// Cells take their widths from the table's grid (a fixed layout), so every row has one cell
    /// per grid column.
    func testEveryTableHasAFixedGridWithACellPerColumnInEveryRow() throws {
        let document = try xml(try docx("coventry-warwickshire"), "word/document.xml")
        for table in try document.nodes(forXPath: "//*[local-name()='tbl']") {
            let columns = try table.nodes(forXPath: "./*[local-name()='tblGrid']/*[local-name()='gridCol']").count
            XCTAssertGreaterThan(columns, 0)
            XCTAssertEqual(try table.nodes(forXPath: "./*[local-name()='tblPr']/*[local-name()='tblLayout']").count, 1)
            for row in try table.nodes(forXPath: "./*[local-name()='tr']") {
                XCTAssertEqual(try row.nodes(forXPath: "./*[local-name()='tc']").count, columns)
            }
        }
    }

    func testSpacesAreKeptAsWrittenWhereTheyWouldOtherwiseBeLost() {
        for text in [" leading", "trailing ", "two  spaces", "a\ttab", " "] {
            XCTAssertTrue(DocxBody.needsPreservedSpace(text), text)
        }
        for text in ["", "one space between words", "£2,909.3m"] {
            XCTAssertFalse(DocxBody.needsPreservedSpace(text), text)
        }
    }

    func testTablesRepeatTheirHeaderRowAndRightAlignMoney() throws {
        let document = try xml(try docx("lancashire-south-cumbria"), "word/document.xml")
        let tables = try document.nodes(forXPath: "//*[local-name()='tbl']")
        XCTAssertGreaterThan(tables.count, 5)
        for table in tables {
            let rows = try table.nodes(forXPath: "./*[local-name()='tr']")
            XCTAssertEqual(try rows.first?.nodes(forXPath: "./*[local-name()='trPr']/*[local-name()='tblHeader']").count, 1)
            XCTAssertEqual(try rows.dropFirst().flatMap { try $0.nodes(forXPath: "./*[local-name()='trPr']/*[local-name()='tblHeader']") }.count, 0)
            XCTAssertEqual(try table.nodes(forXPath: "./*[local-name()='tr']/*[local-name()='trPr']/*[local-name()='cantSplit']").count, rows.count)
        }
        // The cell holding the organisations' total allocation is right-aligned.
        let cells = try document.nodes(forXPath: "//*[local-name()='tc'][.//*[local-name()='t']='£2,909.3m']")
        XCTAssertFalse(cells.isEmpty)
        for cell in cells {
            XCTAssertEqual(try values(cell as? XMLDocument ?? document, ".//*[local-name()='jc']/@*[local-name()='val']").isEmpty, false)
            XCTAssertEqual(try cell.nodes(forXPath: ".//*[local-name()='jc']").compactMap { ($0 as? XMLElement)?.attributes?.first?.stringValue }, ["right"])
        }
    }

    func testPortraitA4WithTheMatrixInALandscapeSectionAndAFooterOnEachPage() throws {
        let parts = try docx("lancashire-south-cumbria")
        let document = try xml(parts, "word/document.xml")
        let sizes = try document.nodes(forXPath: "//*[local-name()='sectPr']/*[local-name()='pgSz']").compactMap { $0 as? XMLElement }
            .map { element in Dictionary(uniqueKeysWithValues: (element.attributes ?? []).compactMap { attribute in
                attribute.localName.map { ($0, attribute.stringValue ?? "") } }) }
        XCTAssertEqual(sizes.map { $0["w"] ?? "" }, ["11906", "16838", "11906"])
        XCTAssertEqual(sizes.map { $0["orient"] ?? "portrait" }, ["portrait", "landscape", "portrait"])
        // The landscape section holds the matrix: its heading is the first paragraph after the first section break.
        let text = try self.text(document)
        XCTAssertTrue(text.contains("Appraisal matrix"))
        XCTAssertEqual(try document.nodes(forXPath: "//*[local-name()='body']/*").last?.localName, "sectPr")
        XCTAssertEqual(try document.nodes(forXPath: "//*[local-name()='sectPr']/*[local-name()='footerReference']").count, 3)
        for footer in ["word/footer1.xml", "word/footer2.xml"] {
            let footerXML = try xml(parts, footer)
            XCTAssertEqual(try values(footerXML, "//@*[local-name()='instr']"), [" PAGE ", " NUMPAGES "])
            XCTAssertTrue((footerXML.rootElement()?.stringValue ?? "").contains("Commissioning Reform in Lancashire and South Cumbria"))
        }
    }

    func testTheKeyFiguresAreInTheDocumentsText() throws {
        let lancashire = try text(try xml(try docx("lancashire-south-cumbria"), "word/document.xml"))
        XCTAssertTrue(lancashire.contains("£2,909.3m"))
        XCTAssertTrue(lancashire.contains("1,777,610"))
        let coventry = try text(try xml(try docx("coventry-warwickshire"), "word/document.xml"))
        XCTAssertTrue(coventry.contains("Cumulative surplus/deficit: -£15.0m (-1.2%)"))
        for fixture in ReportTestSupport.fixtures {
            let review = try ReportTestSupport.review(fixture)
            let text = try text(try xml(try docx(fixture), "word/document.xml"))
            for test in review.mergerTests { XCTAssertTrue(text.contains(test.title.replacingOccurrences(of: "\n", with: "")), "\(fixture): \(test.title)") }
            for recommendation in review.recommendations {
                XCTAssertTrue(text.contains(recommendation.text.replacingOccurrences(of: "\n", with: "")), "\(fixture): \(recommendation.id)")
            }
        }
    }

    func testChartsAreSVGPicturesWithAPNGFallbackAndTheirTextAlternative() throws {
        let review = try ReportTestSupport.review("coventry-warwickshire")
        let charts = BoardPaper.document(review, today: ReportTestSupport.today).blocks.charts
        let parts = try docx("coventry-warwickshire")
        let document = try xml(parts, "word/document.xml")
        let descriptions = try values(document, "//*[local-name()='docPr']/@descr")
        XCTAssertEqual(descriptions, charts.map { "\($0.title). \($0.textAlternative)" })
        XCTAssertEqual(try values(document, "//*[local-name()='svgBlip']/@*[local-name()='embed']").count, charts.count)
        for (index, chart) in charts.enumerated() {
            XCTAssertEqual(parts["word/media/chart\(index + 1).svg"].map { String(decoding: $0, as: UTF8.self) },
                           "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + chart.svg)
            let png = try XCTUnwrap(parts["word/media/chart\(index + 1).png"])
            // IHDR: the picture is the chart at twice its size.
            let header = Array(png[16..<24])
            XCTAssertEqual(header.prefix(4).reduce(0) { $0 << 8 | Int($1) }, chart.width * 2)
            XCTAssertEqual(header.suffix(4).reduce(0) { $0 << 8 | Int($1) }, chart.height * 2)
        }
    }

    /// Each chart's PNG, inflated by zlib (through ZIPFoundation) and unfiltered, holds the
    /// pixels the chart was painted with.
    func testEachPNGInflatesToTheChartsPixels() throws {
        let review = try ReportTestSupport.review("lancashire-south-cumbria")
        let charts = BoardPaper.document(review, today: ReportTestSupport.today).blocks.charts
        XCTAssertFalse(charts.isEmpty)
        for chart in charts {
            let raster = ChartRaster(chart)
            let png = ChartRaster.png(chart)
            var idat: [UInt8] = []
            var position = 8
            while position + 8 <= png.count {
                let length = png[position..<(position + 4)].reduce(0) { $0 << 8 | Int($1) }
                let type = String(decoding: png[(position + 4)..<(position + 8)], as: UTF8.self)
                if type == "IDAT" { idat += png[(position + 8)..<(position + 8 + length)] }
                position += 12 + length
            }
            XCTAssertEqual(Array(idat.prefix(2)), [0x78, 0x01], chart.title)
            let deflated = Data(idat[2..<(idat.count - 4)])
            var inflated = Data()
            _ = try Data.decompress(size: Int64(deflated.count), bufferSize: 64 * 1024, skipCRC32: true,
                                    provider: { offset, size in
                                        let start = min(Int(offset), deflated.count)
                                        return deflated.subdata(in: start..<min(start + size, deflated.count))
                                    },
                                    consumer: { inflated.append($0) })
            let stride = raster.width * 3
            XCTAssertEqual(inflated.count, (stride + 1) * raster.height, chart.title)
            // The zlib stream ends with the Adler-32 of what it holds.
            var a = 1, b = 0
            for byte in inflated {
                a = (a + Int(byte)) % 65_521
                b = (b + a) % 65_521
            }
            XCTAssertEqual(idat.suffix(4).reduce(0) { $0 << 8 | Int($1) }, b << 16 | a, "\(chart.title): Adler-32")
            var pixels = [UInt8](repeating: 0, count: stride * raster.height)
            let bytes = [UInt8](inflated)
            for row in 0..<raster.height {
                let filter = bytes[row * (stride + 1)]
                for index in 0..<stride {
                    let value = bytes[row * (stride + 1) + 1 + index]
                    let left = index >= 3 ? pixels[row * stride + index - 3] : 0
                    let above = row > 0 ? pixels[(row - 1) * stride + index] : 0
                    switch filter {
                    case 0: pixels[row * stride + index] = value
                    case 1: pixels[row * stride + index] = value &+ left
                    case 2: pixels[row * stride + index] = value &+ above
                    default: return XCTFail("\(chart.title): filter \(filter) on row \(row)")
                    }
                }
            }
            XCTAssertTrue(pixels == raster.pixels, "\(chart.title): the PNG's pixels are the chart's")
            XCTAssertLessThan(png.count, raster.pixels.count / 4, "\(chart.title): deflated, not stored")
        }
    }

    func testTheSamePaperGivesTheSameBytes() throws {
        let review = try ReportTestSupport.review("north-west-london")
        let first = try DocxArchive.bytes(BoardPaper.docxParts(review, today: ReportTestSupport.today))
        let second = try DocxArchive.bytes(BoardPaper.docxParts(review, today: ReportTestSupport.today))
        XCTAssertEqual(first, second)
    }
}

/// `word/document.xml`: the paper's blocks as WordprocessingML. Headings use the Heading
/// styles (so the navigation pane and a table of contents work), tables repeat their header
/// row on every page and never split a row, numbers are right-aligned, charts are pictures
/// (SVG with the PNG fallback Word requires) with their text alternative as the picture's
/// description and a caption, and the appraisal matrix is a landscape section between A4
/// portrait ones, each with the programme's name and the page number in its footer.
struct DocxBody {
    /// Twentieths of a point: A4 is 11906 x 16838, with 2 cm (1134) margins.
    static let pageShort = 11906
    static let pageLong = 16838
    static let margin = 1134
    static let portraitTextWidth = pageShort - 2 * margin
    static let landscapeTextWidth = pageLong - 2 * margin
    static let portraitFooter = "rIdFooterPortrait"
    static let landscapeFooter = "rIdFooterLandscape"

    private(set) var xml = ""
    private(set) var charts: [ReportChart] = []
    private(set) var title = ""
    private var majorSections = 0
    private var textWidth = portraitTextWidth

    init(_ document: PaperDocument) {
        title = document.programmeName
        xml.reserveCapacity(128 * 1024)
        xml += DocxPackage.declaration
        xml += "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        xml += "xmlns:r=\"\(DocxPackage.officeRelationships)\" "
        xml += "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        xml += "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        xml += "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>"
        write(document.blocks)
        xml += Self.sectionProperties(landscape: false) + "</w:body></w:document>"
    }

    private mutating func write(_ blocks: [PaperBlock]) {
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                if level == 1 && title == "" { title = text }
                var properties = "<w:pStyle w:val=\"Heading\(min(max(level, 1), 3))\"/>"
                if level == 2 {
                    majorSections += 1
                    if majorSections > 1 { properties += "<w:pageBreakBefore/>" }
                }
                paragraph(text, properties: properties)
            case .paragraph(let text):
                paragraph(text, properties: "")
            case .list(let items):
                for item in items {
                    paragraph(item.text, properties: Self.listProperties(level: 0))
                    for child in item.children { paragraph(child, properties: Self.listProperties(level: 1)) }
                }
            case .table(let table):
                self.table(table)
            case .chart(let chart):
                picture(chart)
            case .landscape(let inner):
                // A section ends with the paragraph that holds its properties: the portrait
                // pages so far, then the landscape pages of the inner blocks.
                xml += "<w:p><w:pPr>" + Self.sectionProperties(landscape: false) + "</w:pPr></w:p>"
                textWidth = Self.landscapeTextWidth
                write(inner)
                xml += "<w:p><w:pPr>" + Self.sectionProperties(landscape: true) + "</w:pPr></w:p>"
                textWidth = Self.portraitTextWidth
            case .pageBreak:
                xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            }
        }
    }

    static func listProperties(level: Int) -> String {
        "<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr>"
    }

    static func sectionProperties(landscape: Bool) -> String {
        let size = landscape
            ? "<w:pgSz w:w=\"\(pageLong)\" w:h=\"\(pageShort)\" w:orient=\"landscape\"/>"
            : "<w:pgSz w:w=\"\(pageShort)\" w:h=\"\(pageLong)\"/>"
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(landscape ? landscapeFooter : portraitFooter)\"/>"
            + size
            + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "</w:sectPr>"
    }

    /// A paragraph with the given properties (already in schema order) and the text as runs.
    private mutating func paragraph(_ text: String, properties: String, runProperties: String = "") {
        xml += "<w:p>"
        if !properties.isEmpty { xml += "<w:pPr>" + properties + "</w:pPr>" }
        runs(text, runProperties: runProperties)
        xml += "</w:p>"
    }

    /// Text as runs: a line break in the text is a `<w:br/>`.
    private mutating func runs(_ text: String, runProperties: String) {
        guard !text.isEmpty else { return }
        xml += "<w:r>"
        if !runProperties.isEmpty { xml += "<w:rPr>" + runProperties + "</w:rPr>" }
        lines(text)
        xml += "</w:r>"
    }

    /// A run's text: each line a `<w:t>`, a `<w:br/>` between them.
    private mutating func lines(_ text: String) {
        // Most text is one line: written as it is after one pass over its bytes.
        if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            textElement(text)
            return
        }
        var first = true
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreak) {
            if !first { xml += "<w:br/>" }
            first = false
            if !line.isEmpty { textElement(String(line)) }
        }
    }

    /// One `<w:t>`: it keeps its spaces as written only when told to (`xml:space="preserve"`),
    /// which a text needs only when it starts or ends with a space or holds two together or a tab.
    private mutating func textElement(_ text: String) {
        xml += Self.needsPreservedSpace(text) ? "<w:t xml:space=\"preserve\">" : "<w:t>"
        xml += XMLText.escape(text)
        xml += "</w:t>"
    }

    static func needsPreservedSpace(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            if byte == 0x09 { return true }
            if byte == 0x20 {
                if previousWasSpace { return true }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return previousWasSpace && !text.isEmpty
    }

    /// Column widths: each column gets at least room for its longest word (so "In progress"
    /// never breaks inside a word), then the rest of the text width in proportion to how much
    /// more its longest cells need. Measured on a sample of the rows.
    private func columnWidths(_ table: ReportTable, _ indices: [Int]) -> [Int] {
        let sample = Array(table.rows.prefix(200)) + table.footer
        var minimums: [Int] = []
        var wishes: [Int] = []
        for index in indices {
            var longestWord = 0
            var longestCell = 0
            // The header is bold, so its words are counted a letter longer.
            let title = table.columns[index].title
            longestWord = title.split(separator: " ").map { $0.count + 1 }.max() ?? 0
            let texts = [title] + sample.compactMap { $0.indices.contains(index) ? $0[index].display : nil }
            for text in texts {
                if let (cell, word) = Self.asciiLengths(text) {
                    longestCell = max(longestCell, cell)
                    longestWord = max(longestWord, word)
                    continue
                }
                for line in text.split(whereSeparator: \.isLineBreak) {
                    longestCell = max(longestCell, line.count)
                    for word in line.split(separator: " ") { longestWord = max(longestWord, word.count) }
                }
            }
            let minimum = min(max(longestWord, 3), 16) + 1
            minimums.append(minimum)
            wishes.append(max(min(longestCell, 60) + 1 - minimum, 0))
        }
        // About 95 twips per character of 8.5 pt text, plus the cell's margins.
        let perCharacter = 95
        let padding = 216
        let base = zip(minimums, indices).map { minimum, _ in minimum * perCharacter + padding }
        let spare = textWidth - base.reduce(0, +)
        let wishTotal = wishes.reduce(0, +)
        guard spare > 0 else {
            let total = max(base.reduce(0, +), 1)
            return base.map { textWidth * $0 / total }
        }
        return zip(base, wishes).map { width, wish in width + (wishTotal == 0 ? spare / base.count : spare * wish / wishTotal) }
    }

    /// One line of ASCII text: its length and its longest word's, counted on its bytes (a
    /// character is a byte); nil for any other text.
    static func asciiLengths(_ text: String) -> (cell: Int, word: Int)? {
        var length = 0, word = 0, longestWord = 0
        for byte in text.utf8 {
            guard byte < 0x80, byte != 0x0A, byte != 0x0D else { return nil }
            length += 1
            if byte == 0x20 { word = 0 } else {
                word += 1
                longestWord = max(longestWord, word)
            }
        }
        return (length, longestWord)
    }

    private mutating func table(_ table: ReportTable) {
        let indices = table.columnIndices(for: .markdown)
        guard !indices.isEmpty else { return }
        let widths = columnWidths(table, indices)
        // What every body cell of a column opens with, up to its text, worked out once a table.
        let bodyCellOpenings = indices.map { index in
            Self.cellOpening(numeric: table.columns[index].isNumeric, shade: nil)
        }
        xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"PaperTable\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        xml += "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        for width in widths { xml += "<w:gridCol w:w=\"\(width)\"/>" }
        xml += "</w:tblGrid>"
        // The header row repeats at the top of every page; no row is split across pages.
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for index in indices {
            cell(table.columns[index].title, numeric: table.columns[index].isNumeric, bold: true, shade: "DCE6F0")
        }
        xml += "</w:tr>"
        for values in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (position, index) in indices.enumerated() {
                // As `cell(bold: false, shade: nil)` writes it.
                xml += bodyCellOpenings[position]
                let text = values.indices.contains(index) ? values[index].display : ""
                if !text.isEmpty {
                    xml += "<w:r>"
                    lines(text)
                    xml += "</w:r>"
                }
                xml += "</w:p></w:tc>"
            }
            xml += "</w:tr>"
        }
        for values in table.footer {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for index in indices {
                cell(values.indices.contains(index) ? values[index].display : "",
                     numeric: table.columns[index].isNumeric, bold: true, shade: "F2F2F2")
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        // A paragraph after each table keeps two tables from merging into one.
        xml += "<w:p><w:pPr><w:pStyle w:val=\"TableGap\"/></w:pPr></w:p>"
    }

    /// A cell up to its paragraph's runs, as `cell` writes it. A cell states no width of its own:
    /// the table's grid gives it (the layout is fixed).
    static func cellOpening(numeric: Bool, shade: String?) -> String {
        var out = "<w:tc>"
        if let shade { out += "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(shade)\"/></w:tcPr>" }
        out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>" + (numeric ? "<w:jc w:val=\"right\"/>" : "") + "</w:pPr>"
        return out
    }

    private mutating func cell(_ text: String, numeric: Bool, bold: Bool, shade: String?) {
        xml += "<w:tc>"
        if let shade { xml += "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(shade)\"/></w:tcPr>" }
        paragraph(text, properties: "<w:pStyle w:val=\"TableText\"/>" + (numeric ? "<w:jc w:val=\"right\"/>" : ""),
                  runProperties: bold ? "<w:b/>" : "")
        xml += "</w:tc>"
    }

    /// English Metric Units per twentieth of a point, and per CSS pixel.
    static let emuPerTwip = 635
    static let emuPerPixel = 9525

    private mutating func picture(_ chart: ReportChart) {
        charts.append(chart)
        let number = charts.count
        let fullWidth = chart.width * Self.emuPerPixel
        let maximum = textWidth * Self.emuPerTwip
        let width = min(fullWidth, maximum)
        let height = Int((Double(chart.height) * Double(Self.emuPerPixel) * Double(width) / Double(fullWidth)).rounded())
        let description = XMLText.escape(chart.title + ". " + chart.textAlternative)
        let name = XMLText.escape(chart.title)
        xml += "<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r><w:drawing>"
        xml += "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(width)\" cy=\"\(height)\"/>"
        xml += "<wp:docPr id=\"\(number)\" name=\"Chart \(number)\" descr=\"\(description)\"/>"
        xml += "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        xml += "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
        xml += "<pic:nvPicPr><pic:cNvPr id=\"\(number)\" name=\"chart\(number).svg\" descr=\"\(description)\" title=\"\(name)\"/><pic:cNvPicPr/></pic:nvPicPr>"
        xml += "<pic:blipFill><a:blip r:embed=\"rIdPng\(number)\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
        xml += "<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"rIdSvg\(number)\"/>"
        xml += "</a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        xml += "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm>"
        xml += "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
        xml += "</wp:inline></w:drawing></w:r></w:p>"
        paragraph("Figure \(number): \(chart.title)", properties: "<w:pStyle w:val=\"Caption\"/>")
    }
}

/// GitHub-flavoured Markdown for the board paper: escaping of the review's own text, and tables.
public enum MarkdownText {
    /// Characters that would otherwise start emphasis, code, links, HTML or a table cell.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|"]

    /// The review's text as literal inline Markdown on one line: special characters are
    /// backslash-escaped and line breaks become `<br>`.
    public static func inline(_ text: String) -> String {
        // Most text needs nothing escaped: return it as it is after one pass over its bytes.
        let needsWork = text.utf8.contains { byte in
            switch byte {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x0A, 0x0D: return true
            default: return false
            }
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            // "\r\n" is a single Character in Swift; a lone "\r" or "\n" is a line break too.
            if character.isLineBreak {
                out += "<br>"
                continue
            }
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A heading's text: escaped, on one line.
    public static func headingText(_ text: String) -> String {
        inline(text.replacingLineBreaks(with: " "))
    }

    /// The whole paper: each block ends with a newline, and a blank line separates blocks.
    /// Charts are left out: the tables beside them carry the same figures.
    public static func document(_ document: PaperDocument) -> String {
        blocks(document.blocks).joined(separator: "\n")
    }

    private static func blocks(_ blocks: [PaperBlock]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            switch block {
            case .heading(let text, let level): out.append(String(repeating: "#", count: level) + " " + headingText(text) + "\n")
            case .paragraph(let text): out.append(inline(text) + "\n")
            case .list(let items):
                var text = ""
                for item in items {
                    text += "- " + inline(item.text) + "\n"
                    for child in item.children { text += "  - " + inline(child) + "\n" }
                }
                out.append(text)
            case .table(let table): out.append(self.table(table))
            case .landscape(let inner): out += self.blocks(inner)
            case .chart, .pageBreak: continue
            }
        }
        return out
    }

    /// A table: header row, `| --- |` separator (`---:` for numeric columns), one row per item,
    /// then the footer rows (totals) with their labels in bold. Every cell is escaped.
    public static func table(_ table: ReportTable) -> String {
        let indices = table.columnIndices(for: .markdown)
        var out = ""
        out.reserveCapacity((table.rows.count + table.footer.count + 2) * (indices.count * 16 + 4))
        func row(_ cell: (_ position: Int, _ index: Int) -> String) {
            out += "| "
            for (position, index) in indices.enumerated() {
                if position > 0 { out += " | " }
                out += cell(position, index)
            }
            out += " |\n"
        }
        row { _, index in inline(table.columns[index].title) }
        row { _, index in table.columns[index].isNumeric ? "---:" : "---" }
        for values in table.rows {
            row { _, index in values.indices.contains(index) ? inline(values[index].display) : "" }
        }
        for values in table.footer {
            row { position, index in
                let text = values.indices.contains(index) ? inline(values[index].display) : ""
                return position == 0 && !text.isEmpty ? "**\(text)**" : text
            }
        }
        return out
    }
}

extension String {
    /// Every line break ("\r\n", "\r" or "\n") replaced.
    func replacingLineBreaks(with replacement: String) -> String {
        var out = ""
        for character in self {
            if character.isLineBreak { out += replacement } else { out.append(character) }
        }
        return out
    }
}

extension Character {
    /// "\r\n", "\r" or "\n" (other Unicode separators are left as they are).
    var isLineBreak: Bool { self == "\r\n" || self == "\n" || self == "\r" }
}

/// The board paper as one self-contained HTML file: inline CSS and inline SVG charts, no
/// script, nothing fetched. On screen it reads as a page; printed (or saved as PDF) it is A4
/// portrait with each major section on a new page, table header rows repeated on every page,
/// no table row split across pages, the appraisal matrix on landscape pages, and the
/// programme's name and the page number at the foot of each page.
public enum HTMLText {
    public static func document(_ document: PaperDocument) -> String {
        var out = ""
        out.reserveCapacity(64 * 1024)
        let title = document.blocks.lazy.compactMap { block -> String? in
            if case .heading(let text, level: 1) = block { return text } else { return nil }
        }.first ?? document.programmeName
        out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(text(title))</title>\n<style>\n"
        out += style(footer: document.programmeName)
        out += "</style>\n</head>\n<body>\n<main>\n"
        var majorSections = 0
        write(document.blocks, into: &out, majorSections: &majorSections)
        out += "</main>\n<footer class=\"running\">\(text(document.programmeName))</footer>\n</body>\n</html>\n"
        return out
    }

    private static func write(_ blocks: [PaperBlock], into out: inout String, majorSections: inout Int) {
        for block in blocks {
            switch block {
            case .heading(let content, let level):
                let tag = "h\(min(max(level, 1), 6))"
                if level == 2 {
                    majorSections += 1
                    out += majorSections == 1 ? "<\(tag)>" : "<\(tag) class=\"new-page\">"
                } else {
                    out += "<\(tag)>"
                }
                out += text(content) + "</\(tag)>\n"
            case .paragraph(let content):
                out += "<p>" + text(content) + "</p>\n"
            case .list(let items):
                out += "<ul>\n"
                for item in items {
                    out += "<li>" + text(item.text)
                    if !item.children.isEmpty {
                        out += "\n<ul>\n"
                        for child in item.children { out += "<li>" + text(child) + "</li>\n" }
                        out += "</ul>\n"
                    }
                    out += "</li>\n"
                }
                out += "</ul>\n"
            case .table(let table):
                self.table(table, into: &out)
            case .chart(let chart):
                out += "<figure class=\"chart\">\n" + chart.svg + "\n<figcaption>" + text(chart.title)
                out += "<details><summary>The chart as text</summary><ul>"
                for line in chart.lines { out += "<li>" + text(line) + "</li>" }
                out += "</ul></details></figcaption>\n</figure>\n"
            case .landscape(let inner):
                out += "<section class=\"landscape\">\n"
                write(inner, into: &out, majorSections: &majorSections)
                out += "</section>\n"
            case .pageBreak:
                out += "<div class=\"page-break\"></div>\n"
            }
        }
    }

    /// A table: a header row that repeats on every printed page, numeric cells right-aligned,
    /// footer rows (totals) headed by their label.
    static func table(_ table: ReportTable, into out: inout String) {
        let indices = table.columnIndices(for: .markdown)
        out += "<div class=\"table\"><table>\n<thead><tr>"
        for index in indices {
            out += table.columns[index].isNumeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            out += text(table.columns[index].title) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for values in table.rows {
            out += "<tr>"
            for index in indices {
                out += table.columns[index].isNumeric ? "<td class=\"num\">" : "<td>"
                if values.indices.contains(index) { out += text(values[index].display) }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        for values in table.footer {
            out += "<tr class=\"total\">"
            for (position, index) in indices.enumerated() {
                let numeric = table.columns[index].isNumeric
                let tag = position == 0 ? "th" : "td"
                out += "<\(tag)\(position == 0 ? " scope=\"row\"" : "")\(numeric ? " class=\"num\"" : "")>"
                if values.indices.contains(index) { out += text(values[index].display) }
                out += "</\(tag)>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
    }

    /// The review's text escaped for HTML, line breaks as `<br>`.
    public static func text(_ content: String) -> String {
        let escaped = XMLText.escape(content)
        guard escaped.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return escaped }
        return escaped.replacingLineBreaks(with: "<br>")
    }

    private static func style(footer: String) -> String {
        let footerText = cssString(footer)
        return """
        :root { color: #1b1b1b; background: #fff; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; margin: 0; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.8em; margin: 0 0 .5em; }
        h2 { font-size: 1.4em; margin: 1.6em 0 .5em; border-bottom: 2px solid #0072B2; padding-bottom: .15em; }
        h3 { font-size: 1.15em; margin: 1.2em 0 .4em; }
        h2, h3 { break-after: avoid; }
        .table { overflow-x: auto; margin: .5em 0 1em; }
        table { border-collapse: collapse; width: 100%; font-size: .9em; }
        th, td { border: 1px solid #999; padding: .25em .45em; text-align: left; vertical-align: top; }
        thead th { background: #e8eef4; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: bold; background: #f3f3f3; }
        figure.chart { margin: .8em 0 1.2em; break-inside: avoid; }
        figure.chart svg { max-width: 100%; height: auto; }
        figcaption { font-size: .9em; color: #333; }
        details summary { color: #0072B2; }
        .running { display: none; }
        @media screen and (min-width: 70rem) { body { font-size: 12pt; } }
        @page { size: A4 portrait; margin: 18mm 15mm 20mm;
          @bottom-left { content: "\(footerText)"; font-size: 8pt; }
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
        @page matrix { size: A4 landscape; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h2.new-page, .page-break { break-before: page; }
          .landscape { page: matrix; break-before: page; }
          thead { display: table-header-group; }
          tr, figure.chart, li { break-inside: avoid; }
          .table { overflow: visible; }
          details > ul { display: none; }
          a { color: inherit; text-decoration: none; }
        }

        """
    }

    /// Text inside a CSS string literal.
    private static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingLineBreaks(with: " ").unicodeScalars {
            switch scalar {
            case "\"", "\\": out += "\\" + String(scalar)
            case "<": out += "\\3C "
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

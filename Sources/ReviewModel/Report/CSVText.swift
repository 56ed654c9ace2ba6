/// CSV as RFC 4180 describes it: records end with CRLF (including the last), every record
/// has the header's number of fields, and a field containing a comma, a double quote, CR
/// or LF (or a space at either end) is enclosed in double quotes with its quotes doubled.
/// Line breaks inside a field are written as CRLF too, so the file has one line-ending
/// convention throughout. Text is UTF-8 without a byte-order mark.
public enum CSVText {
    public static let recordSeparator = "\r\n"

    /// The table's CSV columns: the header row, then one record per row (no totals).
    public static func table(_ table: ReportTable) -> String {
        let indices = table.columnIndices(for: .csv)
        var out = record(indices.map { table.columns[$0].csvName })
        out.reserveCapacity(table.rows.count * indices.count * 12)
        for values in table.rows {
            var first = true
            for index in indices {
                if !first { out += "," }
                first = false
                if values.indices.contains(index) { out += field(values[index].plain) }
            }
            out += recordSeparator
        }
        return out
    }

    /// One record, terminated by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + recordSeparator
    }

    /// One field, quoted only when it has to be.
    public static func field(_ text: String) -> String {
        // Most fields (ids, numbers, words) need nothing: one pass over the bytes tells.
        let plain = !text.utf8.contains { $0 == 0x22 || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }
        if plain && text.utf8.first != 0x20 && text.utf8.last != 0x20 { return text }
        var needsQuotes = false
        var body = ""
        body.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\"":
                needsQuotes = true
                body += "\"\""
            case ",":
                needsQuotes = true
                body.append(character)
            case _ where character.isLineBreak:
                needsQuotes = true
                body += recordSeparator
            default:
                body.append(character)
            }
        }
        // Spaces at either end are data: quoted, so no reader trims them.
        if text.first == " " || text.last == " " { needsQuotes = true }
        return needsQuotes ? "\"\(body)\"" : body
    }
}

/// A comparison written for a person: plain text for a terminal, Markdown for a paper.
/// Equal reviews give no text at all.
public enum ComparisonText {
    public static func plain(_ comparison: ReviewComparison, old: String, new: String) -> String {
        if let programmes = comparison.differentProgrammes {
            return "\(old) and \(new) are reviews of different programmes (\"\(programmes.old)\" and \"\(programmes.new)\"); "
                + "diff compares two versions of one review, so nothing is listed item by item.\n"
        }
        var text = ""
        for change in comparison.changes {
            text += "\(verb(change.kind)) \(change.what) \"\(change.name)\"\n"
            for field in change.fields {
                text += "    \(capitalised(field.label)): \(oneLine(field.old)) -> \(oneLine(field.new))\n"
            }
        }
        return text
    }

    public static func markdown(_ comparison: ReviewComparison, old: String, new: String) -> String {
        if comparison.isEmpty { return "" }
        var text = "## Changes from \(MarkdownText.inline(old)) to \(MarkdownText.inline(new))\n\n"
        if let programmes = comparison.differentProgrammes {
            return text + "These are reviews of different programmes (\(MarkdownText.inline(programmes.old)) and "
                + "\(MarkdownText.inline(programmes.new))), so nothing is compared item by item.\n"
        }
        for change in comparison.changes {
            text += "- \(verb(change.kind)) \(change.what) **\(MarkdownText.inline(change.name))**"
            if !change.fields.isEmpty {
                text += ": " + change.fields.map {
                    "\(MarkdownText.inline($0.label)) \(MarkdownText.inline($0.old)) → \(MarkdownText.inline($0.new))"
                }.joined(separator: "; ")
            }
            text += "\n"
        }
        return text
    }

    static func verb(_ kind: ItemChange.Kind) -> String {
        switch kind {
        case .added: return "Added"
        case .removed: return "Removed"
        case .moved: return "Moved"
        case .changed: return "Changed"
        }
    }

    /// A value on one line: a paragraph break shows as "¶".
    public static func oneLine(_ text: String) -> String { text.replacingLineBreaks(with: " ¶ ") }

    public static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

import ReviewModel

/// How a field is typed in.
public enum FieldKind: Sendable {
    case text
    /// Long text in a text area: Enter starts a new line, Tab goes on to the next field.
    case notes
    /// Space cycles, the first letter picks.
    case choice([String])
    /// Links to other items, picked by name from a filterable list; the field's text is the
    /// ids picked, separated by commas.
    case link(LinkChoices)
    case value
}

extension FieldKind {
    var isNotes: Bool { if case .notes = self { return true }; return false }
    /// Text, a value or notes: typed characters go into the field's text.
    var isTyped: Bool {
        switch self {
        case .text, .notes, .value: return true
        case .choice, .link: return false
        }
    }
}

import ReviewModel

/// How a field is typed in.
public enum FieldKind: Sendable {
    case text
    /// Several lines: ^N starts a new line (shown as ¶ while typing).
    case notes
    /// Space cycles, the first letter picks.
    case choice([String])
    /// Picked from a list of (id, label); empty id means none.
    case reference([(id: String, label: String)])
    case value
}

extension FieldKind {
    var isNotes: Bool { if case .notes = self { return true }; return false }
    /// Text, a value or notes: typed characters go into the field's text.
    var isTyped: Bool {
        switch self {
        case .text, .notes, .value: return true
        case .choice, .reference: return false
        }
    }
}

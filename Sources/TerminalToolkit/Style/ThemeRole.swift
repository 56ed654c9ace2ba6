/// What a piece of text means, so the theme (not the widget) decides how it looks.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case normal
    case ragRed
    case ragAmber
    case ragGreen
    case selected
    case header
    case warning
    case muted
    case title
    case keyHint
    case error
    case statusBar
    case overdue
    case border
}

import TerminalToolkit

/// One line of the wrapped Overview and how it is drawn.
struct OverviewLine: Hashable, Sendable {
    var text: String
    var role: ThemeRole
}

/// Maps semantic roles to styles.
///
/// Colour is never the only carrier of meaning: callers also write words ("RED",
/// "OVERDUE") and the monochrome theme (used when `NO_COLOR` is set or the terminal
/// has no colours) relies on reverse, bold, underline and dim only.
public struct Theme: Hashable, Sendable {
    public var name: String
    private var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a role; `.plain` when the theme does not name the role.
    public subscript(role: ThemeRole) -> Style {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// Colours for terminals that have them; every role also has a non-colour cue
    /// where it matters (selection is reverse, errors and red RAG are bold).
    public static let colour = Theme(name: "colour", styles: [
        .normal: .plain,
        .ragRed: Style(foreground: .red, attributes: .bold),
        .ragAmber: Style(foreground: .yellow, attributes: .bold),
        .ragGreen: Style(foreground: .green),
        .selected: Style(foreground: .cyan, attributes: .reverse),
        .header: Style(foreground: .cyan, attributes: [.bold, .underline]),
        .warning: Style(foreground: .yellow, attributes: .bold),
        .muted: Style(attributes: .dim),
        .title: Style(foreground: .cyan, attributes: .bold),
        .keyHint: Style(foreground: .black, background: .cyan),
        .error: Style(foreground: .white, background: .red, attributes: .bold),
        .statusBar: Style(foreground: .black, background: .white),
        .overdue: Style(foreground: .red, attributes: [.bold, .underline]),
        .border: Style(foreground: .blue),
    ])

    /// No colours at all: selection is reverse, warnings bold, muted text dim.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .normal: .plain,
        .ragRed: Style(attributes: .bold),
        .ragAmber: Style(attributes: .underline),
        .ragGreen: .plain,
        .selected: Style(attributes: .reverse),
        .header: Style(attributes: [.bold, .underline]),
        .warning: Style(attributes: .bold),
        .muted: Style(attributes: .dim),
        .title: Style(attributes: .bold),
        .keyHint: Style(attributes: .reverse),
        .error: Style(attributes: [.bold, .reverse]),
        .statusBar: Style(attributes: .reverse),
        .overdue: Style(attributes: [.bold, .underline]),
        .border: .plain,
    ])

    /// Picks the theme for a terminal: monochrome when `NO_COLOR` is set to a non-empty
    /// value (https://no-color.org) or the terminal has no colours.
    public static func suitable(for colorSupport: ColorSupport, environment: [String: String]) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        return colorSupport == .none ? .monochrome : .colour
    }
}

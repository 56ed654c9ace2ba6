/// How a cell looks: colours and attributes. A small value (five bytes of payload).
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()
    public static let bold = Style(attributes: .bold)
    public static let reverse = Style(attributes: .reverse)
    public static let underline = Style(attributes: .underline)
    public static let dim = Style(attributes: .dim)

    /// This style with `patch` laid over it: the patch's non-default colours win and
    /// its attributes are added. Used to highlight a selected row whose cells already
    /// carry their own styles.
    public func patched(with patch: Style) -> Style {
        Style(foreground: patch.foreground == .default ? foreground : patch.foreground,
              background: patch.background == .default ? background : patch.background,
              attributes: attributes.union(patch.attributes))
    }

    /// The same colours with the given attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(foreground: foreground, background: background, attributes: attributes.union(extra))
    }
}

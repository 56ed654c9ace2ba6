/// Horizontal placement of text within a wider space.
public enum TextAlignment: Hashable, Sendable {
    case left
    case center
    case right
}

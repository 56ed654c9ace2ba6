/// The direction in which a rectangle is cut.
public enum SplitDirection: Hashable, Sendable {
    /// Parts are stacked top to bottom (rows).
    case vertical
    /// Parts sit side by side, left to right (columns).
    case horizontal
}

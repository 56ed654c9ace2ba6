/// How much of a split one part takes.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less only if the whole area is too small).
    case fixed(Int)
    /// This percentage of the whole length, rounded down.
    case percentage(Int)
    /// An equal share of whatever the fixed and percentage parts leave, at least `min`.
    case fill(min: Int)

    /// A fill part with no minimum.
    public static let fill = Constraint.fill(min: 0)
}

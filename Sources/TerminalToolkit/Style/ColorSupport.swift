/// How many colours the terminal can show.
public enum ColorSupport: Hashable, Sendable {
    case none
    case basic8
    case indexed256
}

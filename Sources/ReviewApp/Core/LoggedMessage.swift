/// A status message as the messages log keeps it: the whole text, whether it was an error
/// or a warning, and when it was shown (a UTC timestamp from the program's clock; nil until
/// the program stamps it, as `update` has no clock).
public struct LoggedMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    public var at: String?
}

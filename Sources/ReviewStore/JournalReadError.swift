import ReviewModel

/// A journal that is not one (another program's file, a damaged header), with why.
public struct JournalReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

import ReviewModel
import TerminalToolkit

/// Why a file could not be read back.
public struct LoadFailure: Error, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}

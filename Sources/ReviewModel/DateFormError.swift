import Foundation

/// Why a text is not a date, with the forms that are accepted.
public struct DateFormError: Error, Hashable, Sendable {
    public let reason: String

    public init(_ reason: String) { self.reason = reason }

    /// The reason followed by every accepted form.
    public var message: String { "\(reason); \(FlexibleDate.acceptedForms)" }
}

import Foundation

/// One labelled figure of the summary.
public struct SummaryEntry: Hashable, Sendable {
    public enum Level: Hashable, Sendable {
        /// "Readiness: 3/10 assured (merger tests)"
        case figure
        /// "Budgets 2019/20:", followed by its figures
        case budgetHeading
        /// "  Allocation                   £2,909.3m", under the budget heading
        case budgetFigure
    }

    public let label: String
    public let value: String
    public let level: Level

    public init(label: String, value: String, level: Level) {
        self.label = label
        self.value = value
        self.level = level
    }

    static func figure(_ label: String, _ value: String) -> SummaryEntry {
        SummaryEntry(label: label, value: value, level: .figure)
    }

    /// The entry as the `summary` command prints it.
    public var text: String {
        switch level {
        case .figure: return "\(label): \(value)"
        case .budgetHeading: return "\(label):"
        case .budgetFigure: return "  \(label.padding(toLength: 28, withPad: " ", startingAt: 0)) \(value)"
        }
    }
}

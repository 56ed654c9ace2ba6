import Foundation

public enum TotalScope: String, CaseIterable, Hashable, Sendable {
    case organisations, places
}

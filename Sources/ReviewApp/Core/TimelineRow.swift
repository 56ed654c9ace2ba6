import Foundation
import ReviewModel

public enum TimelineRow: Hashable, Sendable {
    case group(String)
    case asOf(CalendarDate)
    case milestone(Int)
}

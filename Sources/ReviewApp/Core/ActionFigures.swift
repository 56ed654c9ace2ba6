import Foundation
import ReviewModel

/// The action log's order, counts, and which actions link to each item.
struct ActionFigures: Sendable {
    var order: [Int]
    var openCount: Int
    var overdueCount: Int
    var byLink: [String: [Int]]

    init(_ review: Review) {
        let asOf = review.programme.asOf
        var heldOver: [Int] = []
        var rest: [Int] = []
        var open = 0
        var overdue = 0
        var byLink: [String: [Int]] = [:]
        for (i, action) in review.actions.enumerated() {
            if Derived.isHeldOver(action, asOf: asOf) { heldOver.append(i) } else { rest.append(i) }
            if action.isOpen { open += 1 }
            if action.isOverdue(asOf: asOf) { overdue += 1 }
            if let link = action.linkedItemId { byLink[link, default: []].append(i) }
        }
        order = heldOver + rest
        openCount = open
        overdueCount = overdue
        self.byLink = byLink
    }
}

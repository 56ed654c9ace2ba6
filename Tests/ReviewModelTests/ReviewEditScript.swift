import Foundation
import ReviewGenerator
import ReviewModel

/// Random edits to a review, named by item id so that two scripts can be applied one after
/// the other: for the merge property tests.
enum EditList: CaseIterable {
    case milestones, actions, budgetLines

    var part: String {
        switch self {
        case .milestones: return "milestones"
        case .actions: return "actions"
        case .budgetLines: return "lines"
        }
    }

    /// The keys of the fields an edit can change, by the index the edit names.
    var fieldKeys: [String] {
        switch self {
        case .milestones: return ["title", "notes", "status"]
        case .actions: return ["title", "notes", "owner"]
        case .budgetLines: return ["notes", "amount"]
        }
    }

    func ids(_ review: Review) -> [String] {
        switch self {
        case .milestones: return review.milestones.map(\.id)
        case .actions: return review.actions.map(\.id)
        case .budgetLines: return review.budgets.lines.map(\.id)
        }
    }
}

enum Edit: Hashable {
    case change(EditList, id: String, field: Int, value: Int)
    case delete(EditList, id: String)
    case insert(EditList, id: String, after: String?)
    case move(EditList, id: String, after: String?)

    var list: EditList {
        switch self {
        case .change(let list, _, _, _), .delete(let list, _), .insert(let list, _, _), .move(let list, _, _): return list
        }
    }

    /// The item the edit changes, removes, adds or moves.
    var target: String {
        switch self {
        case .change(_, let id, _, _), .delete(_, let id), .insert(_, let id, _), .move(_, let id, _): return id
        }
    }

    /// The item an insert or a move goes after.
    var anchor: String? {
        switch self {
        case .insert(_, _, let after), .move(_, _, let after): return after
        default: return nil
        }
    }
}

extension Review {
    mutating func apply(_ edits: [Edit]) {
        for edit in edits { apply(edit) }
    }

    mutating func apply(_ edit: Edit) {
        switch edit.list {
        case .milestones:
            var items = Array(milestones)
            Review.apply(edit, to: &items, id: \.id, make: { Milestone(id: $0, title: "New milestone \($0)", date: .undated()) },
                         change: { item, field, value in
                             switch field {
                             case 0: item.title = "Title \(value)"
                             case 1: item.notes = "Notes \(value)"
                             default: item.status = MilestoneStatus.allCases[value % MilestoneStatus.allCases.count]
                             }
                         })
            milestones = ChunkedArray(items)
        case .actions:
            var items = Array(actions)
            Review.apply(edit, to: &items, id: \.id, make: { Action(id: $0, title: "New action \($0)") },
                         change: { item, field, value in
                             switch field {
                             case 0: item.title = "Title \(value)"
                             case 1: item.notes = "Notes \(value)"
                             default: item.owner = "Owner \(value)"
                             }
                         })
            actions = ChunkedArray(items)
        case .budgetLines:
            var items = Array(budgets.lines)
            Review.apply(edit, to: &items, id: \.id,
                         make: { BudgetLine(id: $0, year: FinancialYear(startYear: 2020), measure: .allocation, amount: Money(millions: 12)) },
                         change: { item, field, value in
                             switch field {
                             case 0: item.notes = "Notes \(value)"
                             default: item.amount = Money(millions: Decimal(value) / 10)
                             }
                         })
            budgets.lines = ChunkedArray(items)
        }
    }

    private static func apply<Item>(_ edit: Edit, to items: inout [Item], id: KeyPath<Item, String>, make: (String) -> Item,
                                     change: (inout Item, Int, Int) -> Void) {
        func position(after anchor: String?) -> Int {
            guard let anchor else { return 0 }
            return (items.firstIndex { $0[keyPath: id] == anchor } ?? items.count - 1) + 1
        }
        switch edit {
        case .change(_, let target, let field, let value):
            guard let index = items.firstIndex(where: { $0[keyPath: id] == target }) else { return }
            change(&items[index], field, value)
        case .delete(_, let target):
            items.removeAll { $0[keyPath: id] == target }
        case .insert(_, let target, let anchor):
            items.insert(make(target), at: position(after: anchor))
        case .move(_, let target, let anchor):
            guard let index = items.firstIndex(where: { $0[keyPath: id] == target }) else { return }
            let item = items.remove(at: index)
            items.insert(item, at: position(after: anchor))
        }
    }
}

/// Makes two edit scripts for the two sides of a merge.
struct EditScripts {
    var random: SeededRandom
    let base: Review

    /// Two scripts that touch different items, insert and move after items the other side
    /// leaves alone, and never after the same item as the other side.
    mutating func disjoint(editsPerSide: Int, moves: Bool) -> (ours: [Edit], theirs: [Edit]) {
        var claimed = Set<String>()       // items either side edits, removes or uses as an anchor
        var ours: [Edit] = [], theirs: [Edit] = []
        var serial = 0
        for side in 0..<2 {
            var script: [Edit] = []
            var mine = Set<String>()
            for _ in 0..<editsPerSide {
                let list = random.pick(EditList.allCases)
                let free = list.ids(base).filter { !claimed.contains($0) }
                guard free.count > 2 else { continue }
                let target = random.pick(free)
                let kind = random.below(moves ? 4 : 3)
                serial += 1
                switch kind {
                case 0:
                    script.append(.change(list, id: target, field: random.below(list.fieldKeys.count), value: random.below(1_000)))
                    mine.insert(target)
                case 1:
                    script.append(.delete(list, id: target))
                    mine.insert(target)
                case 2:
                    // Inserted after `target`, which then stays as it is on both sides.
                    script.append(.insert(list, id: "new-\(side)-\(serial)", after: target))
                    mine.insert(target)
                default:
                    let others = free.filter { $0 != target }
                    let anchor = random.pick(others)
                    script.append(.move(list, id: target, after: anchor))
                    mine.insert(target)
                    mine.insert(anchor)
                }
            }
            claimed.formUnion(mine)
            if side == 0 { ours = script } else { theirs = script }
        }
        return (ours, theirs)
    }
}

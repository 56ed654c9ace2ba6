/// The "Changes since" section that opens a board paper prepared with `report --since OLD`:
/// what moved since the review the last meeting saw, in the words a committee reads. Values
/// are shown as everywhere else (RAG and status as words, money as £m, dates at their
/// precision); the list of every change is `merger-review diff`.
extension BoardPaper {
    static func changesSinceSection(from old: Review, to new: Review) -> [PaperBlock] {
        var blocks: [PaperBlock] = [.heading("Changes since \(old.programme.asOf.long)", level: 2)]
        let groups: [(String, [PaperListItem])] = [
            ("Merger tests", testChanges(old, new)),
            ("Milestones", milestoneChanges(old, new)),
            ("Budgets", budgetChanges(old, new)),
            ("Decisions", decisionChanges(old, new)),
            ("Actions", actionChanges(old, new)),
        ]
        for (title, items) in groups where !items.isEmpty {
            blocks.append(.heading(title, level: 3))
            blocks.append(.list(items))
        }
        if blocks.count == 1 { blocks.append(.paragraph("Nothing has changed in the tests, milestones, budgets, decisions or actions.")) }
        return blocks
    }

    private static func pairs<Item: Identifiable>(_ old: some Sequence<Item>, _ new: some Sequence<Item>) -> [(old: Item?, new: Item)]
    where Item.ID == String {
        var before: [String: Item] = [:]
        for item in old where before[item.id] == nil { before[item.id] = item }
        return new.map { (before[$0.id], $0) }
    }

    private static func testChanges(_ old: Review, _ new: Review) -> [PaperListItem] {
        let order: [RAG: Int] = [.red: 0, .amber: 1, .green: 2]
        let statusOrder = Dictionary(uniqueKeysWithValues: TestStatus.allCases.enumerated().map { ($1, $0) })
        var items: [PaperListItem] = []
        for (before, after) in pairs(old.mergerTests, new.mergerTests) {
            guard let before else { continue }
            var parts: [String] = []
            if before.rag != after.rag {
                let direction = order[before.rag].flatMap { a in order[after.rag].map { b in b > a ? " (better)" : " (worse)" } } ?? ""
                parts.append("RAG \(ragWord(before.rag)) → \(ragWord(after.rag))\(direction)")
            }
            if before.status != after.status {
                let forward = (statusOrder[after.status] ?? 0) > (statusOrder[before.status] ?? 0)
                parts.append("status \(before.status.label) → \(after.status.label) (\(forward ? "forward" : "back"))")
            }
            if !parts.isEmpty { items.append(PaperListItem("\(oneLine(after.title)): \(parts.joined(separator: "; "))")) }
        }
        return items
    }

    private static func milestoneChanges(_ old: Review, _ new: Review) -> [PaperListItem] {
        var items: [PaperListItem] = []
        for (before, after) in pairs(old.milestones, new.milestones) {
            let title = oneLine(after.title)
            guard let before else {
                items.append(PaperListItem("\(title): added, \(after.date.display)"))
                continue
            }
            if before.date != after.date {
                let from = before.date.earliestDay?.dayNumber, to = after.date.earliestDay?.dayNumber
                let verb = from.flatMap { a in to.map { b in b > a ? "slipped" : b < a ? "brought forward" : "moved" } } ?? "moved"
                items.append(PaperListItem("\(title): \(verb) from \(before.date.display) to \(after.date.display)"))
            }
            if before.status != after.status && after.status == .done {
                items.append(PaperListItem("\(title): completed"))
            } else if before.status != after.status {
                items.append(PaperListItem("\(title): \(before.status.label) → \(after.status.label)"))
            }
        }
        return items
    }

    private static func budgetChanges(_ old: Review, _ new: Review) -> [PaperListItem] {
        let names = ReviewNames(new, old)
        var items: [PaperListItem] = []
        for (before, after) in pairs(old.budgets.lines, new.budgets.lines) {
            let name = ReviewParts.budgetLineName(after, names)
            guard let before else {
                items.append(PaperListItem("\(name): added, \(after.amount.formatted)"))
                continue
            }
            guard before.amount != after.amount else { continue }
            let difference = after.amount - before.amount
            let signed = difference.millions > 0 ? "+" + difference.formatted : difference.formatted
            items.append(PaperListItem("\(name): \(before.amount.formatted) → \(after.amount.formatted) (\(signed))"))
        }
        return items
    }

    private static func decisionChanges(_ old: Review, _ new: Review) -> [PaperListItem] {
        var items: [PaperListItem] = []
        for (before, after) in pairs(old.recommendations, new.recommendations) where before?.outcome != after.outcome {
            guard after.outcome != .pending else { continue }
            let when = after.decidedOn.map { " on \($0.long)" } ?? ""
            items.append(PaperListItem("\(oneLine(after.text)): \(after.outcome.label)\(when)"))
        }
        return items
    }

    private static func actionChanges(_ old: Review, _ new: Review) -> [PaperListItem] {
        var items: [PaperListItem] = []
        for (before, after) in pairs(old.actions, new.actions) {
            let title = oneLine(after.title)
            let owner = after.owner.isEmpty ? "" : ", \(after.owner)"
            guard let before else {
                items.append(PaperListItem("Opened: \(title)\(owner)\(after.due.map { ", due \($0.short)" } ?? "")"))
                continue
            }
            if before.isOpen && !after.isOpen {
                items.append(PaperListItem("Closed: \(title)\(owner) (\(after.status.label))"))
            } else if !before.isOpen && after.isOpen {
                items.append(PaperListItem("Reopened: \(title)\(owner)"))
            }
        }
        return items
    }

    private static func oneLine(_ text: String) -> String { ReviewNames.oneLine(text) }
}

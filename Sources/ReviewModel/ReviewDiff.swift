/// One line per changed item between two versions of a review, for the audit trail.
public enum ReviewDiff {
    public static func changes(from old: Review, to new: Review) -> [String] {
        var lines: [String] = []
        if old.programme.name != new.programme.name || old.programme.system != new.programme.system
            || old.programme.asOf != new.programme.asOf || old.programme.source != new.programme.source {
            lines.append("Changed programme details")
        }
        lines += compare("organisation", old.programme.organisations, new.programme.organisations, name: \.name)
        lines += compare("place", old.programme.places, new.programme.places, name: \.name)
        lines += compare("milestone", old.milestones, new.milestones, name: \.title)
        lines += compare("merger test", old.mergerTests, new.mergerTests, name: \.title)
        if !old.mergerTests.sharesStorage(with: new.mergerTests) {
            let oldEvidence = old.mergerTests.flatMap(\.evidence)
            let newEvidence = new.mergerTests.flatMap(\.evidence)
            lines += compare("evidence", oldEvidence, newEvidence, name: \.title)
        }
        lines += compare("criterion", old.appraisal.criteria, new.appraisal.criteria, name: \.title)
        lines += compare("option", old.appraisal.options, new.appraisal.options, name: \.title)
        if !old.appraisal.cells.sharesStorage(with: new.appraisal.cells) {
            let oldCells = Dictionary(old.appraisal.cells.map { ("\($0.optionId)/\($0.criterionId)", $0) }, uniquingKeysWith: { a, _ in a })
            let newCells = Dictionary(new.appraisal.cells.map { ("\($0.optionId)/\($0.criterionId)", $0) }, uniquingKeysWith: { a, _ in a })
            for key in Set(oldCells.keys).union(newCells.keys).sorted() where oldCells[key] != newCells[key] {
                lines.append("Changed appraisal cell \(key)")
            }
        }
        if old.appraisal.preferredOptionId != new.appraisal.preferredOptionId || old.appraisal.recommendation != new.appraisal.recommendation
            || old.appraisal.scale != new.appraisal.scale {
            lines.append("Changed the preferred option or recommendation")
        }
        lines += compare("budget line", old.budgets.lines, new.budgets.lines, name: { "\($0.measure.label) \($0.year)" })
        lines += compare("stated total", old.budgets.statedTotals, new.budgets.statedTotals, name: \.label)
        if old.budgets.runningCostTarget != new.budgets.runningCostTarget { lines.append("Changed the running-cost target") }
        lines += compare("recommendation", old.recommendations, new.recommendations, name: \.text)
        lines += compare("action", old.actions, new.actions, name: \.title)
        return lines
    }

    /// Added, removed and changed items by id; "changed" names the fields that differ.
    static func compare<Items: RandomAccessCollection & StorageSharing>(_ kind: String, _ old: Items, _ new: Items,
                                                       name: (Items.Element) -> String) -> [String]
    where Items.Element: Identifiable & Equatable, Items.Element.ID == String, Items.Index == Int {
        // The same storage (every list an edit did not touch still shares it): nothing changed.
        if old.sharesStorage(with: new) { return [] }
        // Where each id first appears in the old list, and which ids the new one has: indexes and
        // ids rather than copies of the items (a 100,000-item review's copies took 50 MB).
        var before: [String: Int] = [:]
        before.reserveCapacity(old.count)
        for (i, item) in old.enumerated() where before[item.id] == nil { before[item.id] = i }
        var after = Set<String>()
        after.reserveCapacity(new.count)
        for item in new { after.insert(item.id) }
        var lines: [String] = []
        for item in new {
            guard let index = before[item.id] else {
                lines.append("Added \(kind) \"\(short(name(item)))\"")
                continue
            }
            let previous = old[index]
            if previous != item {
                lines.append("Changed \(kind) \"\(short(name(item)))\": \(changedFields(previous, item).joined(separator: ", "))")
            }
        }
        for item in old where !after.contains(item.id) {
            lines.append("Removed \(kind) \"\(short(name(item)))\"")
        }
        if lines.isEmpty && !old.lazy.map(\.id).elementsEqual(new.lazy.map(\.id)) {
            lines.append("Reordered \(kind)s")
        }
        return lines
    }

    static func changedFields<Item>(_ old: Item, _ new: Item) -> [String] {
        let oldFields = Mirror(reflecting: old).children
        let newFields = Array(Mirror(reflecting: new).children)
        var names: [String] = []
        for (index, field) in oldFields.enumerated() where index < newFields.count {
            if String(describing: field.value) != String(describing: newFields[index].value), let label = field.label {
                names.append(label)
            }
        }
        return names.isEmpty ? ["details"] : names
    }

    static func short(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}

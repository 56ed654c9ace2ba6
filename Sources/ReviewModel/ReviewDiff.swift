/// One line per changed item between two versions of a review, for the audit trail, and the
/// ids of the changed items.
public enum ReviewDiff {
    /// The audit trail's lines, and the ids of the items they name (a single record by its
    /// part's key: "programme", "appraisal", "budgets", "paper").
    public struct Record: Hashable, Sendable {
        public var changes: [String] = []
        public var changedIds: [String] = []

        mutating func add(_ line: String, id: String?) {
            changes.append(line)
            if let id, changedIds.last != id { changedIds.append(id) }
        }

        mutating func add(_ other: Record) {
            changes += other.changes
            changedIds += other.changedIds
        }
    }

    public static func changes(from old: Review, to new: Review) -> [String] { record(from: old, to: new).changes }

    public static func record(from old: Review, to new: Review) -> Record {
        var lines = Record()
        if programmeDetails(old.programme) != programmeDetails(new.programme) {
            lines.add("Changed programme details", id: "programme")
        }
        if old.paper != new.paper { lines.add("Changed the paper's cover-sheet details", id: "paper") }
        lines.add(compare("organisation", old.programme.organisations, new.programme.organisations, name: \.name))
        lines.add(compare("place", old.programme.places, new.programme.places, name: \.name))
        lines.add(compare("key figure", old.programme.keyFigures, new.programme.keyFigures, name: \.label))
        lines.add(compare("milestone", old.milestones, new.milestones, name: \.title))
        lines.add(compare("merger test", old.mergerTests, new.mergerTests, name: \.title))
        if !old.mergerTests.sharesStorage(with: new.mergerTests) {
            let oldEvidence = old.mergerTests.flatMap(\.evidence)
            let newEvidence = new.mergerTests.flatMap(\.evidence)
            // Evidence belongs to its test, whose id the test's own line records.
            lines.changes += compare("evidence", oldEvidence, newEvidence, name: \.title).changes
        }
        lines.add(compare("criterion", old.appraisal.criteria, new.appraisal.criteria, name: \.title))
        lines.add(compare("option", old.appraisal.options, new.appraisal.options, name: \.title))
        if !old.appraisal.cells.sharesStorage(with: new.appraisal.cells) {
            let oldCells = Dictionary(old.appraisal.cells.map { ("\($0.optionId)/\($0.criterionId)", $0) }, uniquingKeysWith: { a, _ in a })
            let newCells = Dictionary(new.appraisal.cells.map { ("\($0.optionId)/\($0.criterionId)", $0) }, uniquingKeysWith: { a, _ in a })
            for key in Set(oldCells.keys).union(newCells.keys).sorted() where oldCells[key] != newCells[key] {
                lines.add("Changed appraisal cell \(key)", id: key)
            }
        }
        if old.appraisal.preferredOptionId != new.appraisal.preferredOptionId || old.appraisal.recommendation != new.appraisal.recommendation
            || old.appraisal.scale != new.appraisal.scale {
            lines.add("Changed the preferred option or recommendation", id: "appraisal")
        }
        lines.add(compare("budget line", old.budgets.lines, new.budgets.lines, name: { "\($0.measure.label) \($0.year)" }))
        lines.add(compare("stated total", old.budgets.statedTotals, new.budgets.statedTotals, name: \.label))
        if old.budgets.runningCostTarget != new.budgets.runningCostTarget { lines.add("Changed the running-cost target", id: "budgets") }
        lines.add(compare("recommendation", old.recommendations, new.recommendations, name: \.text))
        lines.add(compare("action", old.actions, new.actions, name: \.title))
        return lines
    }

    /// Added, removed and changed items by id; "changed" names the fields that differ.
    static func compare<Items: RandomAccessCollection & StorageSharing>(_ kind: String, _ old: Items, _ new: Items,
                                                       name: (Items.Element) -> String) -> Record
    where Items.Element: Identifiable & Equatable, Items.Element.ID == String, Items.Index == Int {
        // The same storage (every list an edit did not touch still shares it): nothing changed.
        if old.sharesStorage(with: new) { return Record() }
        // Where each id first appears in the old list, and which ids the new one has: indexes and
        // ids rather than copies of the items (a 100,000-item review's copies took 50 MB).
        var before: [String: Int] = [:]
        before.reserveCapacity(old.count)
        for (i, item) in old.enumerated() where before[item.id] == nil { before[item.id] = i }
        var after = Set<String>()
        after.reserveCapacity(new.count)
        for item in new { after.insert(item.id) }
        var lines = Record()
        for item in new {
            guard let index = before[item.id] else {
                lines.add("Added \(kind) \"\(short(name(item)))\"", id: item.id)
                continue
            }
            let previous = old[index]
            if previous != item {
                lines.add("Changed \(kind) \"\(short(name(item)))\": \(changedFields(previous, item).joined(separator: ", "))", id: item.id)
            }
        }
        for item in old where !after.contains(item.id) {
            lines.add("Removed \(kind) \"\(short(name(item)))\"", id: item.id)
        }
        if lines.changes.isEmpty && !old.lazy.map(\.id).elementsEqual(new.lazy.map(\.id)) {
            lines.add("Reordered \(kind)s", id: nil)
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

    /// The programme's own details, without the organisations, places and key figures (lists
    /// of their own).
    static func programmeDetails(_ programme: Programme) -> Programme {
        var details = programme
        details.organisations = []
        details.places = []
        details.keyFigures = []
        return details
    }

    static func short(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}

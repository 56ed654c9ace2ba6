/// A part of the review holding items of one kind: how to read the items from a review and
/// write them back, what to call an item, and what a conflict keeps of one. Comparison and
/// merge are written once here for every kind.
public struct ReviewSection<Item: ReviewItem>: ReviewPart {
    public let key: String
    public let singular: String
    let id: @Sendable (Item) -> String
    let name: @Sendable (Item, ReviewNames) -> String
    let read: @Sendable (Review) -> [Item]
    let write: @Sendable (inout Review, [Item]) -> Void
    /// What a conflict keeps of an item (a record without the lists that are parts of their own).
    let detach: @Sendable (Item) -> Item

    init(_ key: String, _ singular: String, id: @escaping @Sendable (Item) -> String,
         name: @escaping @Sendable (Item, ReviewNames) -> String,
         read: @escaping @Sendable (Review) -> [Item], write: @escaping @Sendable (inout Review, [Item]) -> Void,
         detach: @escaping @Sendable (Item) -> Item = { $0 }) {
        self.key = key
        self.singular = singular
        self.id = id
        self.name = name
        self.read = read
        self.write = write
        self.detach = detach
    }

    // MARK: Comparison

    public func changes(from oldReview: Review, to newReview: Review, names: ReviewNames) -> [ItemChange] {
        let old = read(oldReview), new = read(newReview)
        if old == new { return [] }
        let fields = Item.fields
        let oldIndex = firstIndexes(old)
        var newIds = Set<String>()
        newIds.reserveCapacity(new.count)
        var changes: [ItemChange] = []
        var commonIds: [String] = []
        for item in new {
            let itemId = id(item)
            newIds.insert(itemId)
            guard let index = oldIndex[itemId] else {
                changes.append(ItemChange(kind: .added, part: key, what: singular, itemId: itemId, name: name(item, names)))
                continue
            }
            commonIds.append(itemId)
            let previous = old[index]
            if previous == item { continue }
            let differing = fields.filter { !$0.agrees(previous, item) }.map {
                FieldChange(key: $0.key, label: $0.label, old: $0.display(previous, names: names), new: $0.display(item, names: names))
            }
            if !differing.isEmpty {
                changes.append(ItemChange(kind: .changed, part: key, what: singular, itemId: itemId, name: name(item, names),
                                          fields: differing))
            }
        }
        let moved = MergeOrder.moved(commonIds, basePosition: oldIndex)
        if !moved.isEmpty {
            for item in new where moved.contains(id(item)) {
                changes.append(ItemChange(kind: .moved, part: key, what: singular, itemId: id(item), name: name(item, names)))
            }
        }
        for item in old where !newIds.contains(id(item)) {
            changes.append(ItemChange(kind: .removed, part: key, what: singular, itemId: id(item), name: name(item, names)))
        }
        return changes
    }

    private func firstIndexes(_ items: [Item]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(items.count)
        for (i, item) in items.enumerated() where index[id(item)] == nil { index[id(item)] = i }
        return index
    }

    // MARK: Three-way merge

    public func merge(base mergeBase: MergeBase, ours oursReview: Review, theirs theirsReview: Review,
                      into result: inout Review) -> [MergeConflict] {
        let ours = read(oursReview), theirs = read(theirsReview)
        if ours == theirs {
            write(&result, ours)
            return []
        }
        let base: [Item]?
        var contested = Set<String>()
        switch mergeBase {
        case .review(let review): base = read(review)
        case .unknown: base = nil
        case .commonSave(let common): (base, contested) = commonItems(ours, theirs, common)
        }
        // The usual case for most parts: at most one side touched it (an item both sides
        // changed, that one of them removed, leaves a conflict however the rest looks).
        if contested.isEmpty && base == theirs {
            write(&result, ours)
            return []
        }
        if contested.isEmpty && base == ours {
            write(&result, theirs)
            return []
        }
        if let base, let aligned = mergeInPlace(base: base, ours: ours, theirs: theirs) {
            write(&result, aligned.items)
            return aligned.conflicts
        }
        let baseItems = base ?? []
        let baseIndex = firstIndexes(baseItems), ourIndex = firstIndexes(ours), theirIndex = firstIndexes(theirs)
        var merged: [String: Item] = [:]
        var conflicts: [MergeConflict] = []
        var ids = ours.map(id)
        ids += theirs.map(id).filter { ourIndex[$0] == nil }
        ids += baseItems.map(id).filter { ourIndex[$0] == nil && theirIndex[$0] == nil }
        for itemId in ids {
            let b = baseIndex[itemId].map { baseItems[$0] }
            let o = ourIndex[itemId].map { ours[$0] }
            let t = theirIndex[itemId].map { theirs[$0] }
            switch (o, t) {
            case let (o?, t?):
                merged[itemId] = mergeFields(itemId, base: b, ours: o, theirs: t, conflicts: &conflicts)
            case let (o?, nil):
                guard let b else {
                    merged[itemId] = o                                        // added by ours
                    if contested.contains(itemId) {                           // changed by ours, removed by theirs
                        conflicts.append(conflict(itemId, field: nil, base: nil, ours: o, theirs: nil))
                    }
                    continue
                }
                if b == o { continue }                                        // removed by theirs
                merged[itemId] = o                                            // changed by ours, removed by theirs
                conflicts.append(conflict(itemId, field: nil, base: b, ours: o, theirs: nil))
            case let (nil, t?):
                guard let b else {
                    merged[itemId] = t
                    if contested.contains(itemId) { conflicts.append(conflict(itemId, field: nil, base: nil, ours: nil, theirs: t)) }
                    continue
                }
                if b == t { continue }
                merged[itemId] = t
                conflicts.append(conflict(itemId, field: nil, base: b, ours: nil, theirs: t))
            case (nil, nil):
                continue                                                      // removed by both
            }
        }
        let order = MergeOrder.merge(base: baseItems.map(id), ours: ours.map(id), theirs: theirs.map(id),
                                     keep: Set(merged.keys))
        write(&result, order.compactMap { merged[$0] })
        return sorted(conflicts, by: order)
    }

    /// The usual merge of a long list: the three versions hold the same ids in the same order
    /// (fields changed, nothing added, removed or moved), so each item merges with the items
    /// at its own place, without looking ids up; the result is what the general merge gives.
    /// Nil when the lists are not so (or an id repeats).
    private func mergeInPlace(base: [Item], ours: [Item], theirs: [Item]) -> (items: [Item], conflicts: [MergeConflict])? {
        guard base.count == ours.count, base.count == theirs.count else { return nil }
        var ids: [String] = []
        ids.reserveCapacity(base.count)
        for i in base.indices {
            let itemId = id(base[i])
            guard id(ours[i]) == itemId, id(theirs[i]) == itemId else { return nil }
            ids.append(itemId)
        }
        guard Set(ids).count == ids.count else { return nil }
        var items = ours
        var conflicts: [MergeConflict] = []
        for i in items.indices where ours[i] != theirs[i] {
            items[i] = mergeFields(ids[i], base: base[i], ours: ours[i], theirs: theirs[i], conflicts: &conflicts)
        }
        return (items, conflicts)
    }

    /// The part as it was at the two copies' common save, as far as their trails tell: an item
    /// one side changed since is as the other side has it; an item neither changed is as both
    /// have it. An item both changed is left out (each field that differs is a conflict), and
    /// so is one the trails do not account for. `contested`: items both changed that one side
    /// no longer has.
    private func commonItems(_ ours: [Item], _ theirs: [Item], _ common: CommonSave) -> (items: [Item], contested: Set<String>) {
        let ourIndex = firstIndexes(ours), theirIndex = firstIndexes(theirs)
        var items: [Item] = []
        var contested = Set<String>()
        func add(_ item: Item, other: Item?, changedBySide: Bool, changedByOther: Bool) {
            let itemId = id(item)
            switch (changedBySide, changedByOther) {
            case (false, false): if other == item { items.append(item) }
            case (true, false): if let other { items.append(other) }          // without it there: the side added it
            case (false, true): items.append(item)                            // the other side changed or removed it
            case (true, true): if other == nil { contested.insert(itemId) }
            }
        }
        for item in ours {
            let itemId = id(item)
            add(item, other: theirIndex[itemId].map { theirs[$0] }, changedBySide: common.changedByOurs.contains(itemId),
                changedByOther: common.changedByTheirs.contains(itemId))
        }
        for item in theirs where ourIndex[id(item)] == nil {
            let itemId = id(item)
            add(item, other: nil, changedBySide: common.changedByTheirs.contains(itemId),
                changedByOther: common.changedByOurs.contains(itemId))
        }
        return (items, contested)
    }

    private func mergeFields(_ itemId: String, base: Item?, ours: Item, theirs: Item,
                             conflicts: inout [MergeConflict]) -> Item {
        if ours == theirs { return ours }
        if let base {
            if base == ours { return theirs }
            if base == theirs { return ours }
        }
        var result = ours
        for field in Item.fields where !field.agrees(ours, theirs) {
            if let base, field.agrees(base, ours) {
                field.copy(from: theirs, into: &result)
            } else if let base, field.agrees(base, theirs) {
                continue
            } else {
                conflicts.append(conflict(itemId, field: field.key, base: base, ours: ours, theirs: theirs))
            }
        }
        return result
    }

    private func conflict(_ itemId: String, field: String?, base: Item?, ours: Item?, theirs: Item?) -> MergeConflict {
        MergeConflict(part: key, itemId: itemId, field: field, base: base.map { ConflictItem(detach($0)) },
                      ours: ours.map { ConflictItem(detach($0)) }, theirs: theirs.map { ConflictItem(detach($0)) })
    }

    /// Conflicts in the merged list's order, and field by field in the order fields are read.
    private func sorted(_ conflicts: [MergeConflict], by order: [String]) -> [MergeConflict] {
        guard conflicts.count > 1 else { return conflicts }
        var position: [String: Int] = [:]
        for (i, itemId) in order.enumerated() { position[itemId] = i }
        let fieldOrder = Dictionary(Item.fields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        return conflicts.sorted {
            let a = (position[$0.itemId] ?? Int.max, $0.field.flatMap { fieldOrder[$0] } ?? -1)
            let b = (position[$1.itemId] ?? Int.max, $1.field.flatMap { fieldOrder[$0] } ?? -1)
            return a < b
        }
    }

    // MARK: Conflicts

    public func resolve(_ conflict: MergeConflict, choosing side: MergeSide, in review: inout Review) {
        let chosen = (side == .ours ? conflict.ours : conflict.theirs)?.value as? Item
        var items = read(review)
        let index = items.firstIndex { id($0) == conflict.itemId }
        if let fieldKey = conflict.field {
            guard let chosen, let index, let field = Item.fields.first(where: { $0.key == fieldKey }) else { return }
            field.copy(from: chosen, into: &items[index])
        } else if let chosen {
            if let index { items[index] = chosen } else { items.append(chosen) }
        } else if let index {
            items.remove(at: index)
        }
        write(&review, items)
    }

    public func describe(_ conflict: MergeConflict, names: ReviewNames) -> ConflictDescription {
        let field = conflict.field.flatMap { key in Item.fields.first { $0.key == key } }
        func show(_ item: ConflictItem?) -> String {
            guard let item = item?.value as? Item else { return "(no such \(singular))" }
            return field?.display(item, names: names) ?? "(present)"
        }
        let anyItem = [conflict.ours, conflict.theirs, conflict.base].lazy.compactMap { $0?.value as? Item }.first
        return ConflictDescription(what: singular, itemName: anyItem.map { name($0, names) } ?? conflict.itemId,
                                   field: field?.label ?? "whole \(singular)", base: show(conflict.base),
                                   ours: show(conflict.ours), theirs: show(conflict.theirs))
    }
}

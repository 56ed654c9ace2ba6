/// How one version of a list becomes the next: `removing` elements from `at` are replaced by
/// `inserting` new ones. Every edit of a review changes each of its lists in at most one place
/// (an edit, an insertion, a removal, a move of neighbours), so one splice per list says what
/// an edit did without repeating what it left alone.
public struct ListSplice: Hashable, Sendable {
    public var at: Int
    public var removing: Int
    public var inserting: Int

    public init(at: Int, removing: Int, inserting: Int) {
        self.at = at
        self.removing = removing
        self.inserting = inserting
    }

    /// The smallest splice turning `old` into `new` (common prefix and suffix left out); nil when equal.
    @inlinable
    public static func between<List: RandomAccessCollection>(_ old: List, _ new: List) -> ListSplice?
    where List.Element: Equatable, List.Index == Int {
        between(old, new, sharedPrefix: 0, sharedSuffix: 0)
    }

    /// As above, starting from a prefix and suffix already known to be equal.
    @inlinable
    static func between<List: RandomAccessCollection>(_ old: List, _ new: List, sharedPrefix: Int, sharedSuffix: Int) -> ListSplice?
    where List.Element: Equatable, List.Index == Int {
        let shorter = Swift.min(old.count, new.count)
        var prefix = Swift.min(sharedPrefix, shorter)
        while prefix < shorter && old[prefix] == new[prefix] { prefix += 1 }
        var suffix = Swift.min(sharedSuffix, shorter - prefix)
        while suffix < shorter - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        if prefix == old.count && prefix == new.count { return nil }
        return ListSplice(at: prefix, removing: old.count - prefix - suffix, inserting: new.count - prefix - suffix)
    }

    /// `old` with the splice applied, the inserted elements taken from `elements`; nil when the
    /// splice does not fit (`old` is not the list it was made from).
    public func applied<List: RangeReplaceableCollection, Source: Collection>(to old: List, elements: Source) -> List?
    where List.Index == Int, Source.Element == List.Element {
        guard at >= 0, removing >= 0, inserting == elements.count, at + removing <= old.count else { return nil }
        var result = old
        result.replaceSubrange(at..<(at + removing), with: elements)
        return result
    }
}

extension Array where Element: Equatable {
    /// The splice from `old` to this list; nil when they are equal (same storage: at once).
    @inlinable
    public func splice(from old: [Element]) -> ListSplice? {
        if sharesStorage(with: old) { return nil }
        return ListSplice.between(old, self)
    }
}

extension ChunkedArray where Element: Equatable {
    /// The splice from `old` to this list. Chunks the two versions share are skipped without
    /// comparing their elements, so after an edit of a 100,000-element list this looks at the
    /// chunk references and one or two chunks. Inlinable, so that it is specialised for the
    /// element type where it is called: generic code would copy every element it compares.
    @inlinable
    public func splice(from old: ChunkedArray) -> ListSplice? {
        var prefix = 0
        var c = 0
        while c < chunks.count && c < old.chunks.count && chunks[c].sharesStorage(with: old.chunks[c]) {
            prefix += chunks[c].count
            c += 1
        }
        if c == chunks.count && c == old.chunks.count { return nil }
        var suffix = 0
        var n = chunks.count - 1, o = old.chunks.count - 1
        while n >= c && o >= c && chunks[n].sharesStorage(with: old.chunks[o]) {
            suffix += chunks[n].count
            n -= 1
            o -= 1
        }
        if n == c && o == c && chunks[c].count == old.chunks[c].count {
            // The common case, an edit in place: one chunk differs.
            let first: Int, last: Int
            // Written element by element since it held what the other version's chunk holds
            // (this one after the old, or the old after this one, as after an undo): only the
            // elements written can differ.
            let written = lastWrite.flatMap { $0.chunk == c ? $0.offsets(since: old.tags[c]) : nil }
                ?? old.lastWrite.flatMap { $0.chunk == c ? $0.offsets(since: tags[c]) : nil }
            if let written {
                let changed = written.filter { chunks[c][$0] != old.chunks[c][$0] }
                (first, last) = (changed.min() ?? 0, changed.max().map { $0 + 1 } ?? 0)
            } else {
                // Its elements are compared where they lie, without copying them out.
                (first, last) = chunks[c].withUnsafeBufferPointer { mine in
                    old.chunks[c].withUnsafeBufferPointer { theirs in
                        var first = 0
                        while first < mine.count && mine[first] == theirs[first] { first += 1 }
                        var last = mine.count
                        while last > first && mine[last - 1] == theirs[last - 1] { last -= 1 }
                        return (first, last)
                    }
                }
            }
            if first == last { return nil }
            return ListSplice(at: prefix + first, removing: last - first, inserting: last - first)
        }
        return ListSplice.between(old, self, sharedPrefix: prefix, sharedSuffix: suffix)
    }
}

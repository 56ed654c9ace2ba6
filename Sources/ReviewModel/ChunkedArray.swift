/// An array kept in chunks of a few hundred elements, so that versions of it share the chunks
/// they have in common.
///
/// Undo keeps whole reviews, and a review of 100,000 items holds tens of thousands of
/// milestones: with a plain `Array`, editing one milestone while the previous review is kept
/// copies all of them. Here a copy that changes one element copies that element's chunk and the
/// short list of chunk references; every other chunk stays shared between the versions, and
/// `unsharedRanges(comparedTo:)` tells a caller which parts of two versions may differ without
/// looking at the others.
///
/// It is a value type with the behaviour of `Array` for everything a review does with its
/// lists (subscripts, iteration, append, insert, remove, equality, hashing); indices are `Int`
/// from zero.
public struct ChunkedArray<Element> {
    /// Chunks hold `chunkCapacity` elements when filled by appending; an insertion may grow one
    /// to twice that before it is split.
    @usableFromInline static var chunkCapacity: Int { 256 }

    /// The elements, in order; no chunk is empty.
    @usableFromInline var chunks: [[Element]]
    /// `ends[c]` is the index one past the last element of chunk `c`.
    @usableFromInline var ends: [Int]
    /// `tags[c]` names what chunk `c` holds (`ChunkTag`).
    @usableFromInline var tags: [ChunkTag]
    /// The element writes to the chunk written last, since its content had another tag; nil
    /// after any other change (an append, an insertion, a removal).
    @usableFromInline var lastWrite: ChunkWrite?

    @inlinable
    public init() {
        chunks = []
        ends = []
        tags = []
        lastWrite = nil
    }

    @inlinable
    public init<S: Sequence>(_ elements: S) where S.Element == Element {
        self.init()
        for element in elements { append(element) }
    }

    /// The chunk holding `index`, and the index within it.
    @inlinable
    func locate(_ index: Int) -> (chunk: Int, offset: Int) {
        precondition(index >= 0 && index < count, "ChunkedArray index out of range")
        // Chunks filled by appending are full, so the quotient is usually the answer.
        let guess = index / Self.chunkCapacity
        if guess < ends.count {
            let start = guess == 0 ? 0 : ends[guess - 1]
            if start <= index && index < ends[guess] { return (guess, index - start) }
        }
        var low = 0, high = ends.count - 1
        while low < high {
            let middle = (low + high) / 2
            if ends[middle] > index { high = middle } else { low = middle + 1 }
        }
        return (low, index - start(ofChunk: low))
    }

    @inlinable
    func start(ofChunk chunk: Int) -> Int { chunk == 0 ? 0 : ends[chunk - 1] }

    /// The index ranges in which `self` and `other` may differ: the chunks that do not share
    /// storage. `nil` when the two are laid out differently (after an insertion or removal):
    /// then any part may differ. An empty list means the two are certainly equal.
    @inlinable
    public func unsharedRanges(comparedTo other: ChunkedArray) -> [Range<Int>]? {
        guard ends == other.ends else { return nil }
        var ranges: [Range<Int>] = []
        for c in chunks.indices where !chunks[c].sharesStorage(with: other.chunks[c]) {
            ranges.append(start(ofChunk: c)..<ends[c])
        }
        return ranges
    }


    /// Recomputes `ends` from chunk `first` on.
    @inlinable
    mutating func recountEnds(from first: Int) {
        ends.removeSubrange(Swift.min(first, ends.count)...)
        var end = start(ofChunk: first)
        for c in first..<chunks.count {
            end += chunks[c].count
            ends.append(end)
        }
    }
}

extension ChunkedArray: RandomAccessCollection, MutableCollection {
    public typealias Index = Int
    public typealias Indices = Range<Int>

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { ends.last ?? 0 }
    @inlinable public var count: Int { ends.last ?? 0 }
    @inlinable public var isEmpty: Bool { ends.isEmpty }
    @inlinable public var indices: Range<Int> { 0..<count }
    @inlinable public func index(after i: Int) -> Int { i + 1 }
    @inlinable public func index(before i: Int) -> Int { i - 1 }

    @inlinable
    public subscript(position: Int) -> Element {
        get {
            let (c, o) = locate(position)
            return chunks[c][o]
        }
        _modify {
            let (c, o) = locate(position)
            // The chunk's content changes: a new tag, and the write noted against the old one.
            let before = tags[c]
            tags[c] = ChunkTag()
            if var write = lastWrite, write.chunk == c {
                write.add(source: before, offset: o)
                lastWrite = write
            } else {
                lastWrite = ChunkWrite(chunk: c, source: before, offset: o)
            }
            yield &chunks[c][o]
        }
    }

    public struct Iterator: IteratorProtocol {
        @usableFromInline let chunks: [[Element]]
        @usableFromInline var chunk = 0
        @usableFromInline var offset = 0

        @inlinable init(_ chunks: [[Element]]) { self.chunks = chunks }

        @inlinable
        public mutating func next() -> Element? {
            while chunk < chunks.count {
                if offset < chunks[chunk].count {
                    defer { offset += 1 }
                    return chunks[chunk][offset]
                }
                chunk += 1
                offset = 0
            }
            return nil
        }
    }

    @inlinable public func makeIterator() -> Iterator { Iterator(chunks) }
    @inlinable public var underestimatedCount: Int { count }
}

extension ChunkedArray: RangeReplaceableCollection {
    @inlinable
    public mutating func append(_ element: Element) {
        lastWrite = nil
        if let last = chunks.indices.last, chunks[last].count < Self.chunkCapacity {
            chunks[last].append(element)
            ends[last] += 1
            // A tag another version holds stands for the chunk without the new element.
            if !isKnownUniquelyReferenced(&tags[last]) { tags[last] = ChunkTag() }
        } else {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkCapacity)
            chunk.append(element)
            chunks.append(chunk)
            ends.append(count + 1)
            tags.append(ChunkTag())
        }
    }

    @inlinable
    public mutating func append<S: Sequence>(contentsOf elements: S) where S.Element == Element {
        for element in elements { append(element) }
    }

    @inlinable
    public mutating func reserveCapacity(_ n: Int) {}

    @inlinable
    public mutating func removeAll(keepingCapacity keepCapacity: Bool = false) {
        chunks = []
        ends = []
        tags = []
        lastWrite = nil
    }

    /// Replaces the elements in `range`, touching only the chunks that hold them: the rest stay
    /// shared with other versions.
    @inlinable
    public mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with newElements: C) where C.Element == Element {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "ChunkedArray range out of bounds")
        if range.isEmpty && newElements.isEmpty { return }
        if chunks.isEmpty {
            append(contentsOf: newElements)
            return
        }
        let first = range.lowerBound == count ? chunks.count - 1 : locate(range.lowerBound).chunk
        let last = range.isEmpty ? first : locate(range.upperBound - 1).chunk
        let base = start(ofChunk: first)
        var merged: [Element] = []
        for c in first...last { merged.append(contentsOf: chunks[c]) }
        merged.replaceSubrange((range.lowerBound - base)..<(range.upperBound - base), with: newElements)
        let replacement = Self.split(merged)
        chunks.replaceSubrange(first...last, with: replacement)
        tags.replaceSubrange(first...last, with: replacement.map { _ in ChunkTag() })
        lastWrite = nil
        recountEnds(from: first)
    }

    /// A run of elements as chunks: one if it fits in twice the capacity, else full chunks.
    @inlinable
    static func split(_ elements: [Element]) -> [[Element]] {
        if elements.isEmpty { return [] }
        if elements.count <= 2 * chunkCapacity { return [elements] }
        return stride(from: 0, to: elements.count, by: chunkCapacity).map {
            Array(elements[$0..<Swift.min($0 + chunkCapacity, elements.count)])
        }
    }
}

extension ChunkedArray: ExpressibleByArrayLiteral {
    @inlinable
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension ChunkedArray: Equatable where Element: Equatable {
    /// Chunks that share storage are equal without comparing their elements.
    @inlinable
    public static func == (a: ChunkedArray, b: ChunkedArray) -> Bool {
        guard a.count == b.count else { return false }
        if let ranges = a.unsharedRanges(comparedTo: b) {
            return ranges.allSatisfy { a[$0].elementsEqual(b[$0]) }
        }
        return a.elementsEqual(b)
    }
}

extension ChunkedArray: Hashable where Element: Hashable {
    @inlinable
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension ChunkedArray: StorageSharing {
    /// True when every chunk is shared with `other`, so the two are equal without comparing
    /// elements (false says nothing).
    @inlinable
    public func sharesStorage(with other: ChunkedArray) -> Bool {
        guard ends == other.ends else { return false }
        return chunks.indices.allSatisfy { chunks[$0].sharesStorage(with: other.chunks[$0]) }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}

extension ChunkedArray: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String { Array(self).description }
    public var debugDescription: String { "ChunkedArray(\(Array(self).debugDescription))" }
}

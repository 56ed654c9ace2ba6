/// The latest element writes to one chunk, each with the tag the chunk had just before it:
/// write `i` put a new element at `offsets[i]` into a chunk tagged `sources[i]`. So a chunk
/// tagged `sources[i]` in an earlier version holds what the chunk `chunk` holds now, except
/// perhaps at `offsets[i...]`. A `ChunkedArray` keeps the one for its last written chunk, so the
/// splice from any recent version compares those few elements instead of the whole chunk.
@usableFromInline
struct ChunkWrite: Sendable {
    /// The writes followed: older ones are forgotten (a splice from a version that old compares
    /// the whole chunk).
    @usableFromInline static let limit = 16

    @usableFromInline let chunk: Int
    @usableFromInline private(set) var sources: [ChunkTag]
    @usableFromInline private(set) var offsets: [Int]

    @usableFromInline init(chunk: Int, source: ChunkTag, offset: Int) {
        self.chunk = chunk
        sources = [source]
        offsets = [offset]
    }

    /// One more write, at `offset` into the chunk tagged `source`.
    @usableFromInline mutating func add(source: ChunkTag, offset: Int) {
        if sources.count == ChunkWrite.limit {
            sources.removeFirst()
            offsets.removeFirst()
        }
        sources.append(source)
        offsets.append(offset)
    }

    /// The offsets written since the chunk was tagged `tag`; nil when that is not among the
    /// writes followed.
    @usableFromInline func offsets(since tag: ChunkTag) -> ArraySlice<Int>? {
        sources.lastIndex { $0 === tag }.map { offsets[$0...] }
    }
}

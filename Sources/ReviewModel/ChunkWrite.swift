/// What the element writes since a chunk was last tagged `source` changed: the chunk `chunk`
/// holds what the chunk tagged `source` held, except perhaps at `offsets`. A `ChunkedArray`
/// keeps the one for its last written chunk, so the splice from an earlier version that holds
/// `source` there compares those few elements instead of the whole chunk.
@usableFromInline
struct ChunkWrite: Sendable {
    /// More writes to one chunk than this are not followed (the whole chunk is compared).
    @usableFromInline static let limit = 16

    @usableFromInline var chunk: Int
    @usableFromInline var source: ChunkTag
    @usableFromInline var offsets: [Int]

    @usableFromInline init(chunk: Int, source: ChunkTag, offsets: [Int]) {
        self.chunk = chunk
        self.source = source
        self.offsets = offsets
    }
}

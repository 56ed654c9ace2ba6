/// Names what one chunk of a `ChunkedArray` holds. Versions of a list that hold the same tag
/// for a chunk hold equal elements there: a write gives the written chunk a new tag (an
/// append only when another version shares the old one), so a tag never stands for two
/// contents. It is compared by identity and kept alive by whatever refers to it, so a tag
/// seen again is the same tag, never a new one made where an old one was.
@usableFromInline
final class ChunkTag: Sendable {
    @usableFromInline init() {}
}

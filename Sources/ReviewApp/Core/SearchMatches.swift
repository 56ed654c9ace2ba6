/// Where the hits of one search are in the search index, so that the search for a text holding
/// this one (the same with a character more typed) reads only their items: for each block of
/// the index, in the order `SearchIndex.forEachMatch(_:among:_:)` reads the blocks, the slots of
/// the items holding the needle. Kept with the index it was made on (`Derived.lastSearch`).
struct SearchMatches: Sendable {
    let needle: SearchNeedle
    var slots: [[Int32]] = []
}

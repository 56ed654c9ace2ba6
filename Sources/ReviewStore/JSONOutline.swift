/// What the syntax check notes on the way, for reading the document in place (`RawDocument`).
struct JSONOutline {
    /// Where the document's value starts, and where it ends (after its last byte).
    var root = RawNode(offset: 0, line: 1)
    var end = RawNode(offset: 0, line: 1)
    /// The top-level object's members (nil when the document is not an object).
    var rootMembers: [RawMember]?
    /// The number of items of each list of 32 or more, by offset (shorter ones are counted when read).
    var listCounts: [Int: Int] = [:]
}

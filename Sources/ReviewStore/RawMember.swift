/// A member of an object in a `RawDocument`: its name and where its value starts.
struct RawMember {
    var key: String
    var node: RawNode
}

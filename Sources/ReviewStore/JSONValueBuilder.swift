/// What `JSONParsing` makes of each value it reads, bottom up: a value from its text, an
/// object from its members, a list from its items, each with the line it starts on.
protocol JSONValueBuilder {
    associatedtype Value
    associatedtype Members
    associatedtype Items
    /// False: text and numbers are checked but not read out (the builder gets "").
    var readsText: Bool { get }
    func null(line: Int) -> Value
    func bool(_ value: Bool, line: Int) -> Value
    func number(_ text: String, line: Int) -> Value
    func string(_ text: String, line: Int) -> Value
    func emptyMembers() -> Members
    func append(_ key: String, _ value: Value, to members: inout Members)
    func object(_ members: Members, line: Int) -> Value
    func emptyItems() -> Items
    func append(_ item: Value, to items: inout Items)
    func array(_ items: Items, line: Int) -> Value
}

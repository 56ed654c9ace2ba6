@testable import ReviewStore

/// Builds the whole tree while parsing, so that the tests can compare what a load reads in
/// place (`RawDocument`) with every value of the document.
struct JSONTreeBuilder: JSONValueBuilder {
    var readsText: Bool { true }
    func null(line: Int) -> JSONNode { JSONNode(.null, line: line) }
    func bool(_ value: Bool, line: Int) -> JSONNode { JSONNode(.bool(value), line: line) }
    func number(_ text: String, line: Int) -> JSONNode { JSONNode(.number(text), line: line) }
    func string(_ text: String, line: Int) -> JSONNode { JSONNode(.string(text), line: line) }
    func emptyMembers() -> [JSONMember] { [] }
    func append(_ key: String, _ value: JSONNode, to members: inout [JSONMember]) { members.append(JSONMember(key, value)) }
    func object(_ members: [JSONMember], line: Int) -> JSONNode { JSONNode(.object(members), line: line) }
    func emptyItems() -> [JSONNode] { [] }
    func append(_ item: JSONNode, to items: inout [JSONNode]) { items.append(item) }
    func array(_ items: [JSONNode], line: Int) -> JSONNode { JSONNode(.array(items), line: line) }

    /// The document as a tree, or the parser's error.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parsing = JSONParsing(bytes: bytes, builder: JSONTreeBuilder())
        return try parsing.parse()
    }
}

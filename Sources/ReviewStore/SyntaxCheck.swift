/// Builds nothing: the parse only checks the syntax (and notes its outline).
struct SyntaxCheck: JSONValueBuilder {
    var readsText: Bool { false }
    func null(line: Int) {}
    func bool(_ value: Bool, line: Int) {}
    func number(_ text: String, line: Int) {}
    func string(_ text: String, line: Int) {}
    func emptyMembers() {}
    func append(_ key: String, _ value: Void, to members: inout Void) {}
    func object(_ members: Void, line: Int) {}
    func emptyItems() {}
    func append(_ item: Void, to items: inout Void) {}
    func array(_ items: Void, line: Int) {}
}

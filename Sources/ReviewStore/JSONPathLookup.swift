import ReviewModel

/// Finds the line of the value at a JSON path such as `$.milestones[3].date`.
enum JSONPathLookup {
    static func line(of path: String, in document: RawDocument) -> Int? {
        var node = document.root
        var rest = Substring(path.hasPrefix("$") ? String(path.dropFirst()) : path)
        while !rest.isEmpty {
            if rest.hasPrefix(".") {
                rest = rest.dropFirst()
                let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) ?? rest.endIndex
                let key = String(rest[..<end])
                rest = rest[end...]
                guard let next = document.members(node).first(where: { $0.key == key })?.node else { return node.line }
                node = next
            } else if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close])
                else { return node.line }
                rest = rest[rest.index(after: close)...]
                let items = document.items(node)
                guard items.indices.contains(index) else { return node.line }
                node = items[index]
            } else {
                return node.line
            }
        }
        return node.line
    }
}

/// Finds the lines of the values at JSON paths such as `$.milestones[3].date`.
///
/// All the paths of one report are looked up together, in one pass over the document: the
/// paths are merged into a tree, and each object and list on the way is read once however many
/// paths go through it, so thousands of problems cost no more than one read of the file.
enum JSONPathLookup {
    /// The line of each path's value, in order; where a path leads nowhere (a missing field, an
    /// index past the end), the line of the last value on the way that exists.
    static func lines(of paths: [String], in document: RawDocument) -> [Int] {
        var result = [Int](repeating: document.root.line, count: paths.count)
        let tree = Step()
        for (position, path) in paths.enumerated() { tree.insert(path, position) }
        resolve(tree, at: document.root, in: document, into: &result)
        return result
    }

    /// The paths that go through one value: those that end here, and those that go on by a
    /// field name or a list index.
    private final class Step {
        var ending: [Int] = []
        var fields: [String: Step] = [:]
        var items: [Int: Step] = [:]

        /// Adds the path whose result goes at `position`. What cannot be read as `.name` or
        /// `[index]` ends the path where it is.
        func insert(_ path: String, _ position: Int) {
            var step = self
            var rest = Substring(path)
            if rest.hasPrefix("$") { rest = rest.dropFirst() }
            while !rest.isEmpty {
                if rest.hasPrefix(".") {
                    rest = rest.dropFirst()
                    let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) ?? rest.endIndex
                    let key = String(rest[..<end])
                    rest = rest[end...]
                    step = step.fields[key] ?? { let next = Step(); step.fields[key] = next; return next }()
                } else if rest.hasPrefix("["), let close = rest.firstIndex(of: "]"),
                          let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0 {
                    rest = rest[rest.index(after: close)...]
                    step = step.items[index] ?? { let next = Step(); step.items[index] = next; return next }()
                } else {
                    break
                }
            }
            step.ending.append(position)
        }

        /// Every path through this step ends at `line`.
        func assign(_ line: Int, into result: inout [Int]) {
            for position in ending { result[position] = line }
            for step in fields.values { step.assign(line, into: &result) }
            for step in items.values { step.assign(line, into: &result) }
        }
    }

    private static func resolve(_ step: Step, at node: RawNode, in document: RawDocument, into result: inout [Int]) {
        for position in step.ending { result[position] = node.line }
        if !step.fields.isEmpty {
            // Where a key repeats, the last one counts (as when loading).
            var members: [String: RawNode] = [:]
            for member in document.members(node) where step.fields[member.key] != nil { members[member.key] = member.node }
            for (key, next) in step.fields {
                if let child = members[key] { resolve(next, at: child, in: document, into: &result) } else {
                    next.assign(node.line, into: &result)
                }
            }
        }
        if !step.items.isEmpty {
            let last = step.items.keys.max() ?? 0
            var found = 0
            var index = 0
            var item = document.firstItem(node)
            while let current = item, index <= last {
                if let next = step.items[index] {
                    resolve(next, at: current, in: document, into: &result)
                    found += 1
                }
                index += 1
                item = index <= last ? document.item(after: document.end(of: current)) : nil
            }
            if found < step.items.count {
                for (i, next) in step.items where i >= index { next.assign(node.line, into: &result) }
            }
        }
    }
}

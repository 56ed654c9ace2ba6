import ReviewModel

/// Problems as printed: every problem is counted, but at most `perKind` of each kind are
/// listed, then one line says how many more of that kind there are. A file with 5,000
/// duplicate ids gives 20 lines of them and "and 4,980 more of the same kind", not 5,000.
public enum ProblemListing {
    public static let perKind = 20

    /// One line per problem listed, each starting with the file's name; the last line gives
    /// the total when any were left out.
    public static func lines(_ problems: [LocatedIssue], file: String, perKind: Int = perKind) -> [String] {
        guard problems.count > perKind else { return problems.map { "\(file): \($0)" } }
        let kinds = problems.map(kind)
        var totals: [String: Int] = [:]
        for kind in kinds { totals[kind, default: 0] += 1 }
        var shown: [String: Int] = [:]
        var lines: [String] = []
        lines.reserveCapacity(min(problems.count, totals.count * (perKind + 1)) + 1)
        for (problem, kind) in zip(problems, kinds) {
            let count = shown[kind, default: 0] + 1
            shown[kind] = count
            if count <= perKind { lines.append("\(file): \(problem)") }
            if count == perKind, let total = totals[kind], total > perKind {
                lines.append("\(file): \(place(problem)): and \(CountText.format(total - perKind)) more of the same kind")
            }
        }
        if totals.values.contains(where: { $0 > perKind }) {
            lines.append("\(file): $: \(CountText.format(problems.count)) problems in all, at most \(perKind) of each kind listed")
        }
        return lines
    }

    /// What a problem is, without where: the JSON path without its indices and last field
    /// name, and the message without quoted text and figures. "$.actions[7].id: duplicate id
    /// "a-1", already used at $.actions[2].id" and the same for actions 8 and 9 are one kind.
    static func kind(_ problem: LocatedIssue) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(problem.issue.path.utf8.count + problem.issue.message.utf8.count + 8)
        key.append(contentsOf: problem.severity.rawValue.utf8)
        key.append(0)
        appendSkeleton(of: parent(problem.issue.path), to: &key)
        key.append(0)
        appendSkeleton(of: Substring(problem.issue.message).utf8, to: &key)
        return String(decoding: key, as: UTF8.self)
    }

    /// Where the problems of a kind are: `$.actions[…]` for `$.actions[7].id`.
    static func place(_ problem: LocatedIssue) -> String {
        var bytes: [UInt8] = []
        appendSkeleton(of: parent(problem.issue.path), to: &bytes)
        var shown: [UInt8] = []
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "]"), i > 0, bytes[i - 1] == UInt8(ascii: "[") { shown.append(contentsOf: "…".utf8) }
            shown.append(byte)
        }
        return String(decoding: shown, as: UTF8.self)
    }

    /// The path without its last field name (`$.actions[7]` for `$.actions[7].id`), unless that
    /// ends in an index (`$.milestones[1].dependsOn[0]` stays whole).
    private static func parent(_ path: String) -> Substring.UTF8View {
        let bytes = Substring(path).utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")),
              !bytes[dot...].contains(UInt8(ascii: "[")) else { return bytes }
        return Substring(path)[..<dot].utf8
    }

    /// The text without digits and without what is between double quotes.
    private static func appendSkeleton(of text: Substring.UTF8View, to result: inout [UInt8]) {
        var quoted = false
        for byte in text {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted || (byte >= 0x30 && byte <= 0x39) { continue }
            result.append(byte)
        }
    }
}

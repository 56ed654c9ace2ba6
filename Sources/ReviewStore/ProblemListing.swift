import ReviewModel

/// Problems as printed: every problem is counted, but at most `perKind` of each kind are
/// listed, then one line says how many more of that kind there are. A file with 5,000
/// duplicate ids gives 20 lines of them and "and 4,980 more of the same kind", not 5,000.
public enum ProblemListing {
    public static let perKind = 20

    /// One line per problem listed, each starting with the file's name; the last line gives
    /// the total when any were left out.
    public static func lines(_ problems: [LocatedIssue], file: String, perKind: Int = perKind) -> [String] {
        let kinds = problems.map(kind)
        var totals: [String: Int] = [:]
        for kind in kinds { totals[kind.key, default: 0] += 1 }
        var shown: [String: Int] = [:]
        var lines: [String] = []
        lines.reserveCapacity(min(problems.count, totals.count * (perKind + 1)) + 1)
        for (problem, kind) in zip(problems, kinds) {
            let count = shown[kind.key, default: 0] + 1
            shown[kind.key] = count
            if count <= perKind { lines.append("\(file): \(problem)") }
            if count == perKind, let total = totals[kind.key], total > perKind {
                lines.append("\(file): \(kind.place): and \(CountText.format(total - perKind)) more of the same kind")
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
    static func kind(_ problem: LocatedIssue) -> (key: String, place: String) {
        var path = Substring(problem.issue.path)
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("[") { path = path[..<dot] }
        let place = skeleton(path).replacingOccurrences(of: "[]", with: "[…]")
        return ("\(problem.severity.rawValue) \(place) \(skeleton(Substring(problem.issue.message)))", place)
    }

    /// The text without digits and without what is between double quotes.
    private static func skeleton(_ text: Substring) -> String {
        var result = String.UnicodeScalarView()
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if quoted || ("0"..."9").contains(scalar) { continue }
            result.append(scalar)
        }
        return String(result)
    }
}

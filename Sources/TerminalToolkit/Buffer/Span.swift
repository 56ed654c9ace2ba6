/// A piece of text in one style, for writing mixed styles on a row.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

extension Array where Element == Span {
    /// The spans cut to `width` columns by shortening one of them, `flexible` (with an
    /// ellipsis), so the spans after it stay whole: a header keeps its date while the title
    /// before it gives way. When even an empty flexible span leaves too little room, the spans
    /// from the end are dropped (the flexible one last).
    public func fitted(toWidth width: Int, flexible: Int, ellipsis: String = "…") -> [Span] {
        var spans = self
        while true {
            let fixed = spans.indices.filter { $0 != flexible }.map { spans[$0].text.terminalWidth }.reduce(0, +)
            let room = width - fixed
            if spans.indices.contains(flexible), room >= Swift.min(spans[flexible].text.terminalWidth, ellipsis.terminalWidth + 1) {
                spans[flexible].text = spans[flexible].text.truncated(toWidth: room, ellipsis: ellipsis)
                return spans
            }
            guard let last = spans.indices.last, last > flexible else {
                return spans.isEmpty ? [] : [Span(spans[0].text.truncated(toWidth: width, ellipsis: ellipsis), style: spans[0].style)]
            }
            spans.remove(at: last)
        }
    }
}

import Foundation
import ReviewModel
import TerminalToolkit

/// Who and what the programme is: the paper's summary, the organisations with their accountable
/// officers and chairs, places by name, key figures, principles, engagement, and the warnings
/// found when the file was opened. Long text wraps; ↑/↓ and PgUp/PgDn scroll.
enum OverviewView {
    /// How many organisations and places the overview lists: a paper has a handful; a
    /// programme with hundreds is summarised, so the overview costs about the same to draw
    /// whatever the size of the review (the budgets pane and the board paper list them all).
    static let listed = 20

    /// "…and 160 more organisations: 4 Budgets lists them all" under a list cut at `listed`.
    static func more(_ count: Int, _ noun: String, pane: Pane) -> (text: String, role: ThemeRole)? {
        guard count > listed else { return nil }
        return ("…and \(count - listed) more \(noun): \(pane.rawValue) \(pane.title) lists them all", .muted)
    }

    /// The Overview's paragraphs, each with its style, before wrapping.
    static func paragraphs(_ state: AppState) -> [(text: String, role: ThemeRole)] {
        let programme = state.review.programme
        var out: [(String, ThemeRole)] = []
        func heading(_ text: String) {
            if !out.isEmpty { out.append(("", .normal)) }
            out.append(("── \(text)", .title))
        }
        func count(_ value: Int?, _ word: String) -> String? {
            value.map { "\(DecimalText.format(Decimal($0), places: 0)) \(word)" }
        }
        out.append(("\(programme.name.singleLine)", .header))
        var facts: [String] = []
        if !programme.system.isEmpty { facts.append("System: \(programme.system.singleLine)") }
        facts.append("As of \(programme.asOf.short)")
        out.append((facts.joined(separator: " · "), .normal))
        let edit = state.isReadOnly ? "" : " (\(KeyTable.keyNames([.edit], in: .overview)) edits)"
        heading("Cover sheet\(edit)")
        out += coverSheet(state.review.coverSheet)
        if !programme.summary.isEmpty {
            heading("Summary")
            out.append((programme.summary, .normal))
        }
        heading("Organisations (\(programme.organisations.count))")
        if programme.organisations.isEmpty { out.append(("None recorded.", .muted)) }
        let placeNames = Dictionary(programme.places.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let organisationNames = Dictionary(programme.organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for organisation in programme.organisations.prefix(listed) {
            let kind = organisation.kind.isEmpty ? "" : " (\(organisation.kind))"
            out.append(("\(organisation.name.singleLine)\(kind)", .header))
            let officer = organisation.accountableOfficer.isEmpty ? "not named" : organisation.accountableOfficer.singleLine
            let chair = organisation.chair.isEmpty ? "not named" : organisation.chair.singleLine
            out.append(("  Accountable officer: \(officer) · Chair: \(chair)", .normal))
            let sizes = [count(organisation.registeredPopulation, "people"), count(organisation.practices, "practices")].compactMap { $0 }
            let places = organisation.placeIds.compactMap { placeNames[$0] }
            var detail = sizes
            if !places.isEmpty { detail.append("serves " + places.joined(separator: ", ")) }
            if !detail.isEmpty { out.append(("  " + detail.joined(separator: " · "), .muted)) }
        }
        if let more = more(programme.organisations.count, "organisations", pane: .budgets) { out.append(more) }
        if !programme.places.isEmpty {
            heading("Places (\(programme.places.count))")
            for place in programme.places.prefix(listed) {
                let sizes = [count(place.registeredPopulation, "people"), count(place.practices, "practices"), count(place.pcns, "PCNs")]
                    .compactMap { $0 }
                out.append((place.name.singleLine + (sizes.isEmpty ? "" : ": " + sizes.joined(separator: ", ")), .normal))
            }
            if let more = more(programme.places.count, "places", pane: .budgets) { out.append(more) }
        }
        if !programme.keyFigures.isEmpty {
            heading("Key figures (\(programme.keyFigures.count))")
            for figure in programme.keyFigures {
                var where_: [String] = []
                if let date = figure.date { where_.append(date.display) }
                if let id = figure.organisationId, let name = organisationNames[id] {
                    where_.append(name)
                }
                if let id = figure.placeId, let name = placeNames[id] { where_.append(name) }
                let context = where_.isEmpty ? "" : " (\(where_.joined(separator: ", ")))"
                out.append(("\(figure.label.singleLine): \(figure.formattedValue)\(context)", .normal))
                if let sum = figure.sumOfParts {
                    let parts = figure.parts.map { "\($0.label) \(figure.format($0.value))" }.joined(separator: "; ")
                    out.append(("  Parts: \(parts)", .muted))
                    if sum != figure.value {
                        out.append(("  WARNING: the parts sum to \(figure.format(sum)), not \(figure.formattedValue) as stated", .warning))
                    }
                }
                if !figure.source.isEmpty { out.append(("  Source: \(figure.source)", .muted)) }
            }
        }
        if !programme.principles.isEmpty {
            heading("Principles")
            for principle in programme.principles { out.append(("• \(principle)", .normal)) }
        }
        if let engagement = programme.engagement {
            heading("Engagement")
            if let period = engagement.period { out.append(("When: \(period.display)", .normal)) }
            if !engagement.audiences.isEmpty { out.append(("Who is asked: " + engagement.audiences.joined(separator: "; "), .normal)) }
            for (i, question) in engagement.questions.enumerated() { out.append(("Q\(i + 1). \(question)", .normal)) }
            if !engagement.howToRespond.isEmpty { out.append(("How to respond: \(engagement.howToRespond)", .normal)) }
            if let responses = engagement.responsesReceived { out.append(("Responses received: \(responses)", .normal)) }
            if !engagement.findings.isEmpty { out.append(("Findings: \(engagement.findings)", .normal)) }
        }
        if !programme.source.isEmpty {
            heading("Source")
            out.append((programme.source, .muted))
        }
        if !state.openingWarnings.isEmpty {
            heading("Warnings found when the file was opened (\(state.openingWarnings.count))")
            for warning in state.openingWarnings { out.append(("WARNING: \(warning)", .warning)) }
        }
        return out
    }

    /// The cover sheet the board paper opens with (the review's `paper` section).
    static func coverSheet(_ paper: PaperDetails) -> [(text: String, role: ThemeRole)] {
        guard !paper.isEmpty else {
            return [("Not filled in: the meeting, its date, the agenda item, the purpose, the author, the sponsor.", .muted)]
        }
        func given(_ value: String) -> String { value.isEmpty ? "not given" : value.singleLine }
        var out: [(text: String, role: ThemeRole)] = [
            ("Meeting: \(given(paper.meeting)) · Date: \(given(paper.meetingDate)) · Agenda item: \(given(paper.agendaItem))", .normal),
            ("Purpose: \(paper.purpose?.label ?? "not given")", .normal),
            ("Author: \(given(paper.author)) · Executive sponsor: \(given(paper.sponsor))", .normal),
        ]
        if !paper.previouslyConsidered.isEmpty { out.append(("Previously considered by: \(paper.previouslyConsidered.singleLine)", .normal)) }
        return out
    }

    /// The Overview wrapped to `width`: the lines kept in the state when they are for this
    /// state and width (`prepare`), else wrapped now.
    static func lines(_ state: AppState, width: Int) -> [OverviewLine] { text(state, width: width).lines }

    /// The Overview wrapped to `width`: the one kept in the state when it is for this state and
    /// width, else wrapped now.
    private static func text(_ state: AppState, width: Int) -> OverviewText {
        if let kept = state.overviewText, kept.describes(state, width: width) { return kept }
        return OverviewText(state, width: width)
    }

    /// Keeps the Overview wrapped in the state while it is the pane shown, for the frames and
    /// scrolling that follow.
    static func prepare(_ state: inout AppState) {
        guard state.pane == .overview else { return }
        state.overviewText = text(state, width: area(state).width)
    }

    static func area(_ state: AppState) -> Rect {
        let body = Geometry.body(state.size, presenting: state.presenting != nil)
        return Rect(x: body.x + 1, y: body.y, width: max(1, body.width - 2), height: body.height)
    }

    /// The largest scroll offset: the last line at the bottom of the pane.
    static func lastOffset(_ state: AppState) -> Int {
        let area = area(state)
        return max(0, lines(state, width: area.width).count - area.height)
    }

    static func render(_ state: AppState, in body: Rect, into buffer: inout Buffer) {
        let area = Rect(x: body.x + 1, y: body.y, width: max(1, body.width - 2), height: body.height)
        let all = lines(state, width: area.width)
        let first = min(state.overviewOffset, max(0, all.count - area.height))
        for (row, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            buffer.write(line.text, x: area.x, y: area.y + row, style: state.theme[line.role], clip: area)
        }
        // Where the text is, in the column right of it (never over it).
        ScrollGutter(offset: first, visible: area.height, count: all.count)
            .render(in: Rect(x: area.right, y: area.y, width: 1, height: area.height), buffer: &buffer, style: state.theme[.muted])
    }
}

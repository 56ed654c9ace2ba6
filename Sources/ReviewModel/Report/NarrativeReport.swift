/// The paper's narrative: its summary, principles, key figures (each with its source, a figure
/// whose parts disagree saying so with both numbers) and engagement.
extension BoardPaper {
    static func narrativeSection(_ review: Review) -> [PaperBlock] {
        let programme = review.programme
        var blocks: [PaperBlock] = []
        if !programme.summary.isEmpty || !programme.principles.isEmpty {
            blocks.append(.heading("The programme", level: 2))
            if !programme.summary.isEmpty { blocks.append(.paragraph(programme.summary)) }
            if !programme.principles.isEmpty {
                blocks.append(.heading("Principles", level: 3))
                blocks.append(.list(programme.principles.map { PaperListItem($0) }))
            }
        }
        if !programme.keyFigures.isEmpty {
            blocks.append(.heading("Key figures", level: 2))
            let rows: [[ReportValue]] = programme.keyFigures.map { figure in
                let agrees: String
                if let sum = figure.sumOfParts {
                    agrees = sum == figure.value ? "Agrees with its parts" : "NO: its parts sum to \(figure.format(sum))"
                } else {
                    agrees = ""
                }
                return [.text(figure.id), .text(figure.label), .text(figure.formattedValue), .optionalText(figure.date?.display),
                        .text(figure.source), .text(agrees)]
            }
            blocks.append(.table(ReportTable(name: "key-figures", columns: [
                .csvOnly("id"), ReportColumn("Figure", csv: "label"), ReportColumn("Value", csv: "value", numeric: true),
                ReportColumn("When", csv: "date"), ReportColumn("Where the paper says it", csv: "source"),
                ReportColumn("Parts", csv: "parts"),
            ], rows: rows)))
        }
        if let engagement = programme.engagement {
            blocks.append(.heading("Engagement", level: 2))
            var items: [PaperListItem] = []
            if let period = engagement.period { items.append(PaperListItem("When: \(period.display)")) }
            if !engagement.audiences.isEmpty { items.append(PaperListItem("Who is asked:", children: engagement.audiences)) }
            if !engagement.questions.isEmpty { items.append(PaperListItem("Questions:", children: engagement.questions)) }
            if !engagement.howToRespond.isEmpty { items.append(PaperListItem("How to respond: \(engagement.howToRespond)")) }
            if let responses = engagement.responsesReceived { items.append(PaperListItem("Responses received: \(responses)")) }
            if !engagement.findings.isEmpty { items.append(PaperListItem("Findings: \(engagement.findings)")) }
            blocks.append(.list(items))
        }
        return blocks
    }
}

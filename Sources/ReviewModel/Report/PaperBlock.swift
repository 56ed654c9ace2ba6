/// One block of the board paper, independent of the format it is written in. The paper is
/// built once as a list of blocks (`BoardPaper.document`) and each format (Markdown, HTML,
/// Word) writes the same list, so no format can say something the others do not. Text is
/// the review's own text, unescaped: each writer escapes it for its format.
public enum PaperBlock: Hashable, Sendable {
    /// A heading: level 1 is the paper's title, 2 a major section, 3 a subsection.
    case heading(String, level: Int)
    /// A paragraph of plain text.
    case paragraph(String)
    /// A bulleted list, one level of nesting.
    case list([PaperListItem])
    case table(ReportTable)
    /// A chart drawn from the same data as the table beside it. The Markdown paper leaves
    /// charts out (its tables carry the figures); HTML and Word draw them, each with its text
    /// alternative.
    case chart(ReportChart)
    /// Blocks printed on landscape pages (the appraisal matrix); the Markdown paper has no pages.
    case landscape([PaperBlock])
    /// Starts a new page in the paged formats (after the cover sheet).
    case pageBreak
}

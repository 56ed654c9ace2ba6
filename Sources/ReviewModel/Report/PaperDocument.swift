/// The board paper as blocks, with what the paged formats print around them.
public struct PaperDocument: Hashable, Sendable {
    /// The programme's name: the footer of every page.
    public var programmeName: String
    public var blocks: [PaperBlock]

    public init(programmeName: String, blocks: [PaperBlock]) {
        self.programmeName = programmeName
        self.blocks = blocks
    }
}

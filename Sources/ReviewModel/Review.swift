/// One merger programme's review: the whole document a file holds.
public struct Review: Hashable, Sendable {
    /// The file format version this program writes; every earlier version is read and upgraded.
    /// Version 2 holds dates at the paper's precision; version 3 added the optional `paper`
    /// section (the cover sheet's details); version 4 added the `conflicts` section; version 5
    /// adds each history entry's `contentHash` and `changedIds`.
    public static let currentSchemaVersion = 5

    public var programme: Programme
    public var milestones: ChunkedArray<Milestone>
    public var mergerTests: ChunkedArray<MergerTest>
    public var appraisal: Appraisal
    public var budgets: Budgets
    public var recommendations: [Recommendation]
    public var actions: ChunkedArray<Action>
    public var history: [HistoryEntry]
    /// Differences a merge left for a person to settle (see `ReviewMerge`); empty otherwise.
    public var conflicts: [MergeConflict]
    /// The board paper's cover-sheet details; nil when the file has no `paper` section.
    public var paper: PaperDetails?

    public init(programme: Programme, milestones: ChunkedArray<Milestone> = [], mergerTests: ChunkedArray<MergerTest> = [],
                appraisal: Appraisal = Appraisal(), budgets: Budgets = Budgets(),
                recommendations: [Recommendation] = [], actions: ChunkedArray<Action> = [], history: [HistoryEntry] = [],
                conflicts: [MergeConflict] = [], paper: PaperDetails? = nil) {
        self.paper = paper
        self.programme = programme
        self.milestones = milestones
        self.mergerTests = mergerTests
        self.appraisal = appraisal
        self.budgets = budgets
        self.recommendations = recommendations
        self.actions = actions
        self.history = history
        self.conflicts = conflicts
    }
}

/// One merger programme's review: the whole document a file holds.
public struct Review: Hashable, Sendable {
    /// The file format version this program writes; every earlier version is read and upgraded.
    public static let currentSchemaVersion = 2

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

    public init(programme: Programme, milestones: ChunkedArray<Milestone> = [], mergerTests: ChunkedArray<MergerTest> = [],
                appraisal: Appraisal = Appraisal(), budgets: Budgets = Budgets(),
                recommendations: [Recommendation] = [], actions: ChunkedArray<Action> = [], history: [HistoryEntry] = [],
                conflicts: [MergeConflict] = []) {
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

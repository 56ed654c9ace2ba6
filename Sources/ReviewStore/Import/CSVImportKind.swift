/// What `merger-review import` reads: the CSV files `report --format csv` writes.
public enum CSVImportKind: String, CaseIterable, Sendable {
    /// budgets.csv: the organisations' and places' counts and money, by year.
    case budgets
    /// timeline.csv: the milestones.
    case milestones
    /// tests.csv (and evidence.csv beside it, when there is one): the merger tests.
    case tests
}

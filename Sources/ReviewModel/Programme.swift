/// The merger programme: who is merging, where, and the date figures are computed against.
public struct Programme: Hashable, Sendable {
    public var name: String
    public var system: String
    public var asOf: CalendarDate
    public var source: String
    public var organisations: [Organisation]
    public var places: [Place]
    /// The paper's own summary of what the programme is and why.
    public var summary: String
    /// The principles the paper sets out, one text each.
    public var principles: [String]
    /// The figures the paper states, each with its source.
    public var keyFigures: [KeyFigure]
    public var engagement: Engagement?

    public init(name: String, system: String, asOf: CalendarDate, source: String = "",
                organisations: [Organisation] = [], places: [Place] = [], summary: String = "",
                principles: [String] = [], keyFigures: [KeyFigure] = [], engagement: Engagement? = nil) {
        self.name = name
        self.system = system
        self.asOf = asOf
        self.source = source
        self.organisations = organisations
        self.places = places
        self.summary = summary
        self.principles = principles
        self.keyFigures = keyFigures
        self.engagement = engagement
    }
}

/// The merger programme: who is merging, where, and the date figures are computed against.
public struct Programme: Hashable, Sendable {
    public var name: String
    public var system: String
    public var asOf: CalendarDate
    public var source: String
    public var organisations: [Organisation]
    public var places: [Place]

    public init(name: String, system: String, asOf: CalendarDate, source: String = "",
                organisations: [Organisation] = [], places: [Place] = []) {
        self.name = name
        self.system = system
        self.asOf = asOf
        self.source = source
        self.organisations = organisations
        self.places = places
    }
}

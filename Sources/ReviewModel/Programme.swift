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

/// A merging body, usually a CCG.
public struct Organisation: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: String
    public var accountableOfficer: String
    public var chair: String
    public var registeredPopulation: Int?
    public var practices: Int?
    public var placeIds: [String]
    public var notes: String

    public init(id: String, name: String, kind: String = "CCG", accountableOfficer: String = "", chair: String = "",
                registeredPopulation: Int? = nil, practices: Int? = nil, placeIds: [String] = [], notes: String = "") {
        self.id = id
        self.name = name
        self.kind = kind
        self.accountableOfficer = accountableOfficer
        self.chair = chair
        self.registeredPopulation = registeredPopulation
        self.practices = practices
        self.placeIds = placeIds
        self.notes = notes
    }
}

/// A local footprint inside the system (an ICP/MCP area, a borough).
public struct Place: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var registeredPopulation: Int?
    public var practices: Int?
    public var pcns: Int?
    public var organisationIds: [String]
    public var notes: String

    public init(id: String, name: String, registeredPopulation: Int? = nil, practices: Int? = nil, pcns: Int? = nil,
                organisationIds: [String] = [], notes: String = "") {
        self.id = id
        self.name = name
        self.registeredPopulation = registeredPopulation
        self.practices = practices
        self.pcns = pcns
        self.organisationIds = organisationIds
        self.notes = notes
    }
}

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

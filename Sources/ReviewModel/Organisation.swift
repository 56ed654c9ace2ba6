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

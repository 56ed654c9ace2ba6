import Foundation

public struct AppraisalOption: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var description: String
    public var organisationsLeft: Int?
    public var pros: [String]
    public var cons: [String]

    public init(id: String, title: String, description: String = "", organisationsLeft: Int? = nil,
                pros: [String] = [], cons: [String] = []) {
        self.id = id
        self.title = title
        self.description = description
        self.organisationsLeft = organisationsLeft
        self.pros = pros
        self.cons = cons
    }
}

import Foundation

/// The engagement or consultation a paper describes: when, who is asked, what, how to respond,
/// and what came back.
public struct Engagement: Hashable, Sendable {
    public var period: FlexibleDate?
    public var audiences: [String]
    public var questions: [String]
    public var howToRespond: String
    public var responsesReceived: Int?
    public var findings: String

    public init(period: FlexibleDate? = nil, audiences: [String] = [], questions: [String] = [], howToRespond: String = "",
                responsesReceived: Int? = nil, findings: String = "") {
        self.period = period
        self.audiences = audiences
        self.questions = questions
        self.howToRespond = howToRespond
        self.responsesReceived = responsesReceived
        self.findings = findings
    }
}

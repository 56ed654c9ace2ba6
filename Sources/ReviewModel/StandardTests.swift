/// NHS England's merger tests (April 2019 procedure), as Coventry & Warwickshire's Annex One lists them.
/// Used to start a new review; a programme keeps, renames, reorders or adds to its own list.
public enum StandardTests {
    public static let all: [(id: String, title: String, description: String)] = [
        ("test-alignment", "Alignment with the STP/ICS",
         "Alignment with (or within) the local STP/ICS footprint."),
        ("test-coterminosity", "Co-terminosity with local authorities",
         "Co-terminosity with local authorities, and place arrangements of 250-500k population."),
        ("test-commissioning-capacity", "Strategic commissioning capacity",
         "Strategic, integrated commissioning capacity and capability."),
        ("test-clinical-leadership", "Clinical leadership",
         "Clinically led; how members take part in decisions."),
        ("test-financial-management", "Financial management",
         "Financial controls and stewardship of public funds."),
        ("test-joint-working", "Joint working",
         "Builds on collaboration; how the merger itself is resourced."),
        ("test-engagement", "Engagement with local communities",
         "Ability to engage with local communities."),
        ("test-cost-savings", "Cost savings",
         "Savings to date and projected, when, and how cash is reinvested."),
        ("test-governing-body-approval", "Governing Body approval",
         "Evidence of approval from every existing governing body."),
        ("test-member-consultation", "GP members and Healthwatch consultation",
         "GP members and local Healthwatch consulted: level of support and prevailing views."),
    ]

    public static func blankReview(name: String, asOf: CalendarDate) -> Review {
        Review(
            programme: Programme(name: name, system: "", asOf: asOf),
            mergerTests: ChunkedArray(all.map { MergerTest(id: $0.id, title: $0.title, description: $0.description) }))
    }
}

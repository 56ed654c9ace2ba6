import ReviewModel

/// Fresh ids that no item in the review uses.
enum NewIds {
    static func unique(_ prefix: String, in review: Review) -> String {
        let used = Set(review.allIds)
        var number = used.count + 1
        while used.contains("\(prefix)-\(number)") { number += 1 }
        return "\(prefix)-\(number)"
    }

    static func copyId(of id: String, in review: Review) -> String {
        let used = Set(review.allIds)
        var candidate = "\(id)-copy"
        var number = 2
        while used.contains(candidate) {
            candidate = "\(id)-copy\(number)"
            number += 1
        }
        return candidate
    }
}

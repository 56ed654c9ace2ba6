import Foundation
import ReviewModel

/// The editable fields of each kind of item, in the order Tab visits them.
enum ItemFields {
    static let dateHint = "30/09/2020 · Sep 2020 · Q2 2020 · 2019/20 · by 30 Sep 2020 · TBC · paper's words @ date"
    static let dayHint = "30 Sep 2020 · 2020-09-30 · 30/09/2020"

    static func fields(for item: ItemRef, in review: Review, year: FinancialYear?) -> [FieldSpec] {
        switch item {
        case .milestone(let i): return milestone(i, review)
        case .test(let i): return test(i)
        case .evidence(let t, let e): return evidence(t, e)
        case .cell(let o, let c): return cell(o, c, review) + criterion(c) + option(o, review)
        case .criterion(let c): return criterion(c)
        case .option(let o): return option(o, review)
        case .organisation(let i): return organisation(i, review, year: year)
        case .place(let i): return place(i, review, year: year)
        case .budgetLine: return []
        case .recommendation(let i): return recommendation(i)
        case .action(let i): return action(i, review)
        case .paper: return coverSheet()
        }
    }

    /// Ids separated by commas, each checked against the allowed set.
    static func idList(_ name: String, _ path: WritableKeyPath<Review, [String]> & Sendable, allowed: [String], kind: String) -> FieldSpec {
        let allowedSet = Set(allowed)
        return idList(name, path, sample: Array(allowed.prefix(3)), kind: kind, isAllowed: { _, id in allowedSet.contains(id) })
    }

    /// As above, with the allowed ids checked when the field is accepted (by `isAllowed`, given the
    /// review being edited) rather than collected when the editor opens: a milestone's editor opens
    /// in constant time however many milestones there are.
    static func idList(_ name: String, _ path: WritableKeyPath<Review, [String]> & Sendable, sample: [String], kind: String,
                       isAllowed: @escaping @Sendable (Review, String) -> Bool) -> FieldSpec {
        let sample = sample.joined(separator: ", ")
        return FieldSpec(name, kind: .value, hint: "\(kind) ids separated by commas (e.g. \(sample))",
                         read: { $0[keyPath: path].joined(separator: ", ") },
                         write: { review, text in
                             let ids = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                             if let unknown = ids.first(where: { !isAllowed(review, $0) }) {
                                 return .failure(.invalid("no \(kind) has the id \"\(unknown)\""))
                             }
                             var copy = review
                             copy[keyPath: path] = ids
                             return .success(copy)
                         })
    }

    /// A list of sentences, one per line (pros, cons).
    static func lines(_ name: String, _ path: WritableKeyPath<Review, [String]> & Sendable) -> FieldSpec {
        FieldSpec(name, kind: .notes, hint: "one per line: ^N new line · Enter accept",
                  read: { $0[keyPath: path].joined(separator: "\n") },
                  write: { review, text in
                      var copy = review
                      copy[keyPath: path] = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                      return .success(copy)
                  })
    }

    /// The cover sheet (the review's `paper` section): the purpose is a choice, the rest text;
    /// an empty field is left out of the paper.
    static func coverSheet() -> [FieldSpec] {
        let notGiven = "Not given"
        // "Decision", not "For decision": the first letter picks a choice.
        let label: @Sendable (PaperPurpose) -> String = { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
        let purposes = [notGiven] + PaperPurpose.allCases.map(label)
        return [
            .text("Meeting", \Review.coverSheet.meeting),
            .text("Meeting date", \Review.coverSheet.meetingDate),
            .text("Agenda item", \Review.coverSheet.agendaItem),
            FieldSpec("Purpose", kind: .choice(purposes), hint: "Space cycles · first letter picks · Enter accept",
                      read: { $0.coverSheet.purpose.map(label) ?? notGiven },
                      write: { review, text in
                          guard purposes.contains(text) else { return .failure(.invalid("choose one of: " + purposes.joined(separator: ", "))) }
                          var copy = review
                          copy.coverSheet.purpose = PaperPurpose.allCases.first { label($0) == text }
                          return .success(copy)
                      }),
            .text("Author", \Review.coverSheet.author),
            .text("Executive sponsor", \Review.coverSheet.sponsor),
            .text("Previously considered by", \Review.coverSheet.previouslyConsidered),
        ]
    }

    static func milestone(_ i: Int, _ review: Review) -> [FieldSpec] {
        let ownId = review.milestones[i].id
        // The first three other milestones' ids, for the hint; the rest are checked on accepting.
        var sample: [String] = []
        for milestone in review.milestones where milestone.id != ownId {
            sample.append(milestone.id)
            if sample.count == 3 { break }
        }
        return [
            .text("Title", \Review.milestones[i].title, required: true),
            .parsed("Date", hint: dateHint, \Review.milestones[i].date, show: { ValueParsing.editText($0) },
                    parse: ValueParsing.flexibleDate),
            FieldSpec("End date", kind: .value, hint: dateHint + " · empty for none",
                      read: { ValueParsing.editText($0.milestones[i].endDate) },
                      write: { review, text in
                          var copy = review
                          if text.trimmingCharacters(in: .whitespaces).isEmpty {
                              copy.milestones[i].endDate = nil
                              return .success(copy)
                          }
                          return ValueParsing.flexibleDate(text).flatMap { end in
                              if let last = end.latestDay, let first = review.milestones[i].date.earliestDay, last < first {
                                  return .failure(.invalid("the end date is before the start (\(review.milestones[i].date.display))"))
                              }
                              copy.milestones[i].endDate = end
                              return .success(copy)
                          }
                      }),
            .choice("Status", \Review.milestones[i].status, label: { $0.label }),
            .text("Owner", \Review.milestones[i].owner),
            idList("Depends on", \Review.milestones[i].dependsOn, sample: sample, kind: "milestone",
                   isAllowed: { review, id in id != ownId && review.milestones.contains { $0.id == id } }),
            .text("Notes", \Review.milestones[i].notes, kind: .notes),
        ]
    }

    static func test(_ i: Int) -> [FieldSpec] {
        [
            .text("Title", \Review.mergerTests[i].title, required: true),
            .choice("Status", \Review.mergerTests[i].status, label: { $0.label }),
            .choice("RAG", \Review.mergerTests[i].rag, label: { $0.label }),
            .text("Owner", \Review.mergerTests[i].owner),
            .optional("Target date", hint: dateHint, \Review.mergerTests[i].targetDate, show: { ValueParsing.editText($0) },
                      parse: ValueParsing.flexibleDate),
            .text("Description", \Review.mergerTests[i].description, kind: .notes),
            .text("Notes", \Review.mergerTests[i].notes, kind: .notes),
        ]
    }

    static func evidence(_ t: Int, _ e: Int) -> [FieldSpec] {
        [
            .text("Evidence title", \Review.mergerTests[t].evidence[e].title, required: true),
            .text("Reference", \Review.mergerTests[t].evidence[e].reference),
            .optional("Date", hint: dayHint, \Review.mergerTests[t].evidence[e].date, show: { $0.short }, parse: ValueParsing.day),
            .choice("State", \Review.mergerTests[t].evidence[e].state, label: { $0.label }),
        ]
    }

    /// Editing a cell that does not exist yet creates it.
    static func cell(_ o: Int, _ c: Int, _ review: Review) -> [FieldSpec] {
        let optionId = review.appraisal.options[o].id
        let criterionId = review.appraisal.criteria[c].id
        @Sendable func index(_ review: Review) -> Int? {
            review.appraisal.cells.firstIndex { $0.optionId == optionId && $0.criterionId == criterionId }
        }
        @Sendable func updating(_ review: Review, _ change: (inout AppraisalCell) -> Void) -> Review {
            var copy = review
            if let i = index(copy) { change(&copy.appraisal.cells[i]) } else {
                var cell = AppraisalCell(optionId: optionId, criterionId: criterionId)
                change(&cell)
                copy.appraisal.cells.append(cell)
            }
            return copy
        }
        return [
            FieldSpec("Judgement", kind: .notes, hint: "the paper's words · Enter accept",
                      read: { review in index(review).map { review.appraisal.cells[$0].judgement } ?? "" },
                      write: { review, text in .success(updating(review) { $0.judgement = text }) }),
            FieldSpec("Score", kind: .value, hint: "a number within the appraisal's scale · empty clears",
                      read: { review in index(review).flatMap { review.appraisal.cells[$0].score }.map(DecimalText.canonical) ?? "" },
                      write: { review, text in
                          if text.trimmingCharacters(in: .whitespaces).isEmpty { return .success(updating(review) { $0.score = nil }) }
                          return ValueParsing.decimal(text).flatMap { score in
                              guard let scale = review.appraisal.scale else {
                                  return .failure(.invalid("this appraisal has no score scale; it records judgements only"))
                              }
                              guard scale.contains(score) else {
                                  return .failure(.invalid("\(DecimalText.canonical(score)) is outside the scale \(DecimalText.canonical(scale.min))-\(DecimalText.canonical(scale.max))"))
                              }
                              return .success(updating(review) { $0.score = score })
                          }
                      }),
        ]
    }

    static func criterion(_ c: Int) -> [FieldSpec] {
        [
            .text("Criterion", \Review.appraisal.criteria[c].title, required: true),
            .optional("Weight", hint: "zero or more", \Review.appraisal.criteria[c].weight, show: { DecimalText.canonical($0) },
                      parse: { text in
                          ValueParsing.decimal(text).flatMap { $0 < 0 ? .failure(.invalid("a weight cannot be negative")) : .success($0) }
                      }),
            .text("Criterion description", \Review.appraisal.criteria[c].description, kind: .notes),
        ]
    }

    static func option(_ o: Int, _ review: Review) -> [FieldSpec] {
        let id = review.appraisal.options[o].id
        return [
            .text("Option title", \Review.appraisal.options[o].title, required: true),
            .text("Option description", \Review.appraisal.options[o].description, kind: .notes),
            .optional("Organisations left", hint: "how many bodies remain", \Review.appraisal.options[o].organisationsLeft,
                      show: { String($0) }, parse: ValueParsing.count),
            lines("Pros", \Review.appraisal.options[o].pros),
            lines("Cons", \Review.appraisal.options[o].cons),
            FieldSpec("Preferred", kind: .choice(["No", "Yes"]), hint: "Space cycles · Enter accept",
                      read: { $0.appraisal.preferredOptionId == id ? "Yes" : "No" },
                      write: { review, text in
                          var copy = review
                          if text == "Yes" { copy.appraisal.preferredOptionId = id }
                          else if copy.appraisal.preferredOptionId == id { copy.appraisal.preferredOptionId = nil }
                          return .success(copy)
                      }),
        ]
    }

    /// One money line per measure for the year: typing creates or updates it, empty removes it.
    static func moneyLine(_ measure: Measure, year: FinancialYear, organisationId: String?, placeId: String?) -> FieldSpec {
        @Sendable func index(_ review: Review) -> Int? {
            review.budgets.lines.firstIndex {
                $0.year == year && $0.measure == measure && $0.organisationId == organisationId && $0.placeId == placeId
            }
        }
        return FieldSpec("\(measure.label) \(year) £m", kind: .value, hint: "1254.7 · £1,254.7m · -15.0 · empty removes the line",
                         read: { review in index(review).map { review.budgets.lines[$0].amount.plain } ?? "" },
                         write: { review, text in
                             var copy = review
                             if text.trimmingCharacters(in: .whitespaces).isEmpty {
                                 if let i = index(copy) { copy.budgets.lines.remove(at: i) }
                                 return .success(copy)
                             }
                             return ValueParsing.money(text).map { amount in
                                 if let i = index(copy) { copy.budgets.lines[i].amount = amount } else {
                                     let id = NewIds.unique("b", in: copy)
                                     copy.budgets.lines.append(BudgetLine(id: id, year: year, organisationId: organisationId,
                                                                          placeId: placeId, measure: measure, amount: amount))
                                 }
                                 return copy
                             }
                         })
    }

    static func moneyFields(_ review: Review, year: FinancialYear?, organisationId: String?, placeId: String?) -> [FieldSpec] {
        let figures = BudgetFigures(review)
        guard let year = year ?? figures.defaultYear else { return [] }
        var measures = figures.measures(in: year)
        if measures.isEmpty { measures = [.allocation, .runningCosts] }
        return measures.map { moneyLine($0, year: year, organisationId: organisationId, placeId: placeId) }
    }

    static func organisation(_ i: Int, _ review: Review, year: FinancialYear?) -> [FieldSpec] {
        [
            .text("Name", \Review.programme.organisations[i].name, required: true),
            .text("Kind", \Review.programme.organisations[i].kind),
            .optional("Registered population", hint: "1,777,610", \Review.programme.organisations[i].registeredPopulation,
                      show: CountText.format, parse: ValueParsing.count),
            .optional("Practices", hint: "a whole number", \Review.programme.organisations[i].practices,
                      show: CountText.format, parse: ValueParsing.count),
            .text("Accountable officer", \Review.programme.organisations[i].accountableOfficer),
            .text("Chair", \Review.programme.organisations[i].chair),
            idList("Places", \Review.programme.organisations[i].placeIds, allowed: review.programme.places.map(\.id), kind: "place"),
        ] + moneyFields(review, year: year, organisationId: review.programme.organisations[i].id, placeId: nil)
            + [.text("Notes", \Review.programme.organisations[i].notes, kind: .notes)]
    }

    static func place(_ i: Int, _ review: Review, year: FinancialYear?) -> [FieldSpec] {
        [
            .text("Name", \Review.programme.places[i].name, required: true),
            .optional("Registered population", hint: "1,006,232", \Review.programme.places[i].registeredPopulation,
                      show: CountText.format, parse: ValueParsing.count),
            .optional("PCNs", hint: "a whole number", \Review.programme.places[i].pcns, show: CountText.format, parse: ValueParsing.count),
            .optional("Practices", hint: "a whole number", \Review.programme.places[i].practices, show: CountText.format, parse: ValueParsing.count),
            idList("Organisations", \Review.programme.places[i].organisationIds,
                   allowed: review.programme.organisations.map(\.id), kind: "organisation"),
        ] + moneyFields(review, year: year, organisationId: nil, placeId: review.programme.places[i].id)
            + [.text("Notes", \Review.programme.places[i].notes, kind: .notes)]
    }

    static func recommendation(_ i: Int) -> [FieldSpec] {
        [
            .text("Recommendation", \Review.recommendations[i].text, required: true, kind: .notes),
            .choice("Kind", \Review.recommendations[i].kind, label: { $0.label }),
            .choice("Outcome", \Review.recommendations[i].outcome, label: { $0.label }),
            .optional("Decided on", hint: dayHint, \Review.recommendations[i].decidedOn, show: { $0.short }, parse: ValueParsing.day),
            .text("Minute", \Review.recommendations[i].minute, kind: .notes),
        ]
    }

    static func action(_ i: Int, _ review: Review) -> [FieldSpec] {
        let candidates = linkCandidates(review)
        return [
            .text("Action", \Review.actions[i].title, required: true),
            .text("Owner", \Review.actions[i].owner),
            .optional("Due", hint: dayHint, \Review.actions[i].due, show: { $0.short }, parse: ValueParsing.day),
            .choice("Status", \Review.actions[i].status, label: { $0.label }),
            .reference("Linked to", \Review.actions[i].linkedItemId, candidates: candidates),
            .optional("Raised at meeting", hint: dayHint, \Review.actions[i].raisedAt, show: { $0.short }, parse: ValueParsing.day),
            .optional("Carried forward to", hint: dayHint, \Review.actions[i].carriedForwardTo, show: { $0.short }, parse: ValueParsing.day),
            .text("Notes", \Review.actions[i].notes, kind: .notes),
        ]
    }

    /// Items an action can be linked to: tests, milestones, options, recommendations.
    static func linkCandidates(_ review: Review) -> [(id: String, label: String)] {
        review.mergerTests.map { ($0.id, "Test: \($0.title)") }
            + review.milestones.map { ($0.id, "Milestone: \($0.title)") }
            + review.appraisal.options.enumerated().map { ($1.id, "Option \($0 + 1): \($1.title)") }
            + review.recommendations.map { ($0.id, "Recommendation: \($0.text)") }
    }
}

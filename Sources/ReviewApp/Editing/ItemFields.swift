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

    /// Links to several items, picked by name from a list (`LinkChoices`): the field's text is the
    /// ids picked, separated by commas, each checked when the field is accepted (by `isAllowed`,
    /// given the review being edited). The list is made when the field is reached, not when the
    /// editor opens: a milestone's editor opens in constant time however many milestones there are.
    static func links(_ name: String, _ path: WritableKeyPath<Review, [String]> & Sendable, kind: String,
                      candidates: @escaping @Sendable (Review) -> [(id: String, label: String)],
                      label: @escaping @Sendable (Review, String) -> String?,
                      isAllowed: @escaping @Sendable (Review, String) -> Bool) -> FieldSpec {
        FieldSpec(name, kind: .link(LinkChoices(allowsSeveral: true, candidates: candidates, linked: { $0[keyPath: path] })),
                  hint: "type to narrow",
                  read: { review in review[keyPath: path].map { label(review, $0) ?? "(missing \(kind))" }.joined(separator: ", ") },
                  write: { review, text in
                      let ids = text.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
                      if ids.contains(where: { !isAllowed(review, $0) }) {
                          return .failure(.invalid("that \(kind) is not in the review any more; pick again"))
                      }
                      var copy = review
                      copy[keyPath: path] = ids
                      return .success(copy)
                  })
    }

    /// A milestone as a person reads it in a list: its title and date.
    static func milestoneLabel(_ milestone: Milestone) -> String {
        "\(milestone.title) (\(milestone.date.display))"
    }

    /// A list of sentences, one per line (pros, cons).
    static func lines(_ name: String, _ path: WritableKeyPath<Review, [String]> & Sendable) -> FieldSpec {
        FieldSpec(name, kind: .notes, hint: "one per line",
                  read: { $0[keyPath: path].joined(separator: "\n") },
                  write: { review, text in
                      var copy = review
                      copy[keyPath: path] = text.split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
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
            FieldSpec("Purpose", kind: .choice(purposes), hint: "Space cycles · first letter picks",
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
        return [
            .text("Title", \Review.milestones[i].title, required: true),
            .parsed("Date", hint: dateHint, \Review.milestones[i].date, show: { ValueParsing.editText($0) },
                    parse: ValueParsing.flexibleDate),
            FieldSpec("End date", kind: .value, hint: dateHint + " · empty for none",
                      read: { ValueParsing.editText($0.milestones[i].endDate) },
                      write: { review, text in
                          var copy = review
                          if text.trimmingSpaces.isEmpty {
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
            links("Depends on", \Review.milestones[i].dependsOn, kind: "milestone",
                  candidates: { review in review.milestones.filter { $0.id != ownId }.map { ($0.id, milestoneLabel($0)) } },
                  label: { review, id in review.milestones.first { $0.id == id }.map(milestoneLabel) },
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
            FieldSpec("Judgement", kind: .notes, hint: "the paper's words",
                      read: { review in index(review).map { review.appraisal.cells[$0].judgement } ?? "" },
                      write: { review, text in .success(updating(review) { $0.judgement = text }) }),
            FieldSpec("Score", kind: .value, hint: "a number within the appraisal's scale · empty clears",
                      read: { review in index(review).flatMap { review.appraisal.cells[$0].score }.map(DecimalText.canonical) ?? "" },
                      write: { review, text in
                          if text.trimmingSpaces.isEmpty { return .success(updating(review) { $0.score = nil }) }
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
            FieldSpec("Preferred", kind: .choice(["No", "Yes"]), hint: "Space cycles",
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
                             if text.trimmingSpaces.isEmpty {
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
            links("Places", \Review.programme.organisations[i].placeIds, kind: "place",
                  candidates: { review in review.programme.places.map { ($0.id, $0.name) } },
                  label: { review, id in review.programme.places.first { $0.id == id }?.name },
                  isAllowed: { review, id in review.programme.places.contains { $0.id == id } }),
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
            links("Organisations", \Review.programme.places[i].organisationIds, kind: "organisation",
                  candidates: { review in review.programme.organisations.map { ($0.id, $0.name) } },
                  label: { review, id in review.programme.organisations.first { $0.id == id }?.name },
                  isAllowed: { review, id in review.programme.organisations.contains { $0.id == id } }),
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
        [
            .text("Action", \Review.actions[i].title, required: true),
            .text("Owner", \Review.actions[i].owner),
            .optional("Due", hint: dayHint, \Review.actions[i].due, show: { $0.short }, parse: ValueParsing.day),
            .choice("Status", \Review.actions[i].status, label: { $0.label }),
            .reference("Linked to", \Review.actions[i].linkedItemId, candidates: linkCandidates, label: linkLabel),
            .optional("Raised at meeting", hint: dayHint, \Review.actions[i].raisedAt, show: { $0.short }, parse: ValueParsing.day),
            .optional("Carried forward to", hint: dayHint, \Review.actions[i].carriedForwardTo, show: { $0.short }, parse: ValueParsing.day),
            .text("Notes", \Review.actions[i].notes, kind: .notes),
        ]
    }

    /// Items an action can be linked to, by name: tests, milestones, options, criteria,
    /// recommendations, organisations, places (what quick capture links an action to).
    static func linkCandidates(_ review: Review) -> [(id: String, label: String)] {
        review.mergerTests.map { ($0.id, label($0)) }
            + review.milestones.map { ($0.id, label($0)) }
            + review.appraisal.options.enumerated().map { ($1.id, ReviewSummary.optionName($1, number: $0 + 1)) }
            + review.appraisal.criteria.map { ($0.id, label($0)) }
            + review.recommendations.map { ($0.id, label($0)) }
            + review.programme.organisations.map { ($0.id, label($0)) }
            + review.programme.places.map { ($0.id, label($0)) }
    }

    /// The name `linkCandidates` gives one id, found without listing them all (the editor's
    /// rows and the reader show it every frame).
    static func linkLabel(_ review: Review, _ id: String) -> String? {
        if let test = review.mergerTests.first(where: { $0.id == id }) { return label(test) }
        if let milestone = review.milestones.first(where: { $0.id == id }) { return label(milestone) }
        if let o = review.appraisal.options.firstIndex(where: { $0.id == id }) {
            return ReviewSummary.optionName(review.appraisal.options[o], number: o + 1)
        }
        if let criterion = review.appraisal.criteria.first(where: { $0.id == id }) { return label(criterion) }
        if let recommendation = review.recommendations.first(where: { $0.id == id }) { return label(recommendation) }
        if let organisation = review.programme.organisations.first(where: { $0.id == id }) { return label(organisation) }
        if let place = review.programme.places.first(where: { $0.id == id }) { return label(place) }
        return nil
    }

    // How a link names each kind of item, for `linkCandidates` and `linkLabel` alike.
    private static func label(_ test: MergerTest) -> String { "Test: \(test.title)" }
    private static func label(_ milestone: Milestone) -> String { "Milestone: \(milestoneLabel(milestone))" }
    private static func label(_ criterion: Criterion) -> String { "Criterion: \(criterion.title)" }
    private static func label(_ recommendation: Recommendation) -> String { "Recommendation: \(recommendation.text.singleLine)" }
    private static func label(_ organisation: Organisation) -> String { "Organisation: \(organisation.name)" }
    private static func label(_ place: Place) -> String { "Place: \(place.name)" }
}

import ReviewModel
import TerminalToolkit

/// Everything the help lists, each part from the table or the parser that does the work: the
/// key table (the current pane's keys first), the help's own keys (`OverlayKeys`), the mouse
/// (`MouseHandling`), the editing keys of fields (`TextEditCommand.keyMap`), the `:` commands
/// (`ColonCommands`), and the date and amount forms the editor reads (`FlexibleDate.forms`,
/// `ValueParsing`, `Money.acceptedForms`, each tested to parse).
enum HelpContent {
    static func sections(for pane: Pane) -> [HelpSection] {
        KeyTable.helpSections(for: pane) + OverlayKeys.keyMap.helpSections + [MouseHandling.helpSection]
            + TextEditCommand.keyMap.helpSections + [ColonCommands.helpSection, dates, amounts]
    }

    static let dates = HelpSection(
        title: "Dates (as the editor reads them)",
        entries: FlexibleDate.forms.map { HelpEntry(keys: $0.what, description: $0.examples.joined(separator: ", ")) } + [
            HelpEntry(keys: "the paper's words", description: ValueParsing.labelledDateExample),
            HelpEntry(keys: "one day (due, dates)", description: ValueParsing.dayForms.joined(separator: ", ")),
        ])

    static let amounts = HelpSection(
        title: "Amounts (£ millions, exact)",
        entries: Money.acceptedForms.map { HelpEntry(keys: $0.example, description: $0.meaning) })
}

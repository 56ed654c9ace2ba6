import ReviewModel
import TerminalToolkit

/// Everything the help lists, each part from the table or the parser that does the work: the
/// key tables (`KeyTable.helpSections`: the current pane's keys first, then every key, then the
/// editor's, the typing and the picker keys, which stay last), and before the editing keys the
/// help's own keys (`OverlayKeys`), the mouse (`MouseHandling`), the `:` commands
/// (`ColonCommands`), and the date and amount forms the editor reads (`FlexibleDate.forms`,
/// `ValueParsing`, `Money.acceptedForms`, each tested to parse).
enum HelpContent {
    static func sections(for pane: Pane) -> [HelpSection] {
        var sections = KeyTable.helpSections(for: pane)
        let editing = Set((KeyTable.editor.helpSections + TextEditCommand.keyMap.helpSections
                           + PickerCommand.keyMap.helpSections).map(\.title))
        let editingStart = sections.firstIndex { editing.contains($0.title) } ?? sections.count
        sections.insert(contentsOf: OverlayKeys.keyMap.helpSections + [MouseHandling.helpSection, ColonCommands.helpSection, dates, amounts],
                        at: editingStart)
        return sections
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

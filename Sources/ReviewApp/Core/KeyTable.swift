import ReviewModel
import TerminalToolkit

/// The key table: data, not code. Dispatch, the help overlay, the status-bar hints and
/// the F-key bar are all generated from it, so they can never disagree.
public enum KeyTable {
    static func binding(_ command: Command, _ keys: [Key], _ description: String, _ section: String,
                        bar: String? = nil, barGroup: String? = nil) -> KeyBinding<Command> {
        KeyBinding(command, keys: keys, description: description, section: section, barLabel: bar, barGroup: barGroup)
    }

    public static let global = KeyMap<Command>([
        binding(.help, [.char("?"), .function(1)], "Help: every key", "General", bar: "Help"),
        binding(.save, [.ctrl("s"), .function(2)], "Save", "General", bar: "Save"),
        binding(.search, [.char("/"), .function(3)], "Search every text field", "General", bar: "Search"),
        binding(.read, [.enter], "Read the selected item in full (e edits from there)", "General"),
        binding(.edit, [.char("e"), .function(4)], "Edit the selected item's fields", "Editing", bar: "Edit"),
        binding(.showPane(.overview), [.char("0")], "Overview: who and what the programme is", "Panes"),
        binding(.showPane(.timeline), [.char("1"), .function(5)], "Timeline", "Panes", bar: Pane.timeline.shortTitle, barGroup: "Panes"),
        binding(.showPane(.tests), [.char("2"), .function(6)], "Merger tests", "Panes", bar: Pane.tests.shortTitle, barGroup: "Panes"),
        binding(.showPane(.appraisal), [.char("3"), .function(7)], "Options appraisal", "Panes", bar: Pane.appraisal.shortTitle, barGroup: "Panes"),
        binding(.showPane(.budgets), [.char("4"), .function(8)], "Place budgets", "Panes", bar: Pane.budgets.shortTitle, barGroup: "Panes"),
        binding(.showPane(.decisions), [.char("5"), .function(9)], "Decisions & actions", "Panes", bar: Pane.decisions.shortTitle, barGroup: "Panes"),
        binding(.quit, [.char("q"), .function(10)], "Quit (asks first if there are unsaved changes)", "General", bar: "Quit"),
        binding(.nextPane, [.tab], "Next pane", "Panes"),
        binding(.previousPane, [.backTab], "Previous pane", "Panes"),
        binding(.up, [.up, .char("k")], "Up", "Moving"),
        binding(.down, [.down, .char("j")], "Down", "Moving"),
        binding(.left, [.left, .char("h")], "Left / previous column", "Moving"),
        binding(.right, [.right, .char("l")], "Right / next column", "Moving"),
        binding(.pageUp, [.pageUp, .ctrl("b")], "Page up", "Moving"),
        binding(.pageDown, [.pageDown, .ctrl("f")], "Page down", "Moving"),
        binding(.top, [.home], "First item", "Moving"),
        binding(.bottom, [.end, .char("G")], "Last item", "Moving"),
        binding(.searchNext, [.char("n")], "Next search hit (switches pane)", "Moving"),
        binding(.searchPrevious, [.char("N")], "Previous search hit", "Moving"),
        binding(.filter, [.char("f"), .char("|")], "Filter the pane's list (the selected one) to rows holding some text", "Moving"),
        binding(.escape, [.escape], "Clear the filter, then the search / close", "General"),
        binding(.add, [.char("a"), .char("A"), .insert], "Add an item after the selected one", "Editing"),
        binding(.delete, [.char("d"), .delete], "Delete the selected item (undoable)", "Editing"),
        binding(.duplicate, [.char("y")], "Duplicate the selected item", "Editing"),
        binding(.moveUp, [.char("K")], "Move the selected item up", "Editing"),
        binding(.moveDown, [.char("J")], "Move the selected item down", "Editing"),
        binding(.undo, [.char("u")], "Undo", "Editing"),
        binding(.redo, [.ctrl("r")], "Redo", "Editing"),
        binding(.quickAction, [.char("x")], "Quick action linked to the selected item", "Meeting"),
        binding(.present, [.function(11)], "Presenting mode (read-only, for a projector)", "Meeting"),
        binding(.showHistory, [.char("H")], "History of saves: who, when, what changed", "Meeting"),
        binding(.showWarnings, [.char("W")], "Validation warnings in full; Enter goes there (:warnings)", "General"),
        binding(.showMessages, [.char("M")], "Every message of this session, with times (:messages)", "General"),
        binding(.suspend, [.ctrl("z")], "Suspend to the shell (fg returns)", "General"),
        binding(.interrupt, [.ctrl("c")], "Cancel a prompt or an edit, as Esc; says how to quit", "General"),
        binding(.commandLine, [.char(":")], "Command line: :w :q :q! :wq :present :export :paper :since", "General"),
    ])

    /// Keys in an open editor, before the field's own (`TextEditCommand.keyMap` for text,
    /// `PickerCommand.keyMap` for links).
    public static let editor = KeyMap<EditorCommand>([
        KeyBinding(.accept, keys: [.enter, .modified(.enter, .alt)],
                   description: "Accept the field and close the editor (in long text Enter is a new line: Alt-Enter accepts)",
                   section: "In an editor"),
        KeyBinding(.nextField, keys: [.tab], description: "Accept the field and go to the next one", section: "In an editor"),
        KeyBinding(.previousField, keys: [.backTab], description: "Accept the field and go to the previous one", section: "In an editor"),
        KeyBinding(.acceptAndSave, keys: [.ctrl("s"), .function(2)], description: "Accept the field, close the editor and save the file",
                   section: "In an editor"),
        KeyBinding(.cancel, keys: [.escape, .ctrl("c")],
                   description: "Close without accepting the field (asks first if that would lose something)", section: "In an editor"),
    ])

    /// Pane keys take precedence over global ones (on the tests pane `a` is Amber; add with `A`).
    public static let panes: [Pane: KeyMap<Command>] = [
        .tests: KeyMap([
            binding(.setRAG(.red), [.char("r")], "Set RAG to Red", "Merger tests pane"),
            binding(.setRAG(.amber), [.char("a")], "Set RAG to Amber (add with A)", "Merger tests pane"),
            binding(.setRAG(.green), [.char("g")], "Set RAG to Green", "Merger tests pane"),
            binding(.cycleStatus, [.char("s")], "Cycle status", "Merger tests pane"),
        ]),
        .appraisal: KeyMap([
            binding(.toggleProsCons, [.char("p")], "Pros and cons of the selected option", "Appraisal pane"),
        ]),
        .budgets: KeyMap([
            binding(.nextYear, [.char("Y")], "Next financial year", "Budgets pane"),
            binding(.nextChartMeasure, [.char("c")], "Chart the next column", "Budgets pane"),
            binding(.toggleBudgetScope, [.char("v")], "Organisations / places", "Budgets pane"),
        ]),
    ]

    public static func command(for key: Key, in pane: Pane) -> Command? {
        panes[pane]?.command(for: key) ?? global.command(for: key)
    }

    /// Help sections: the current pane's keys first, then the global table, then the keys in an
    /// editor: the editor's own, typing, long text and picking links.
    public static func helpSections(for pane: Pane) -> [HelpSection] {
        (panes[pane]?.helpSections ?? []) + global.helpSections + editor.helpSections
            + TextEditCommand.keyMap.helpSections + PickerCommand.keyMap.helpSections
    }

    /// The first key that runs each command on the pane, as shown on screen ("r/a/g"; on the
    /// tests pane `a` is Amber, so add shows as `A`).
    static func keyNames(_ commands: [Command], in pane: Pane) -> String {
        commands.compactMap { key(for: $0, in: pane)?.displayName }.joined(separator: "/")
    }

    /// The first key that runs a command on a pane (a pane's own keys first).
    static func key(for command: Command, in pane: Pane) -> Key? {
        let keys = (panes[pane]?.keys(for: command) ?? []) + global.keys(for: command)
        return keys.first { self.command(for: $0, in: pane) == command }
    }

    /// The F-key bar: the function keys of the global table with their bar labels. Pane tables
    /// bind no function keys, so the bar is the same on every pane (a test checks both).
    public static let functionKeyBar: [FunctionKeyEntry] = global.functionKeyBar

    /// Short hints for the status bar, with the keys taken from the table. The tables never
    /// change, so each pane's hints are worked out once (the status bar shows them every frame).
    public static func hints(for pane: Pane, editable: Bool) -> [String] {
        cachedHints[pane]?[editable ? 1 : 0] ?? computeHints(for: pane, editable: editable)
    }

    private static let cachedHints: [Pane: [[String]]] = Dictionary(uniqueKeysWithValues: Pane.allCases.map { pane in
        (pane, [computeHints(for: pane, editable: false), computeHints(for: pane, editable: true)])
    })

    private static func computeHints(for pane: Pane, editable: Bool) -> [String] {
        hintEntries(for: pane, editable: editable).map { "\(keyNames($0.commands, in: pane)) \($0.label)" }
    }

    /// What the status bar hints at on a pane: commands and the word for them.
    static func hintEntries(for pane: Pane, editable: Bool) -> [(commands: [Command], label: String)] {
        var hints: [(commands: [Command], label: String)] = []
        switch pane {
        case .tests:
            hints = [([.setRAG(.red), .setRAG(.amber), .setRAG(.green)], "RAG"), ([.cycleStatus], "status"),
                     ([.right], "evidence")]
        case .appraisal: hints = [([.left, .right], "option"), ([.toggleProsCons], "pros/cons")]
        case .budgets: hints = [([.nextYear], "year"), ([.nextChartMeasure], "chart"), ([.toggleBudgetScope], "orgs/places")]
        case .decisions: hints = [([.left, .right], "recs/actions"), ([.quickAction], "action")]
        case .timeline: hints = []
        case .overview: hints = [([.down, .up], "scroll")]
        }
        if editable && pane == .overview {
            hints += [([.edit], "cover sheet"), ([.undo], "undo")]
        } else if editable {
            hints += [([.edit], "edit"), ([.add], "add"), ([.undo], "undo")]
        }
        hints += [([.search], "search"), ([.help], "help")]
        return hints
    }

    /// On the status line when a message is cut short: the key of the messages log.
    static func wholeMessageHint(in pane: Pane) -> String {
        "\(keyNames([.showMessages], in: pane)) more"
    }

    /// On the status line while the file has validation warnings: "W 4 warnings".
    static func warningsHint(count: Int, in pane: Pane) -> String {
        "\(keyNames([.showWarnings], in: pane)) \(count) warning\(count == 1 ? "" : "s")"
    }

    /// The message on opening a file with validation warnings.
    public static func openingWarningsNotice(count: Int) -> String {
        "\(count) validation warning\(count == 1 ? "" : "s"): \(keyNames([.showWarnings], in: .overview)) lists each in full and goes to it"
    }

    /// The status line while presenting, with the keys from the table.
    static func presentingHint(in pane: Pane) -> String {
        let panes = "\(keyNames([.showPane(.overview)], in: pane))-\(keyNames([.showPane(.decisions)], in: pane))"
        return "PRESENTING: read-only · \(panes) panes · \(keyNames([.up, .down], in: pane)) move · "
            + "\(keyNames([.search], in: pane)) search · \(keyNames([.escape], in: pane)) leaves"
    }
}

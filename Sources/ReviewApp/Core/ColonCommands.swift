import TerminalToolkit

/// The `:` commands as data: their names, what they take, and what they do. The command
/// line dispatches from this table, Tab completes from it, and the help lists it.
enum ColonCommands {
    enum Action: Hashable, Sendable {
        case save, saveAndQuit, quit, forceQuit, present, export, paper, since, help, history, conflicts, undo, redo
        case warnings, messages
    }

    struct Entry: Sendable {
        var names: [String]
        /// What follows the name, as help shows it ("[FILE]"); nil when nothing does.
        var argument: String?
        var description: String
        var action: Action
    }

    static let all: [Entry] = [
        Entry(names: ["w"], argument: "[FILE]", description: "Save; with FILE, save as FILE and go on editing it", action: .save),
        Entry(names: ["wq", "x"], argument: "[FILE]", description: "Save and quit", action: .saveAndQuit),
        Entry(names: ["q"], argument: nil, description: "Quit (asks first if there are unsaved changes)", action: .quit),
        Entry(names: ["q!"], argument: nil, description: "Quit without saving", action: .forceQuit),
        Entry(names: ["present"], argument: nil, description: "Presenting mode (read-only, for a projector)", action: .present),
        Entry(names: ["export"], argument: "[PATH]",
              description: "Write the board paper: .md, .html, .docx, or CSV tables into a directory or beside a .csv name",
              action: .export),
        Entry(names: ["paper"], argument: nil, description: "Edit the cover sheet: meeting, date, agenda item, purpose, author",
              action: .paper),
        Entry(names: ["since"], argument: "[OLD | off]",
              description: "Mark what changed since OLD (a file or git:REV) in every pane; alone or off, stop",
              action: .since),
        Entry(names: ["help"], argument: nil, description: "This help", action: .help),
        Entry(names: ["history"], argument: nil, description: "History of saves", action: .history),
        Entry(names: ["conflicts"], argument: nil, description: "The conflicts a merge left", action: .conflicts),
        Entry(names: ["warnings"], argument: nil, description: "Validation warnings in full", action: .warnings),
        Entry(names: ["messages", "mes"], argument: nil, description: "Every message of this session, with times", action: .messages),
        Entry(names: ["undo"], argument: nil, description: "Undo", action: .undo),
        Entry(names: ["redo"], argument: nil, description: "Redo", action: .redo),
    ]

    /// Every name, in table order (Tab completes from these).
    static let names: [String] = all.flatMap(\.names)

    static func entry(named name: String) -> Entry? { all.first { $0.names.contains(name) } }

    /// ":w [FILE]", ":wq [FILE], :x [FILE]".
    static func usage(_ entry: Entry) -> String {
        entry.names.map { ":" + $0 + (entry.argument.map { " " + $0 } ?? "") }.joined(separator: ", ")
    }

    static let helpSection = HelpSection(title: "Commands (type : first, Tab completes)",
                                         entries: all.map { HelpEntry(keys: usage($0), description: $0.description) })
}

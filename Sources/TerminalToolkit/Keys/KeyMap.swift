/// A key table as data: looks up the command for a key and generates help sections,
/// so the help screen can never disagree with the keys that work.
public struct KeyMap<Command: Hashable & Sendable>: Sendable {
    public let bindings: [KeyBinding<Command>]
    private let commandsByKey: [Key: Command]

    /// The first binding that names a key wins when two name the same key.
    public init(_ bindings: [KeyBinding<Command>]) {
        self.bindings = bindings
        var table: [Key: Command] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil {
                table[key] = binding.command
            }
        }
        self.commandsByKey = table
    }

    public func command(for key: Key) -> Command? { commandsByKey[key] }

    /// The keys bound to a command, in table order.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.flatMap(\.keys)
    }

    /// The F-key bar: each binding with a bar label under its function key, in key order.
    /// When two bindings name the same function key, the one that gets the key (the first) is shown.
    public var functionKeyBar: [FunctionKeyEntry] {
        var entries: [(number: Int, entry: FunctionKeyEntry)] = []
        for binding in bindings {
            guard let label = binding.barLabel else { continue }
            for key in binding.keys {
                guard case .function(let number) = key, commandsByKey[key] == binding.command else { continue }
                entries.append((number, FunctionKeyEntry(key: key, label: label, group: binding.barGroup)))
            }
        }
        return entries.sorted { $0.number < $1.number }.map(\.entry)
    }

    /// Help rows grouped by section, sections in order of first appearance.
    public var helpSections: [HelpSection] {
        var order: [String] = []
        var rows: [String: [HelpEntry]] = [:]
        for binding in bindings {
            if rows[binding.section] == nil { order.append(binding.section) }
            rows[binding.section, default: []].append(
                HelpEntry(keys: Key.displayNames(binding.keys), description: binding.description))
        }
        return order.map { HelpSection(title: $0, entries: rows[$0] ?? []) }
    }
}

import NcursesBackend
import ReviewApp
import ReviewModel
import TerminalToolkit

/// Bytes the real ncurses backend writes for one keystroke: curses runs on `newterm` with
/// its output going to a file, and the file grows by exactly what a terminal would receive.
enum TerminalBytes {
    struct Step {
        var name: String
        var bytes: Int
        var cells: Int
        var fullRepaint: Bool
        /// Screen rows with any changed cell.
        var rows: [Int]
    }

    struct Outcome {
        var width: Int
        var height: Int
        var terminalType: String
        var steps: [Step]

        /// Average bytes per row of a full repaint of this screen (the Ctrl-L step).
        var bytesPerRow: Int {
            let full = steps.first { $0.name.hasPrefix("Ctrl-L") }?.bytes ?? 0
            return full / max(1, height)
        }
    }

    static func run(_ fixture: Fixture, directory: String, width: Int = 80, height: Int = 24,
                    terminalType: String = "xterm-256color") throws(BenchError) -> Outcome {
        let output = "\(directory)/ncurses-\(fixture.name.lowercased())-\(width)x\(height).out"
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.headless(width: width, height: height, terminalType: terminalType, outputPath: output)
        } catch {
            throw BenchError("cannot start curses on \(output): \(error)")
        }
        defer {
            terminal.shutdown()
            Files.remove(output)
        }
        let size = Size(width: width, height: height)
        var program = Fixtures.program(fixture.review, path: fixture.path, size: size,
                                       theme: Theme.suitable(for: terminal.colorSupport, environment: [:]))
        program.terminalResized(to: size)
        var renderer = FrameRenderer()
        var steps: [Step] = []

        func frame(_ name: String, key: Key?) {
            let before = Files.size(output) ?? 0
            let repaintsBefore = renderer.fullRepaints
            let previous = renderer.previous
            if let key {
                if key == .ctrl("l") { renderer.invalidate() } else { _ = program.handle(key) }
            }
            var current = program
            let drawn = renderer.render(to: terminal) { current.render(into: &$0) }
            program = current
            let after = Files.size(output) ?? 0
            let rows = (0..<drawn.height).filter { y in
                guard let previous, previous.size == drawn.size else { return true }
                return (0..<drawn.width).contains { previous[$0, y] != drawn[$0, y] }
            }
            steps.append(Step(name: name, bytes: after - before, cells: renderer.lastFrameCellsSent,
                              fullRepaint: renderer.fullRepaints != repaintsBefore, rows: rows))
        }

        /// A one-row move split in two frames: first only the rows whose selection marker (▶)
        /// changed, then the rest (the detail lines about the selected item), to see each part's bytes.
        func splitMove(_ key: Key) {
            guard let previous = renderer.previous else { return }
            _ = program.handle(key)
            var next = Buffer(size: previous.size)
            program.render(into: &next)
            var selectionOnly = previous
            var rows: [Int] = []
            for y in 0..<next.height where (0..<next.width).contains(where: { previous[$0, y] != next[$0, y] })
                && (previous[0, y].grapheme == "▶" || next[0, y].grapheme == "▶") {
                rows.append(y)
                for x in 0..<next.width where !next[x, y].isContinuation {
                    selectionOnly.set(next[x, y].grapheme, x: x, y: y, style: next[x, y].style)
                }
            }
            let label = "one-row move (\(key.displayName))"
            for (name, target) in [("\(label): selection rows", selectionOnly), ("\(label): detail lines", next)] {
                let before = Files.size(output) ?? 0
                let from = renderer.previous
                renderer.present(target, to: terminal)
                let changed = (0..<target.height).filter { y in (0..<target.width).contains { from?[$0, y] != target[$0, y] } }
                steps.append(Step(name: name, bytes: (Files.size(output) ?? 0) - before, cells: renderer.lastFrameCellsSent,
                                  fullRepaint: false, rows: changed))
            }
        }

        // The timeline opens on the next milestone, at the bottom of the list: Up and Down move
        // the selection within the list; the second Down is at the edge and scrolls it.
        frame("first frame (clear + full paint)", key: nil)
        frame("one-row move (Up)", key: .up)
        frame("one-row move (Down)", key: .down)
        frame("one-row move (Up)", key: .up)
        splitMove(.down)
        splitMove(.up)
        frame("one-row move (Down)", key: .down)
        frame("Down at the bottom (scrolls)", key: .down)
        frame("page down (PgDn)", key: .pageDown)
        frame("switch pane: Timeline → Tests", key: .tab)
        frame("one-row move on Tests (Down)", key: .down)
        frame("switch pane: Tests → Appraisal", key: .tab)
        frame("switch pane: Appraisal → Budgets", key: .tab)
        frame("switch pane: Budgets → Decisions", key: .tab)
        frame("one-row move on Decisions (Down)", key: .down)
        frame("switch pane: Decisions → Timeline", key: .tab)
        frame("Ctrl-L (full repaint)", key: .ctrl("l"))
        return Outcome(width: width, height: height, terminalType: terminalType, steps: steps)
    }
}

import ArgumentParser
import ReviewModel
import ReviewStore
import TerminalToolkit

#if canImport(Glibc)
import Glibc
#endif

/// One line to standard error, its control characters shown visibly: messages quote text
/// from the file (a bad value, an id), and no such text may drive the terminal.
func printError(_ line: String) {
    FileHandleOutput.standardError.write(TerminalText.visible(line) + "\n")
}

/// One line to standard output, its control characters shown visibly (see `TerminalText`).
func printLine(_ line: String) {
    print(TerminalText.visible(line))
}

/// Multi-line text (a report, a comparison) to standard output as it is, but for control
/// characters other than its newlines and tabs, shown visibly. A file written with `--out`
/// is not a terminal's and keeps them.
func printText(_ text: String) {
    print(TerminalText.visible(text, keepingLineBreaks: true), terminator: "")
}

func loadOrExit(_ file: String) throws -> LoadedReview {
    do {
        return try ReviewStore().load(file)
    } catch {
        for line in error.lines { printError(line) }
        throw ExitWithCode(code: error.exitCode)
    }
}

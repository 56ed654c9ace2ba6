import ArgumentParser
import Foundation
import NcursesBackend
import ReviewApp
import ReviewModel
import ReviewStore
import TerminalToolkit

#if canImport(Glibc)
import Glibc
#endif

/// `merger-review [FILE]`: the interactive review.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a review interactively (the default). With no FILE, opens review.json, creating it from the Coventry & Warwickshire example if it does not exist.")

    @Argument(help: "The review file (default: review.json in the current directory).")
    var file: String?

    @Flag(name: .long, help: "Load, render one frame headless at 80x24, and exit (for benchmarks).")
    var firstFrameExit = false

    @Flag(name: .customLong("no-mouse"),
          help: "Leave the mouse to the terminal (its own selection and copy): no clicks, double clicks or wheel in the app.")
    var noMouse = false

    func run() throws {
        let path = file ?? "review.json"
        var notice: String?
        if file == nil, (try? PosixFileSystem().status(path)) == nil {
            do {
                try DurableWriter(fileSystem: PosixFileSystem()).write(BuiltInExample.bytes, to: path)
            } catch {
                printError("\(path): cannot create the example review: \(error.reason)")
                throw ExitWithCode(code: 2)
            }
            notice = "Created \(path) from the built-in example: \(BuiltInExample.name)"
        }
        let loaded = try loadOrExit(path)
        if firstFrameExit {
            let state = AppState(review: loaded.review, filePath: path, today: Clock.today())
            var buffer = Buffer(width: 80, height: 24)
            AppView.render(state, into: &buffer)
            print(buffer.line(0))
            // Done: exit now rather than free the review piece by piece on the way out.
            fflush(nil)
            Foundation.exit(0)
        }
        let clock = SessionClock(timestamp: { UTCTimestamp.now() }, seconds: { ProcessInfo.processInfo.systemUptime })
        let session = ReviewSession(path: path, loaded: loaded, fileSystem: PosixFileSystem(), clock: clock, pid: getpid())
        var state = AppState(review: loaded.review, filePath: path, today: Clock.today(), user: session.user,
                             readOnlyReason: session.readOnlyReason)
        if let notice { state.say(notice) } else if let reason = session.readOnlyReason { state.warn("Read-only: \(reason)") }
        else if let warning = session.openingWarning { state.warn(warning) }
        else if !loaded.warnings.isEmpty {
            state.say(KeyTable.openingWarningsNotice(count: loaded.warnings.count))
        }
        state.openingWarnings = loaded.warnings.map(\.issue.message)
        if let offer = session.recoveryOffer { state.mode = .confirmRecovery(offer.dialog, offer) }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.start(environment: environmentVariables(), mouse: !noMouse)
        } catch {
            printError("merger-review: cannot start the terminal: \(error)")
            throw ExitWithCode(code: 2)
        }
        state.theme = Theme.suitable(for: terminal.colorSupport, environment: environmentVariables())
        var program = ReviewProgram(state: state, environment: session.environment)
        terminal.onTerminate = { _ in session.emergencyStop() }
        let status = terminal.run(&program)
        session.finish()
        throw ExitWithCode(code: status)
    }
}

func environmentVariables() -> [String: String] { ProcessInfo.processInfo.environment }

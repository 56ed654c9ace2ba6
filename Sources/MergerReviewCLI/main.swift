import ArgumentParser
import ReviewModel

#if canImport(Glibc)
import Glibc
#endif

struct MergerReview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merger-review",
        abstract: "Merger-readiness review for NHS board secretaries: timeline, merger tests, options appraisal, place budgets.",
        version: "merger-review 1.0 (review files: schema version \(Review.currentSchemaVersion))",
        subcommands: [Open.self, Validate.self, Summary.self, New.self, Format.self, Report.self, Diff.self, Merge.self,
                      GitSetup.self, GitDiffDriver.self, Import.self],
        defaultSubcommand: Open.self)
}

/// Runs the command line; exit codes: 0 ok, 1 invalid data, 2 unreadable input or usage.
func runCommandLine() -> Int32 {
    do {
        var command = try MergerReview.parseAsRoot()
        try command.run()
        return 0
    } catch let exit as ExitWithCode {
        return exit.code
    } catch {
        let code = MergerReview.exitCode(for: error)
        let message = MergerReview.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return 0
        }
        if !message.isEmpty { printError(message) }
        return code == .failure ? 1 : 2
    }
}

exit(runCommandLine())

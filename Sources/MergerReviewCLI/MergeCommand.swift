import ArgumentParser
import ReviewModel
import ReviewStore

/// `merger-review merge BASE OURS THEIRS [-o OUT]`, and `merge OURS THEIRS` without a base.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge two versions of a review item by item and field by field; conflicts are kept in the file.",
        discussion: """
            With three files, BASE is the version both OURS and THEIRS started from (git's merge driver passes \
            %O %A %B). Changes to different items or fields merge; a field changed differently on both sides, or an \
            item removed on one side and changed on the other, is a conflict, written into the merged file for the \
            app's conflicts list. With two files (a sync tool's conflicted copy), the two files' history finds their \
            last common save: an item only one side changed since takes that side's version, and an item both \
            changed is a conflict field by field; when the files share no save, every field that differs is a \
            conflict. The merged review goes to OUT, or to standard output. \
            Exit status: 0 merged cleanly, 1 conflicts remain, 2 a file cannot be read or is not a valid review.
            """)

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write the merged review here.", valueName: "OUT"))
    var output: String?

    @Argument(help: "BASE OURS THEIRS, or OURS THEIRS (files, or git:REV).")
    var files: [String]

    func validate() throws {
        guard files.count == 2 || files.count == 3 else {
            throw ValidationError("give BASE OURS THEIRS (a three-way merge) or OURS THEIRS (two copies of one review)")
        }
    }

    func run() throws {
        let sources = files.map(ReviewSource.init)
        let path = sources.compactMap(\.filePath).last
        let reviews = try ReviewSources.load(sources) { _ in path }
        let ours = reviews[reviews.count - 2], theirs = reviews[reviews.count - 1]
        let oursName = files[files.count - 2], theirsName = files[files.count - 1]
        var how = ""
        let base: MergeBase
        if reviews.count == 3 {
            base = .review(reviews[0])
        } else if let common = CommonSave.find(ours: ours, ourContentHash: ReviewCodec.contentHash(of: ours).description,
                                                 theirs: theirs, theirContentHash: ReviewCodec.contentHash(of: theirs).description) {
            base = .commonSave(common)
            how = " from their last common save (\(common.entry.at) by \(common.entry.user))"
        } else {
            base = .unknown
            how = " without a common save"
            printError("merger-review merge: \(oursName) and \(theirsName) have no save in common that their history can vouch for, "
                       + "so every field that differs is a conflict")
        }
        let unmerged = ReviewMerge.merge(base: base, ours: ours, theirs: theirs)
        let added = unmerged.conflicts.count - ours.conflicts.count
        let (bytes, merged) = ReviewCodec.encode(unmerged, adding: HistoryEntry(at: UTCTimestamp.now(), user: ProcessIdentity.loginName(), changes: [
            "Merged \(theirsName) into \(oursName)\(how)" + (added > 0 ? ": \(added) conflict\(added == 1 ? "" : "s") to resolve" : ""),
        ], changedIds: []))
        if let output {
            do {
                try ReviewStore().save(encoded: bytes, to: output)
            } catch {
                printError("merger-review merge: \(output): \(error.description)")
                throw ExitWithCode(code: 2)
            }
        } else {
            print(String(decoding: bytes, as: UTF8.self), terminator: "")
        }
        guard !merged.conflicts.isEmpty else { return }
        let names = ReviewNames(merged)
        for conflict in merged.conflicts {
            guard let shown = ReviewParts.part(conflict.part)?.describe(conflict, names: names) else { continue }
            printError("conflict: \(shown.what) \"\(shown.itemName)\", \(shown.field): base \(shown.base), ours \(shown.ours), theirs \(shown.theirs)")
        }
        printError("\(merged.conflicts.count) conflict\(merged.conflicts.count == 1 ? "" : "s") left in \(output ?? "the merged review"); "
                   + "open it in merger-review to choose a side for each")
        throw ExitWithCode(code: 1)
    }
}

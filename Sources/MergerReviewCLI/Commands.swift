import ArgumentParser
import ReviewModel
import ReviewStore

#if canImport(Glibc)
import Glibc
#endif

func printError(_ line: String) {
    FileHandleOutput.standardError.write(line + "\n")
}

func loadOrExit(_ file: String) throws -> LoadedReview {
    do {
        return try ReviewStore().load(file)
    } catch {
        for line in error.lines { printError(line) }
        throw ExitWithCode(code: error.exitCode)
    }
}

import ArgumentParser
import ReviewModel
import ReviewStore

#if canImport(Glibc)
import Glibc
#endif

/// Exits with a code after printing to standard error.
struct ExitWithCode: Error {
    let code: Int32
}

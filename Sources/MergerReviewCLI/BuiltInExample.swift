/// The review `merger-review` creates when started with no file and no review.json: the
/// resource BuiltInExample.json, a copy of Fixtures/coventry-warwickshire.json (made by
/// scripts/update-built-in-example; a test checks they are identical), built into the binary.
enum BuiltInExample {
    static let name = "Coventry & Warwickshire (2019)"
    static var bytes: [UInt8] { PackageResources.BuiltInExample_json }
}

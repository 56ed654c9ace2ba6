import Foundation
import ReviewModel
import ZIPFoundation

/// Zips the parts of a Word paper (`DocxPackage`) into the bytes of a .docx file, in memory,
/// parts in the order given (`[Content_Types].xml` first), each deflated, with a fixed
/// modification time so the same paper gives the same bytes.
public enum DocxArchive {
    /// 1 January 2000, 00:00 UTC: ZIP times are local and have no zone, so a fixed time keeps
    /// the file the same wherever it is written.
    static let modified = Date(timeIntervalSince1970: 946_684_800)

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func bytes(_ parts: [DocxPackage.Part]) throws(Failure) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.bytes)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(description: "the zip archive has no data") }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "could not zip the Word document: \(error)")
        }
    }
}

import Dispatch

/// The board paper as an Office Open XML word-processing package (a .docx file before it is
/// zipped): the parts and their paths, written to the rules Word enforces (content types,
/// package and document relationships, a styles part, elements in schema order). Pure: the
/// zipping is `ReportFiles.writeDocx` in the store.
public enum DocxPackage {
    /// One part of the package: its path inside the zip and its bytes.
    public struct Part: Hashable, Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }

        init(_ path: String, _ text: String) { self.init(path: path, bytes: Array(text.utf8)) }
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Every part, `[Content_Types].xml` first.
    public static func parts(_ document: PaperDocument) -> [Part] {
        // The charts' pictures are drawn on another core while the body is written.
        let charts = charts(in: document.blocks)
        let pictures = ChartPictures(count: charts.count)
        nonisolated(unsafe) var written: DocxBody?
        DispatchQueue.concurrentPerform(iterations: charts.count + 1) { index in
            if index == 0 { written = DocxBody(document) } else { pictures.set(ChartRaster.png(charts[index - 1]), at: index - 1) }
        }
        let body = written ?? DocxBody(document)
        var parts = [
            Part("[Content_Types].xml", contentTypes()),
            Part("_rels/.rels", packageRelationships()),
            Part("docProps/core.xml", coreProperties(title: body.title)),
            Part("word/document.xml", body.xml),
            Part("word/_rels/document.xml.rels", documentRelationships(charts: body.charts.count)),
            Part("word/styles.xml", DocxStyles.styles),
            Part("word/numbering.xml", DocxStyles.numbering),
            Part("word/settings.xml", DocxStyles.settings),
            Part("word/footer1.xml", DocxStyles.footer(document.programmeName, rightTab: DocxBody.portraitTextWidth)),
            Part("word/footer2.xml", DocxStyles.footer(document.programmeName, rightTab: DocxBody.landscapeTextWidth)),
        ]
        for (index, chart) in body.charts.enumerated() {
            parts.append(Part("word/media/chart\(index + 1).svg", DocxPackage.declaration + chart.svg))
            parts.append(Part(path: "word/media/chart\(index + 1).png", bytes: pictures.png(at: index) ?? ChartRaster.png(chart)))
        }
        return parts
    }

    /// The charts in the order the body shows them (and numbers them).
    static func charts(in blocks: [PaperBlock]) -> [ReportChart] {
        blocks.flatMap { block -> [ReportChart] in
            switch block {
            case .chart(let chart): return [chart]
            case .landscape(let inner): return charts(in: inner)
            default: return []
            }
        }
    }

    static func contentTypes() -> String {
        declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Default Extension="svg" ContentType="image/svg+xml"/>\
        <Default Extension="png" ContentType="image/png"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """
    }

    static func packageRelationships() -> String {
        declaration + """
        <Relationships xmlns="\(relationshipsNamespace)">\
        <Relationship Id="rId1" Type="\(officeRelationships)/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """
    }

    /// The document's relationships: styles, numbering, settings, the two footers, and for
    /// each chart its PNG (`rIdPngN`) and its SVG (`rIdSvgN`).
    static func documentRelationships(charts: Int) -> String {
        var out = declaration + "<Relationships xmlns=\"\(relationshipsNamespace)\">"
        out += "<Relationship Id=\"rIdStyles\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rIdNumbering\" Type=\"\(officeRelationships)/numbering\" Target=\"numbering.xml\"/>"
        out += "<Relationship Id=\"rIdSettings\" Type=\"\(officeRelationships)/settings\" Target=\"settings.xml\"/>"
        out += "<Relationship Id=\"\(DocxBody.portraitFooter)\" Type=\"\(officeRelationships)/footer\" Target=\"footer1.xml\"/>"
        out += "<Relationship Id=\"\(DocxBody.landscapeFooter)\" Type=\"\(officeRelationships)/footer\" Target=\"footer2.xml\"/>"
        for index in 0..<charts {
            out += "<Relationship Id=\"rIdPng\(index + 1)\" Type=\"\(officeRelationships)/image\" Target=\"media/chart\(index + 1).png\"/>"
            out += "<Relationship Id=\"rIdSvg\(index + 1)\" Type=\"\(officeRelationships)/image\" Target=\"media/chart\(index + 1).svg\"/>"
        }
        return out + "</Relationships>"
    }

    static func coreProperties(title: String) -> String {
        declaration + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(XMLText.escape(title))</dc:title><dc:creator>merger-review</dc:creator><dc:language>en-GB</dc:language>\
        </cp:coreProperties>
        """
    }
}

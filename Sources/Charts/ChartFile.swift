import DOTExport
import Foundation

/// Writes a chart to a file chosen by its extension: `.gp` the gnuplot script itself, which draws an SVG of
/// the same name when run; `.svg` and `.png` the picture gnuplot draws from it. Every file is written
/// atomically, as DOT exports are: the picture goes to a temporary file beside the target, which replaces
/// it only when gnuplot succeeded, so a failed export never costs the previous chart.
public enum ChartFile {
    /// What a path's extension asks for.
    public enum Kind: Sendable, Equatable {
        /// The script.
        case script
        /// A picture.
        case picture(GnuplotScript.Format)
    }

    /// The kind of file a path names.
    /// - Throws: `unknownFormat` for any extension but `.gp`, `.svg` and `.png`.
    public static func kind(of path: String) throws(ChartError) -> Kind {
        let suffix = URL(fileURLWithPath: path).pathExtension.lowercased()
        if suffix == "gp" { return .script }
        guard let format = GnuplotScript.Format(rawValue: suffix) else { throw .unknownFormat(path: path) }
        return .picture(format)
    }

    /// Writes `script` to `path`; returns gnuplot's warnings.
    /// - Parameter searchPath: the folders to look for gnuplot in, `:`-separated; by default `PATH`.
    @discardableResult
    public static func write(_ script: GnuplotScript, to path: String, searchPath: String? = nil) throws(ChartError) -> [String] {
        switch try kind(of: path) {
        case .script:
            let picture = URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("svg").lastPathComponent
            try written { () throws(DOTExportError) in try DOTFile.write(script.text(format: .svg, output: picture), to: path) }
            return []
        case .picture(let format):
            return try render(script, format: format, to: path, searchPath: searchPath)
        }
    }

    private static func render(_ script: GnuplotScript, format: GnuplotScript.Format, to path: String,
                               searchPath: String?) throws(ChartError) -> [String] {
        let folders = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard let gnuplot = ExternalTool.find("gnuplot", in: folders) else { throw .gnuplotMissing(searched: folders) }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .writeFailed(DOTExportError.folderMissing(path: path, folder: folder).description)
        }
        let picture = DOTFile.temporaryPath(beside: target)
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("tradegraph-chart-\(UUID().uuidString).gp").path
        defer { try? FileManager.default.removeItem(atPath: source) }
        try written { () throws(DOTExportError) in try DOTFile.write(script.text(format: format, output: picture), to: source) }
        let (status, messages) = try ExternalTool.run(gnuplot, [source]) { ChartError.renderFailed(status: -1, message: $0) }
        guard status == 0, FileManager.default.fileExists(atPath: picture) else {
            try? FileManager.default.removeItem(atPath: picture)
            throw .renderFailed(status: status, message: messages.joined(separator: "; "))
        }
        try written { () throws(DOTExportError) in try DOTFile.moveIntoPlace(picture, target: target, reported: path) }
        return messages
    }

    /// Runs a file operation, its failure as a chart error with the same message.
    private static func written(_ operation: () throws(DOTExportError) -> Void) throws(ChartError) {
        do { try operation() } catch { throw .writeFailed(error.description) }
    }
}

import Foundation

/// Runs Graphviz's `dot` on an exported file, for users who want a picture rather than a DOT file. Graphviz
/// is optional: without it the DOT file is still written and the message says how to get it.
public enum DOTRenderer {
    /// The picture formats offered.
    public enum Format: String, Sendable, CaseIterable {
        /// Scalable vector graphics: sharp at any zoom, text searchable.
        case svg
        /// A bitmap, for places that do not show SVG.
        case png
    }

    /// What a rendering produced.
    public struct Output: Sendable, Equatable {
        /// The picture file written.
        public let path: String
        /// What `dot` printed on standard error while succeeding (warnings), one entry per line.
        public let warnings: [String]
    }

    /// Renders `dotFile` to `output` (by default the same path with the format's extension), atomically:
    /// an existing picture is replaced only when `dot` succeeded.
    /// - Parameter searchPath: the folders to look for `dot` in, `:`-separated; by default `PATH`.
    /// - Throws: `graphvizMissing` without `dot`, `renderFailed` with `dot`'s message when it fails.
    public static func render(dotFile: String, format: Format, output: String? = nil,
                              searchPath: String? = nil) throws(DOTExportError) -> Output {
        let folders = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard let dot = ExternalTool.find("dot", in: folders) else { throw .graphvizMissing(searched: folders) }
        let target = output ?? defaultOutput(for: dotFile, format: format)
        let temporary = DOTFile.temporaryPath(beside: target)
        let (status, messages) = try ExternalTool.run(dot, ["-T" + format.rawValue, "-o", temporary, dotFile]) {
            DOTExportError.renderFailed(dotFile: dotFile, status: -1, message: $0)
        }
        guard status == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .renderFailed(dotFile: dotFile, status: status, message: messages.joined(separator: "; "))
        }
        try DOTFile.moveIntoPlace(temporary, target: target, reported: target)
        return Output(path: target, warnings: messages)
    }

    private static func defaultOutput(for dotFile: String, format: Format) -> String {
        let url = URL(fileURLWithPath: dotFile)
        let base = ["dot", "gv"].contains(url.pathExtension.lowercased()) ? url.deletingPathExtension() : url
        return base.appendingPathExtension(format.rawValue).path
    }
}

import Foundation
import GraphLoader

/// Writes a draft as a graph folder, all or nothing: the files go into a temporary folder beside the target,
/// which is then renamed into place (an existing folder, with `--force`, is moved aside first and removed
/// after), so that a failure leaves no half-written draft.
public enum DraftFolder {
    public static func write(_ draft: Draft, to path: String, force: Bool) throws(ExtractionError) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isFolder)
        if exists {
            let contents = (try? manager.contentsOfDirectory(atPath: path)) ?? ["?"]
            if !isFolder.boolValue || !contents.isEmpty && !force { throw .outputNotEmpty(path: path) }
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent().path
        let temporary = parent + "/.\(target.lastPathComponent).draft-\(getpid())"
        do {
            try manager.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        } catch {
            throw .unwritable(path: parent, reason: "cannot create a folder there")
        }
        do throws(GraphWriter.WriteError) {
            for table in draft.tables {
                try GraphWriter.write(table: table.name, columns: GraphWriter.columns(ofTable: table.kind), rows: table.rows,
                                      into: temporary)
            }
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw .unwritable(path: error.path, reason: error.reason)
        }
        try replace(target.path, with: temporary, exists: exists)
    }

    private static func replace(_ path: String, with temporary: String, exists: Bool) throws(ExtractionError) {
        let aside = temporary + "-old"
        if exists, rename(path, aside) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            if exists { rename(aside, path) }
            try? FileManager.default.removeItem(atPath: temporary)
            throw .unwritable(path: path, reason: reason)
        }
        if exists { try? FileManager.default.removeItem(atPath: aside) }
    }
}

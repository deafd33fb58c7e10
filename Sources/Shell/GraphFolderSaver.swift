import Foundation
import GraphLoader
import GraphStore

/// Saves a graph as a folder so that a crash, a full disk or `kill -9` at any moment leaves either the old
/// folder or the new one, never a mixture: the tables are written into a hidden sibling folder, flushed,
/// loaded back to prove they form a valid graph, and only then exchanged with the target in one rename.
///
/// Files in the old folder that are not tables (a README) are carried over. A folder that exists but holds
/// no graph is refused rather than replaced, so a slip like `:save ~` cannot destroy a home folder. After a
/// kill, the hidden `.NAME.saving-*` sibling may remain; it is safe to delete.
struct GraphFolderSaver {
    /// The folder to write, as the user gave it.
    let folder: String

    /// Writes the store; returns the writer, whose `omissions` say what was left out.
    func save(_ store: GraphStore) throws(ShellError) -> GraphWriter {
        let replacing = try checkTarget()
        let writer = GraphWriter(store)
        let temporary = try makeTemporaryFolder()
        do throws(ShellError) {
            do { try writer.write(into: temporary) } catch { throw .failed(error.description.replacingOccurrences(of: temporary, with: folder)) }
            if replacing { try carryOver(into: temporary) }
            try verify(temporary)
            try moveIntoPlace(temporary, replacing: replacing)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        return writer
    }

    /// Whether an existing folder will be replaced; refuses files and folders that hold no graph.
    private func checkTarget() throws(ShellError) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return false }
        guard isFolder.boolValue else { throw .failed("cannot save to '\(folder)': it exists and is not a folder") }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let tables = ["sources", "entities", "relations", "measurements"]
        let holdsGraph = names.contains { name in name.hasSuffix(".csv") && tables.contains { name.hasPrefix($0) } }
        guard names.isEmpty || holdsGraph else {
            throw .failed("cannot save to '\(folder)': the folder holds no graph, and saving would replace it; "
                          + "choose a new or empty folder, or a graph folder")
        }
        return true
    }

    private func makeTemporaryFolder() throws(ShellError) -> String {
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).saving-\(suffix)").path
        guard mkdir(temporary, 0o755) == 0 else {
            let parent = target.deletingLastPathComponent().path
            throw .failed("cannot save to '\(folder)': cannot create a folder in '\(parent)': \(String(cString: strerror(errno)))")
        }
        return temporary
    }

    /// Copies everything but the tables from the old folder, so a README survives a save.
    private func carryOver(into temporary: String) throws(ShellError) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where !name.hasSuffix(".csv") {
            let source = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            do { try FileManager.default.copyItem(atPath: source, toPath: temporary + "/" + name) } catch {
                throw .failed("cannot save to '\(folder)': cannot copy '\(source)' (\(error.localizedDescription))")
            }
        }
    }

    private func verify(_ temporary: String) throws(ShellError) {
        do { _ = try GraphLoader.load(folders: [temporary]) } catch {
            throw .failed("not saved: the graph, written out, would not load; '\(folder)' is unchanged",
                          detail: error.errors.map { $0.description.replacingOccurrences(of: temporary, with: folder) })
        }
    }

    private func moveIntoPlace(_ temporary: String, replacing: Bool) throws(ShellError) {
        let failure: Int32? = replacing ? FolderExchange.exchange(temporary, folder)
            : (rename(temporary, folder) == 0 ? nil : errno)
        if let failure { throw .failed("cannot save to '\(folder)': \(String(cString: strerror(failure)))") }
        if replacing { try? FileManager.default.removeItem(atPath: temporary) }
    }
}

import Foundation

/// Lists the files and folders that complete a partly typed path, for commands such as `:source`.
enum FileNameCompleter {
    /// The paths that start with `typed`, as the user would type them: the folder part is kept as typed
    /// (including a leading `~/`), folders end in `/`, and hidden entries appear only when the typed name
    /// starts with `.`. Sorted by name.
    static func candidates(for typed: String, fileManager: FileManager = .default) -> [String] {
        let folderPart: String
        let namePart: String
        if let slash = typed.lastIndex(of: "/") {
            folderPart = String(typed[...slash])
            namePart = String(typed[typed.index(after: slash)...])
        } else {
            folderPart = ""
            namePart = typed
        }
        let folder = resolve(folderPart.isEmpty ? "." : folderPart)
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else { return [] }
        return names
            .filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }
            .sorted()
            .map { name in
                var isFolder: ObjCBool = false
                let full = (folder as NSString).appendingPathComponent(name)
                let exists = fileManager.fileExists(atPath: full, isDirectory: &isFolder)
                return folderPart + name + (exists && isFolder.boolValue ? "/" : "")
            }
    }

    /// `folder` with a leading `~` or `~/` replaced by the home folder.
    private static func resolve(_ folder: String) -> String {
        guard folder == "~" || folder.hasPrefix("~/") else { return folder }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + folder.dropFirst()
    }
}

import GraphModel

import Foundation

/// The table files of one graph folder: `KIND.csv` and `KIND-SUFFIX.csv`, each kind read in file-name order.
struct GraphFolder {
    /// A table file and its kind.
    struct TableFile {
        let kind: TableKind
        /// The path as shown in messages: the folder as given, then the file name.
        let path: String
    }

    let tables: [TableFile]

    /// Lists a folder. Unknown `.csv` files are errors (a misnamed split must not be silently skipped);
    /// other files (a README) are ignored.
    static func open(_ folder: String, errors: inout [LoadError]) -> GraphFolder {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            errors.append(LoadError(file: folder, line: 1, column: 1, message: "no such graph folder"))
            return GraphFolder(tables: [])
        }
        var tables: [TableFile] = []
        for name in names.sorted() where name.hasSuffix(".csv") {
            let stem = String(name.dropLast(4))
            let kindName = stem.split(separator: "-", maxSplits: 1).first.map(String.init) ?? stem
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
            guard let kind = TableKind(rawValue: kindName) else {
                let hint = Suggestion.hint(for: kindName, among: TableKind.allCases.map(\.rawValue))
                errors.append(LoadError(file: path, line: 1, column: 1, message:
                    "unknown table file; a graph folder holds sources, entities, relations and measurements "
                    + "tables named KIND.csv or KIND-SUFFIX.csv\(hint)"))
                continue
            }
            tables.append(TableFile(kind: kind, path: path))
        }
        return GraphFolder(tables: tables)
    }
}

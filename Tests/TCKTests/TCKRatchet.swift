import Foundation

/// The names of the scenarios that passed when the file was last written, one a line: none of them may fail.
struct TCKRatchet {
    /// Where the list lives.
    let path: String
    /// The scenarios that must pass.
    let names: Set<String>

    /// Reads the list; a missing file is an empty ratchet.
    init(path: String) throws {
        self.path = path
        let text = FileManager.default.fileExists(atPath: path) ? try String(contentsOfFile: path, encoding: .utf8) : ""
        names = Set(text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") })
    }

    /// Replaces the list with the scenarios that pass now, sorted, written to a temporary file then renamed.
    func write(_ passing: Set<String>) throws {
        let header = "# Scenarios of the openCypher TCK that pass; TCKConformanceTests fails when one of them fails.\n"
        let text = header + passing.sorted().joined(separator: "\n") + "\n"
        let temporary = path + ".tmp"
        try text.write(toFile: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }
}

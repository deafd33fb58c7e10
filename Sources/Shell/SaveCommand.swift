/// `:save DIR`: writes the session's graph, changes included, as a graph folder that `--graph DIR` and
/// `:load DIR` read back. The folder is replaced atomically (see `GraphFolderSaver`); what fits no table is
/// listed as not saved, one warning each, and the rest is saved.
struct SaveCommand: ShellCommand {
    static let name = "save"
    static let usage = ":save DIR"
    static let summary = "write the session's graph, changes included, as a graph folder"

    /// The folder to write.
    let folder: String

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        folder = try arguments.required("a folder", usage: Self.usage)
        try arguments.expectEnd(usage: Self.usage)
    }

    init(folder: String) { self.folder = folder }

    func run(in session: ShellSession) throws(ShellError) {
        let writer = try GraphFolderSaver(folder: folder).save(session.store)
        for omission in writer.omissions { session.warn("not saved: " + omission) }
        let counts = writer.files.map { "\($0.rows) \($0.name.dropLast(4))" }.joined(separator: ", ")
        session.note("Saved \(counts) to \(folder)")
    }
}

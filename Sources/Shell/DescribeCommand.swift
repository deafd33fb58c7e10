/// `:describe NAME`: the card of one entity — what it is, what it is linked to, and every figure about it in
/// time order with its source (see `EntityCard`).
struct DescribeCommand: ShellCommand {
    static let name = "describe"
    static let usage = ":describe NAME|ID"
    static let summary = "an entity by name, alias, Chinese name or id: its relationships and all its figures; a figure by its id"

    /// The name as typed; may contain spaces, and may be quoted.
    let entity: String

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        entity = arguments.restUnquoted()
        guard !entity.isEmpty else { throw .failed("missing the entity's name; usage: \(Self.usage)") }
    }

    init(entity: String) { self.entity = entity }

    func run(in session: ShellSession) throws(ShellError) {
        let node = try EntityFinder(store: session.store).entity(named: entity)
        let width = session.screenWidth ?? CardLayout.width
        let palette = session.outputPalette
        if session.store.hasLabel(node, "Measurement") {
            try session.emit(MeasurementCard(node: node, store: session.store, palette: palette, width: width).text)
        } else {
            try session.emit(EntityCard(node: node, store: session.store, palette: palette, width: width).text)
        }
    }
}

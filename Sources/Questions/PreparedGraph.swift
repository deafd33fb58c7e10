import GraphStore
import TradeText

/// What the asker learns of one version of one store: its names, its figures and the years questions are read
/// against. Rebuilt only when the store or its version changes.
struct PreparedGraph {
    let store: ObjectIdentifier
    let version: Int
    let reader: TradeTextReader
    let catalog: FigureCatalog
    let reference: PeriodReference

    init(store: GraphStore, lexicon: Lexicon) {
        self.store = ObjectIdentifier(store)
        version = store.version
        reader = TradeTextReader(lexicon: lexicon, gazetteer: Gazetteer(store: store, lexicon: lexicon))
        catalog = FigureCatalog(store: store)
        reference = GraphReference.of(store, catalog: catalog)
    }

    /// Still describes `store`.
    func describes(_ store: GraphStore) -> Bool {
        self.store == ObjectIdentifier(store) && version == store.version
    }
}

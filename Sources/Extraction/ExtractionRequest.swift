/// What `tradegraph extract` was asked: the document and the source row to describe it.
public struct ExtractionRequest: Sendable {
    public var path: String
    public var sourceID: String
    public var kind: String
    public var title: String?
    /// `YYYY-MM-DD`: makes "last year" and "this year" concrete.
    public var date: String?
    public var language: DocumentLanguage?

    public init(path: String, sourceID: String, kind: String = "briefing", title: String? = nil, date: String? = nil,
                language: DocumentLanguage? = nil) {
        self.path = path
        self.sourceID = sourceID
        self.kind = kind
        self.title = title
        self.date = date
        self.language = language
    }
}

import GraphModel

/// Names of flows and metrics as an interpretation writes them for a person.
enum MetricWords {
    static func flow(_ flow: Flow) -> String {
        switch flow {
        case .total: return "total trade"
        case .export: return "exports"
        case .import: return "imports"
        }
    }

    static func metric(_ metric: String) -> String {
        switch metric {
        case "value": return "value"
        case "yoy_growth": return "growth y/y"
        case "share": return "share"
        case "share_change": return "change in percentage points"
        case "contribution": return "contribution to growth"
        case "count": return "count"
        case "rank": return "rank"
        case "average_value": return "average"
        default: return metric.replacingOccurrences(of: "_", with: " ")
        }
    }
}

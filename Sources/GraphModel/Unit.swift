/// The unit a figure is stated in. Values are stored in the base unit (yuan, not trillion yuan).
public enum Unit: String, Vocabulary {
    case cny = "CNY", usd = "USD", percent, pp, tonnes = "t", teu = "TEU", gwh = "GWh"
    case enterprises, countries, people, vehicles, trips, flights, items, batches, count, times, rank, days, hours

    /// How the unit reads after a number.
    var noun: String {
        switch self {
        case .cny: return "yuan"
        case .usd: return "US dollars"
        case .percent: return "%"
        case .pp: return "pp"
        case .tonnes: return "tonnes"
        case .teu: return "TEU"
        case .gwh: return "GWh"
        case .times: return "times"
        case .rank, .count: return ""
        case .enterprises, .countries, .people, .vehicles, .trips, .flights, .items, .batches, .days, .hours: return rawValue
        }
    }

    /// Money and physical amounts read better scaled (`45.47 trillion yuan`); counts stay whole (`780,000 enterprises`).
    var scales: Bool {
        switch self {
        case .cny, .usd, .tonnes, .teu, .gwh: return true
        default: return false
        }
    }
}

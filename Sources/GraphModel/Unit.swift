/// The unit a figure is stated in. Values are stored in the base unit (yuan, not trillion yuan).
public enum Unit: String, Vocabulary {
    case cny = "CNY", usd = "USD", percent, pp, tonnes = "t", teu = "TEU", gwh = "GWh"
    case enterprises, countries, people, vehicles, trips, flights, items, batches, count, times, rank, days, hours
    case weeks, months, years, celsius
    /// Averages and per-item ceilings: the unit says per what, so that a rate is never read as a total.
    case cnyPerDay = "CNY/day", cnyPerMinute = "CNY/minute", cnyPerEnterprise = "CNY/enterprise"
    case cnyPerProject = "CNY/project", peoplePerDay = "people/day"

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
        case .celsius: return "°C"
        case .cnyPerDay: return "yuan a day"
        case .cnyPerMinute: return "yuan a minute"
        case .cnyPerEnterprise: return "yuan per enterprise"
        case .cnyPerProject: return "yuan per project"
        case .peoplePerDay: return "people a day"
        case .enterprises, .countries, .people, .vehicles, .trips, .flights, .items, .batches, .days, .hours, .weeks,
             .months, .years: return rawValue
        }
    }

    /// The noun after this number: a length of time of one reads in the singular (`1 month`, `1 week`).
    func noun(after value: Double) -> String {
        let times: Set<Unit> = [.days, .hours, .weeks, .months, .years]
        return abs(value) == 1 && times.contains(self) ? String(noun.dropLast()) : noun
    }

    /// Money and physical amounts read better scaled (`45.47 trillion yuan`); counts stay whole (`780,000 enterprises`).
    var scales: Bool {
        switch self {
        case .cny, .usd, .tonnes, .teu, .gwh, .cnyPerDay, .cnyPerMinute, .cnyPerEnterprise, .cnyPerProject: return true
        default: return false
        }
    }
}

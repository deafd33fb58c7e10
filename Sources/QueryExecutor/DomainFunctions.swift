import GraphModel
import GraphStore

/// The trade-statistics functions, in their own namespaces so they never clash with openCypher's.
enum DomainFunctions {
    private static func period(_ name: String, _ value: Value) throws(ScalarFunction.Failure) -> Period {
        guard case .string(let text) = value else { throw ScalarFunction.fail(name, expected: "a period string", got: value) }
        do { return try Period(parsing: text) } catch { throw ScalarFunction.Failure(message: "\(name)(): \(error)") }
    }

    /// `fmt.amount(m [, language])` or `fmt.amount(value, unit [, approx [, language]])`.
    private static func amount(_ a: [Value], _ store: GraphStore) throws(ScalarFunction.Failure) -> Value {
        if a[0].isNull { return .null }
        if case .node = a[0] {
            guard a.count <= 2 else { throw ScalarFunction.Failure(message: "fmt.amount(m) takes a measurement and at most a language ('en' or 'zh')") }
            let facts = try measurement("fmt.amount", a[0], store)
            let language = try language("fmt.amount", a.count > 1 ? a[1] : .null)
            guard language == .zh, Metric(rawValue: facts.metric)?.isChange ?? false else { return .string(facts.amount(in: language)) }
            let verb = facts.value < 0 ? FigureWords.chineseChange.fall : FigureWords.chineseChange.rise
            return .string(verb + facts.amount(in: .zh, signed: false, magnitude: true))
        }
        guard let value = a[0].numericValue else { throw ScalarFunction.fail("fmt.amount", expected: "a number or a measurement", got: a[0]) }
        guard a.count >= 2, case .string(let unitName) = a[1] else {
            throw ScalarFunction.Failure(message: "fmt.amount(value, unit) needs a unit string after the number (or pass the measurement: fmt.amount(m))")
        }
        let approximation = try qualifier(a.count > 2 ? a[2] : .null)
        let amount = Amount(value: value, unit: Unit(rawValue: unitName), approximation: approximation)
        let text = try language("fmt.amount", a.count > 3 ? a[3] : .null) == .zh ? amount.chinese : amount.description
        return .string(Unit(rawValue: unitName) == nil ? "\(text) \(unitName)" : text)
    }

    private static func qualifier(_ value: Value) throws(ScalarFunction.Failure) -> Approximation? {
        guard case .string(let word) = value, !word.isEmpty else {
            if value.isNull { return nil }
            throw ScalarFunction.fail("fmt.amount", expected: "a qualifier string as the third argument", got: value)
        }
        guard let approximation = Approximation(rawValue: word) else {
            throw ScalarFunction.Failure(message: "fmt.amount(): unknown qualifier '\(word)'; use one of \(Approximation.words.joined(separator: ", ")), or null")
        }
        return approximation
    }

    private static func language(_ name: String, _ value: Value) throws(ScalarFunction.Failure) -> FigureLanguage {
        if value.isNull { return .en }
        guard case .string(let word) = value, let language = FigureLanguage(argument: word) else {
            throw ScalarFunction.Failure(message: "\(name)(): unknown language \(value.stringValue.map { "'\($0)'" } ?? "of type \(value.typeName)"); use 'en' or 'zh'")
        }
        return language
    }

    private static func measurement(_ name: String, _ value: Value, _ store: GraphStore) throws(ScalarFunction.Failure) -> FigureFacts {
        guard case .node(let node) = value else { throw ScalarFunction.fail(name, expected: "a Measurement node", got: value) }
        guard let facts = FigureFacts(measurement: node, store: store) else {
            throw ScalarFunction.Failure(message: "\(name)() expects a Measurement node with a value; this node is \(store.labels(of: node).joined(separator: ":"))")
        }
        return facts
    }

    static let all: [String: ScalarFunction] = [
        "period.contains": ScalarFunction(arity: 2...2) { a, _ throws(ScalarFunction.Failure) in
            if a[0].isNull || a[1].isNull { return .null }
            return .bool(try period("period.contains", a[0]).contains(try period("period.contains", a[1])))
        },
        "period.start": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            .string(try period("period.start", a[0]).firstDay.description)
        },
        "period.end": .nullable(1...1) { a, _ throws(ScalarFunction.Failure) in
            .string(try period("period.end", a[0]).lastDay.description)
        },
        "fmt.amount": ScalarFunction(arity: 1...4) { a, store throws(ScalarFunction.Failure) in try amount(a, store) },
        "fmt.figure": ScalarFunction(arity: 1...2) { a, store throws(ScalarFunction.Failure) in
            if a[0].isNull { return .null }
            let language = try language("fmt.figure", a.count > 1 ? a[1] : .null)
            let facts = try measurement("fmt.figure", a[0], store)
            return .string(FigureStatement(facts: facts, store: store, language: language).text)
        },
        "trade.national": .nullable(1...1) { a, store throws(ScalarFunction.Failure) in
            .bool(try measurement("trade.national", a[0], store).isNational)
        },
    ]
}

import QueryExecutor

/// The texts of `:help`. The command list is generated from the commands themselves, so it cannot fall
/// out of step with what the prompt accepts.
enum HelpText {
    /// The command list, then pointers to the other topics.
    static var overview: String {
        "Statements are openCypher and end with ';'.\nCommands start with ':' and need no ';'.\n\n"
            + commands
            + "\nMore: :help language, :help functions, :help examples, :help COMMAND or FUNCTION\n"
            + "      (e.g. :help export, :help fmt.figure).\n"
    }

    /// One entry per command, wrapped to 80 columns: the usage, then the summary beside it or, for a long
    /// usage, below it.
    static var commands: String {
        let column = 28
        let indent = String(repeating: " ", count: column + 4)
        return CommandCatalog.all.flatMap { command in
            let usage = "  " + command.usage
            guard command.usage.count <= column else {
                return [usage] + CardLayout.wrap(command.summary, first: indent, indent: indent)
            }
            return CardLayout.wrap(command.summary, first: CardLayout.pad(usage, to: column + 4), indent: indent)
        }.map { $0 + "\n" }.joined()
    }

    /// What the language offers, in brief.
    static let language = """
        Read:   MATCH (a:Label {key: value})-[r:TYPE]->(b) [WHERE ...]  OPTIONAL MATCH
                WITH ... [ORDER BY / SKIP / LIMIT] [WHERE ...]  UNWIND list AS x
                RETURN [DISTINCT] expr [AS name], ... [ORDER BY expr [DESC]] [SKIP n] [LIMIT n]
                UNION [ALL]; variable length -[:PART_OF*1..3]->; shortestPath((a)-[*]-(b))
        Write:  CREATE, MERGE, SET n.key = value, SET n:Label, REMOVE, DELETE, DETACH DELETE
                (in memory until :save DIR)
        Values: 1, 2.5, 'text', true, null, [1, 2], {k: v}, $param; + - * / % ^; = <> < <= > >=;
                AND OR XOR NOT; IS NULL; IN; STARTS WITH, ENDS WITH, CONTAINS, =~; CASE
        Functions: count sum avg min max collect ...; size keys labels type properties coalesce
                toString toInteger toFloat round split substring replace ...;
                period.contains(outer, inner), period.start(p), period.end(p), fmt.amount(m [, 'zh']),
                fmt.figure(m [, 'zh']), trade.national(m). Every one: :help functions.
        Schema: entities (:Economy :Partner :PartnerGroup :Region :Product :EnterpriseType :Policy
                :Channel :Organization :Event :Person), (:Source), (:Measurement {metric, flow, period,
                start, end, value, unit, approx}) linked by REPORTER PARTNER REGION PRODUCT ENTERPRISE
                POLICY CHANNEL EVENT SOURCE SPOKEN_BY. The national figure: WHERE trade.national(m).
                Type :schema for what this graph holds.

        """

    /// Queries to start from.
    static let examples = """
        :describe ASEAN
        :search 东盟
        MATCH (m:Measurement)-[:PARTNER]->(:PartnerGroup {name: 'ASEAN'})
        WHERE m.metric = 'value' AND m.flow = 'total'
        RETURN m.period, fmt.amount(m), fmt.figure(m) ORDER BY m.start;
        MATCH (m:Measurement) WHERE trade.national(m) AND m.period = '2025'
        RETURN m.metric, m.flow, fmt.amount(m), fmt.figure(m, 'zh') ORDER BY m.metric, m.flow;
        MATCH (p:Partner)-[:MEMBER_OF]->(g:PartnerGroup) RETURN g.name, collect(p.name) ORDER BY g.name;
        MATCH (m:Measurement {metric: 'yoy_growth'})-[:PRODUCT]->(p:Product)
        WHERE m.period = '2025' RETURN p.name, fmt.figure(m) ORDER BY m.value DESC LIMIT 10;
        :export dot asean.dot --around ASEAN --depth 1 --render svg
        :chart MATCH (g:PartnerGroup)<-[:PARTNER]-(m:Measurement {metric: 'value', period: '2025', unit: 'CNY'}) WHERE NOT (m)-[:PRODUCT]->() RETURN g.name, max(m.value) AS value, 'CNY' AS unit ORDER BY value DESC

        """

    /// Every function with its signature and one line, in groups.
    static var functions: String {
        let sections = FunctionDoc.groups.map { group in group.title + "\n" + functionLines(group.functions) }
        return sections.joined(separator: "\n") + "\nMore on one: :help NAME (e.g. :help fmt.amount).\n"
    }

    private static func functionLines(_ docs: [FunctionDoc]) -> String {
        let column = 34
        let indent = String(repeating: " ", count: column + 2)
        let lines: [String] = docs.flatMap { doc in
            CardLayout.wrap(doc.summary, first: CardLayout.pad("  " + doc.signature, to: column) + "  ", indent: indent)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// One function: signature, line, details.
    static func function(_ doc: FunctionDoc) -> String {
        doc.signature + "\n  " + doc.summary + "\n" + (doc.details.isEmpty ? "" : "\n" + doc.details + "\n")
    }
}

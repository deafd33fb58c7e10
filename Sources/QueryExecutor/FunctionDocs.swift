/// The texts of `FunctionDoc.all`, grouped as `:help functions` shows them.
enum FunctionDocs {
    static let openCypher: [FunctionDoc] = [
        FunctionDoc("id(x)", "the internal number of a node or relationship"),
        FunctionDoc("elementId(x)", "the element id of a node or relationship as text ('n:12')"),
        FunctionDoc("labels(n)", "the labels of a node, as a list"),
        FunctionDoc("type(r)", "the type of a relationship"),
        FunctionDoc("properties(x)", "the properties of a node, relationship or map, as a map"),
        FunctionDoc("keys(x)", "the property names of a node, relationship or map"),
        FunctionDoc("startNode(r)", "the node a relationship starts at"),
        FunctionDoc("endNode(r)", "the node a relationship ends at"),
        FunctionDoc("size(x)", "the number of items of a list or characters of a text"),
        FunctionDoc("length(p)", "the number of relationships of a path"),
        FunctionDoc("nodes(p)", "the nodes of a path"),
        FunctionDoc("relationships(p)", "the relationships of a path"),
        FunctionDoc("head(list)", "the first item, or null"),
        FunctionDoc("last(list)", "the last item, or null"),
        FunctionDoc("tail(list)", "every item but the first"),
        FunctionDoc("range(from, to [, step])", "the integers from..to, both included"),
        FunctionDoc("reverse(x)", "a list or text backwards"),
        FunctionDoc("coalesce(a, b, ...)", "the first argument that is not null"),
        FunctionDoc("toString(x)", "a value as text"),
        FunctionDoc("toInteger(x)", "a number or numeric text as an integer (truncated), else null"),
        FunctionDoc("toFloat(x)", "a number or numeric text as a float, else null"),
        FunctionDoc("toBoolean(x)", "'true'/'false' (any case) as a boolean, else null"),
        FunctionDoc("abs(x)", "the absolute value"),
        FunctionDoc("round(x [, digits])", "rounded half away from zero"),
        FunctionDoc("ceil(x)", "the smallest whole number not below x"),
        FunctionDoc("floor(x)", "the largest whole number not above x"),
        FunctionDoc("sqrt(x)", "the square root"),
        FunctionDoc("sign(x)", "-1, 0 or 1"),
        FunctionDoc("toUpper(text)", "upper case"),
        FunctionDoc("toLower(text)", "lower case"),
        FunctionDoc("trim(text)", "without spaces at both ends"),
        FunctionDoc("ltrim(text)", "without spaces at the start"),
        FunctionDoc("rtrim(text)", "without spaces at the end"),
        FunctionDoc("split(text, separator)", "the parts of a text, as a list"),
        FunctionDoc("substring(text, start [, length])", "part of a text; start counts from 0"),
        FunctionDoc("replace(text, find, with)", "every occurrence replaced"),
        FunctionDoc("left(text, n)", "the first n characters"),
        FunctionDoc("right(text, n)", "the last n characters"),
    ]

    static let aggregates: [FunctionDoc] = [
        FunctionDoc("count(x)", "rows (count(*)) or values that are not null; count(DISTINCT x)"),
        FunctionDoc("sum(x)", "the sum of the values"),
        FunctionDoc("avg(x)", "the mean of the values"),
        FunctionDoc("min(x)", "the smallest value"),
        FunctionDoc("max(x)", "the largest value"),
        FunctionDoc("collect(x)", "the values that are not null, as a list"),
        FunctionDoc("stDev(x)", "the sample standard deviation"),
        FunctionDoc("stDevP(x)", "the population standard deviation"),
        FunctionDoc("percentileCont(x, p)", "the p-th percentile (0..1), interpolated"),
        FunctionDoc("percentileDisc(x, p)", "the p-th percentile (0..1), a value of the input"),
    ]

    static let domain: [FunctionDoc] = [
        FunctionDoc("period.contains(outer, inner)", "true when the period inner lies wholly within outer",
                    details: "period.contains('2025-H1', '2025-Q1') is true; periods as in m.period (2025, 2025-H1, 2025-Q3, 2025-12, 2021/2025)."),
        FunctionDoc("period.start(p)", "the first day of a period, as an ISO date text ('2025-04-01')"),
        FunctionDoc("period.end(p)", "the last day of a period, as an ISO date text ('2025-06-30')"),
        FunctionDoc("fmt.amount(m [, lang])", "a figure's amount as a person reads it, with its qualifier",
                    details: """
                        fmt.amount(m)          a Measurement's amount: 'over 1 trillion US dollars', '+8.0%'
                        fmt.amount(m, 'zh')    in Chinese: '7.55万亿元', '增长8.0%', '超过78万家'
                        fmt.amount(value, unit [, approx [, lang]])
                                               from parts: fmt.amount(m.value, m.unit, m.approx)
                        approx is over, nearly, about, under or null; lang is 'en' (default) or 'zh'.
                        Any other qualifier or language is an error, not ignored.
                        """),
        FunctionDoc("fmt.figure(m [, lang])", "one readable statement of a figure, with everything it is about",
                    details: """
                        fmt.figure(m) states a Measurement with its reporter (when not China), flow, every dimension
                        (partner, region, product, enterprise type, policy, channel, event), metric, amount with its
                        qualifier, period, and what the row's note says it counts:
                          'China's trade with ASEAN grew 7.1% year on year in 2025-Q1'
                        fmt.figure(m, 'zh'): '2025年一季度我国对东盟进出口同比增长7.1%'.
                        Return it beside m.value: a figure quoted without what it is about is easily misquoted.
                        """),
        FunctionDoc("trade.national(m)", "true for China's own figure that is broken down by nothing: the national total",
                    details: """
                        MATCH (m:Measurement) WHERE trade.national(m) AND m.metric = 'value' RETURN m.period, fmt.amount(m);
                        is the same as spelling out that m is reported by China and has no
                        PARTNER, REGION, PRODUCT, ENTERPRISE, POLICY, CHANNEL or EVENT relationship.
                        """),
    ]
}

import Charts
import DOTExport
import GraphModel
import ResultFormat
@testable import Shell
import XCTest

final class CommandParsingTests: XCTestCase {
    private let origin = SourceLocation(file: "s.cypher", line: 4, column: 1)

    private func parse(_ line: String) throws -> any ShellCommand {
        do { return try CommandCatalog.parse(line, at: origin) } catch { throw error }
    }

    private func same<T: ShellCommand>(_ expected: T, _ actual: any ShellCommand) -> Bool {
        (actual as? T) == expected
    }

    func testCommandsParseTheirArguments() throws {
        let cases: [(String, any ShellCommand)] = [
            (":help", HelpCommand(topic: nil)),
            (":help Export", HelpCommand(topic: "export")),
            (":quit", QuitCommand()),
            (":exit", QuitCommand()),
            (":QUIT", QuitCommand()),
            (":source 'my script.cypher'", SourceCommand(path: "my script.cypher")),
            (":format JSON", FormatCommand(format: .json)),
            (":format", FormatCommand(format: nil)),
            (":output out.csv", OutputCommand(path: "out.csv")),
            (":output", OutputCommand(path: nil)),
            (":timing off", TimingCommand(enabled: false)),
            (":timing ON", TimingCommand(enabled: true)),
            (":param limit => 10 + 1", ParamCommand(parameter: "limit", expression: "10 + 1",
                                                   location: SourceLocation(file: "s.cypher", line: 4, column: 17))),
            (":param $name=>'Japan'", ParamCommand(parameter: "name", expression: "'Japan'",
                                                  location: SourceLocation(file: "s.cypher", line: 4, column: 15))),
            (":params", ParamsCommand()),
            (":schema", SchemaCommand()),
            (":describe European Union", DescribeCommand(entity: "European Union")),
            (":describe \"东盟\"", DescribeCommand(entity: "东盟")),
            (":search  vietnm ", SearchCommand(text: "vietnm")),
            (":load a b", LoadCommand(folders: ["a", "b"])),
            (":save out", SaveCommand(folder: "out")),
            (":history", HistoryCommand()),
            (":export dot g.dot MATCH (n) RETURN n",
             ExportCommand(path: "g.dot", target: .query("MATCH (n) RETURN n", SourceLocation(file: "s.cypher", line: 4, column: 19)))),
            (":export dot g.dot --around European Union --depth 2",
             ExportCommand(path: "g.dot", target: .around("European Union", depth: 2), options: DOTOptions(grouping: .entity))),
            (":export dot g.dot --group period --around European Union",
             ExportCommand(path: "g.dot", target: .around("European Union", depth: 1), options: DOTOptions(grouping: .period))),
            (":export dot g.dot --group none --around ASEAN",
             ExportCommand(path: "g.dot", target: .around("ASEAN", depth: 1))),
            (":export chart c.svg --type line --title 'T 标题' MATCH (n) RETURN n.name, 1",
             ExportCommand(path: "c.svg", target: .query("MATCH (n) RETURN n.name, 1", SourceLocation(file: "s.cypher", line: 4, column: 48)),
                           chart: ChartExport(path: "c.svg", type: .line, title: "T 标题", query: "MATCH (n) RETURN n.name, 1",
                                              location: SourceLocation(file: "s.cypher", line: 4, column: 48)))),
            (":chart line MATCH (n) RETURN n.name, 1",
             ChartCommand(kind: .line, query: "MATCH (n) RETURN n.name, 1", location: SourceLocation(file: "s.cypher", line: 4, column: 13))),
            (":chart MATCH (n) RETURN n.name, 1",
             ChartCommand(query: "MATCH (n) RETURN n.name, 1", location: SourceLocation(file: "s.cypher", line: 4, column: 8))),
            (":export dot g.dot --fold --clusters --direction tb --max-nodes 50 --render svg --around ASEAN",
             ExportCommand(path: "g.dot", target: .around("ASEAN", depth: 1),
                           options: DOTOptions(direction: .topToBottom, foldMeasurements: true, clusterByLabel: true, maxNodes: 50,
                                               grouping: .entity),
                           render: .svg)),
        ]
        for (line, expected) in cases {
            let parsed = try parse(line)
            XCTAssertTrue(same(expected, parsed), "\(line) → \(parsed), expected \(expected)")
        }
    }

    func testMalformedCommandsSayWhatIsWrong() {
        let cases: [(String, String)] = [
            (":helpp", "unknown command ':helpp'; did you mean ':help'?"),
            (":fromat csv", "did you mean ':format'?"),
            (":frobnicate", "unknown command ':frobnicate' (type :help for the list)"),
            (":format xml", "unknown format 'xml'; expected one of table, csv, tsv, json, jsonl, markdown, vertical"),
            (":format csv tsv", "unexpected 'tsv'"),
            (":timing maybe", "expected on or off, not 'maybe'"),
            (":quit now", "unexpected 'now'"),
            (":source", "missing a file name"),
            (":source 'open", "unterminated ' quote"),
            (":param x 1", "expected a name, '=>' and an expression"),
            (":param x =>", "missing the expression after '=>'"),
            (":describe", "missing the entity's name"),
            (":search ", "missing the text to look for"),
            (":load", "missing a folder"),
            (":export png g.png --around ASEAN", "export 'dot' (Graphviz), 'chart' (gnuplot) or 'cypher'"),
            (":export chart c.pdf MATCH (n) RETURN n", "name the file .svg, .png or .gp"),
            (":export chart c.svg --type pie MATCH (n) RETURN n", "--type expects bar or line"),
            (":export chart c.svg --colour red MATCH (n) RETURN n", "unknown option '--colour'"),
            (":export chart c.svg", "missing the query to chart"),
            (":chart", "missing the query to chart"),
            (":export dot g.dot --group month --around ASEAN", "--group expects entity, period, metric, none"),
            (":export dot g.dot", "missing the query or --around NAME"),
            (":export dot g.dot --depth 2 MATCH (n) RETURN n", "--depth goes with --around NAME"),
            (":export dot g.dot --depth -1 --around ASEAN", "--depth expects a number from 0"),
            (":export dot g.dot --render pdf --around ASEAN", "--render expects svg, png"),
            (":export dot g.dot --fodl --around ASEAN", "unknown option '--fodl'; did you mean '--fold'?"),
        ]
        for (line, message) in cases {
            XCTAssertThrowsError(try parse(line), line) { error in
                let text = (error as? ShellError)?.rendered(at: origin) ?? ""
                XCTAssertTrue(text.hasPrefix("s.cypher:4:1: "), "\(line): \(text)")
                XCTAssertTrue(text.contains(message), "\(line): \(text)")
            }
        }
    }
}

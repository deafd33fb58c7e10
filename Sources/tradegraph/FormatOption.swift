import ArgumentParser

/// `--format`, one option group for the root command and `bench`. ArgumentParser lets a parent command's
/// options appear after a subcommand's name and hands them to the parent, so a `--format` declared on both
/// never reached `bench`. Declared once as a group, the value the root parsed is the value `bench` decodes (as
/// `GraphOptions` already is for `--graph`); each command checks it against the formats it can print.
struct FormatOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "How results print: table, csv, tsv, json, jsonl, markdown or vertical. Default: table at a terminal, else tsv. "
            + "For bench: table (default) or json.",
        valueName: "format"))
    var format: String?
}

import Foundation

/// A row of a table written with pipes or tabs ("EU | 5.93 trn yuan | +6% | 13%", markdown's "| EU | 5.93 |"), with
/// the table's header cells above it: a cell states its figures in the words its column's header and its row's first
/// cell give it ("Exports", "Share of China's total", "H1 2025"), which the cell itself leaves out.
struct TableRow {
    /// One cell: where it is on its line, its text, and its column's header.
    struct Cell {
        let range: Range<Int>
        let text: String
        let header: String?
    }

    /// The row's first cell: what the row is of (a partner, a product, a period).
    let label: Cell
    /// The cells after the first.
    let cells: [Cell]
    /// The line above the table that is no row of it: its caption or heading ("Table 3. First half of 2025, trn yuan
    /// and y/y %"), whose units are those of cells that neither they nor their header give.
    var caption: String?

    /// The characters that separate cells: a pipe or a tab.
    static let separators: Set<Character> = ["|", "\t"]

    /// The rows of every table of `lines` that has a header, by line number (from 1). A table is a run of lines of
    /// two cells or more (markdown's separator lines "|---|---|" skipped); its header is its first line where no cell
    /// but the first holds a number other than a year or a period's number ("Q1", "H1").
    static func rows(in lines: [String]) -> [Int: TableRow] {
        var rows: [Int: TableRow] = [:]
        var header: [Cell]?
        var inTable = false
        var caption: String?
        for (index, line) in lines.enumerated() {
            let cells = Self.cells(of: line)
            guard cells.count >= 2 else {
                (header, inTable) = (nil, false)
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { caption = line }
                continue
            }
            if isSeparatorLine(cells) { continue }
            if !inTable, cells.dropFirst().allSatisfy({ !holdsAFigure($0.text) }) {
                (header, inTable) = (cells, true)
                continue
            }
            inTable = true
            guard let header else { continue }
            let headed = cells.enumerated().map { column, cell in
                Cell(range: cell.range, text: cell.text, header: column < header.count ? header[column].text : nil)
            }
            rows[index + 1] = TableRow(label: headed[0], cells: Array(headed.dropFirst()), caption: caption)
        }
        return rows
    }

    /// The cells of a line, trimmed, without the empty ones a leading or trailing pipe makes.
    static func cells(of line: String) -> [Cell] {
        let characters = Array(line)
        guard characters.contains(where: separators.contains) else { return [] }
        var cells: [Cell] = []
        var start = 0
        for end in 0...characters.count where end == characters.count || separators.contains(characters[end]) {
            var range = start..<end
            while range.lowerBound < range.upperBound, characters[range.lowerBound].isWhitespace { range = (range.lowerBound + 1)..<range.upperBound }
            while range.lowerBound < range.upperBound, characters[range.upperBound - 1].isWhitespace { range = range.lowerBound..<(range.upperBound - 1) }
            cells.append(Cell(range: range, text: String(characters[range]), header: nil))
            start = end + 1
        }
        if cells.first?.text.isEmpty == true, characters.first { !$0.isWhitespace } == "|" { cells.removeFirst() }
        if cells.last?.text.isEmpty == true, characters.last { !$0.isWhitespace } == "|" { cells.removeLast() }
        return cells
    }

    /// "|---|:---:|": markdown's line under the header.
    private static func isSeparatorLine(_ cells: [Cell]) -> Bool {
        cells.allSatisfy { cell in !cell.text.isEmpty && cell.text.allSatisfy { "-:= ".contains($0) } }
    }

    /// Whether a cell's text holds a digit other than those of a year (2025) or of a period's name (Q1, H1).
    private static func holdsAFigure(_ text: String) -> Bool {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard Self.isDigit(characters[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, Self.isDigit(characters[end]) { end += 1 }
            let isYear = end - index == 4 && ["19", "20"].contains(String(characters[index..<(index + 2)]))
            let isPeriodNumber = end - index == 1 && index > 0 && "QqHhM".contains(characters[index - 1])
            if !isYear && !isPeriodNumber { return true }
            index = end
        }
        return false
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
}

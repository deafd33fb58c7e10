import Foundation

/// How the documents write numbers: digits with an optional decimal part, thousands separated by commas
/// (`7,500`), followed by a scale word (`45.47 trillion`, `45.47万亿`, `940 million`).
public enum StatedNumber {
    /// The scales the documents use: units, thousand, 万, million, 亿, billion, trillion / 万亿.
    public static let scales: [Double] = [1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12]

    /// The numbers written in a text, each with its count of decimals, after removing thousands separators.
    public static func numbers(in text: String) -> [(value: Double, decimals: Int)] {
        var numbers: [(value: Double, decimals: Int)] = []
        var digits = ""
        func flush() {
            defer { digits = "" }
            let trimmed = digits.hasSuffix(".") ? String(digits.dropLast()) : digits
            guard let value = Double(trimmed) else { return }
            let decimals = trimmed.split(separator: ".").dropFirst().first?.count ?? 0
            numbers.append((value, decimals))
        }
        for character in withoutThousandsSeparators(text) {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else if character == "." && !digits.isEmpty && !digits.contains(".") {
                digits.append(character)
            } else {
                flush()
            }
        }
        flush()
        return numbers
    }

    /// `7,500` → `7500`: a comma between a digit and exactly three digits is a thousands separator; a comma
    /// anywhere else (`in 2024, 15 ports`) stays, so that two numbers are not glued together.
    public static func withoutThousandsSeparators(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            func isDigit(_ offset: Int) -> Bool {
                characters.indices.contains(index + offset) && characters[index + offset].isASCII
                    && characters[index + offset].isNumber
            }
            if character == ",", isDigit(-1), isDigit(1), isDigit(2), isDigit(3), !isDigit(4) { continue }
            result.append(character)
        }
        return result
    }

    /// The unit of the last stated digit of `value` as the text writes it (`45.47` at trillion scale →
    /// 1e10), or nil when no number in the text, at any scale, is the value. Signs are not compared: the
    /// texts write "down 2.3%", the graph `-2.3`. When several readings fit, the coarsest step is returned.
    public static func step(of value: Double, in text: String) -> Double? {
        let magnitude = abs(value)
        var coarsest: Double?
        for number in numbers(in: text) {
            for scale in scales where abs(number.value * scale - magnitude) <= 1e-9 * max(magnitude, 1) {
                let step = scale / pow(10, Double(number.decimals))
                coarsest = max(coarsest ?? step, step)
            }
        }
        return coarsest
    }

    /// Whether the text states the value at one of the scales.
    public static func states(_ value: Double, in text: String) -> Bool {
        step(of: value, in: text) != nil
    }

    /// The place of the last non-zero digit of a plain decimal: `1e12` for one trillion, `0.1` for `3.8`.
    public static func placeOfLastDigit(_ value: Double) -> Double {
        var place = 1.0
        let magnitude = abs(value)
        guard magnitude > 0 else { return 1 }
        while magnitude.truncatingRemainder(dividingBy: place * 10) == 0 { place *= 10 }
        while abs((magnitude / place).rounded() * place - magnitude) > 1e-9 * magnitude { place /= 10 }
        return place
    }
}

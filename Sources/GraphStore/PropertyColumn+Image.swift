import GraphModel

/// A property column as bytes and back: a typed column is its array's memory, a general one its values one
/// by one (`Value`'s image below).
extension PropertyColumn {
    /// The storage kinds, as the image numbers them.
    private enum Kind: Int {
        case strings, texts, floats, ints, values
    }

    /// Writes the column, in the order `init(image:)` reads it.
    func writeImage(to writer: ImageWriter) throws(ImageError) {
        writer.integer(presentCount)
        writer.integer(newTexts)
        switch storage {
        case .strings(let ids):
            writer.integer(Kind.strings.rawValue)
            writer.array(ids)
        case .texts(let arena):
            writer.integer(Kind.texts.rawValue)
            writer.array(arena.bytes)
            writer.array(arena.starts)
            writer.array(arena.lengths)
        case .floats(let numbers):
            writer.integer(Kind.floats.rawValue)
            writer.array(numbers)
        case .ints(let numbers):
            writer.integer(Kind.ints.rawValue)
            writer.array(numbers)
        case .values(let values):
            writer.integer(Kind.values.rawValue)
            writer.integer(values.count)
            for value in values { try writer.value(value) }
        }
    }

    /// A column read back from its image.
    init(image reader: inout ImageReader) throws(ImageError) {
        self.init()
        presentCount = try reader.integer()
        newTexts = try reader.integer()
        switch Kind(rawValue: try reader.integer()) {
        case .strings?: storage = .strings(try reader.array(of: UInt32.self))
        case .texts?:
            var arena = TextArena()
            arena.bytes = try reader.array(of: UInt8.self)
            arena.starts = try reader.array(of: Int.self)
            arena.lengths = try reader.array(of: UInt32.self)
            try reader.expect(arena.starts.count == arena.lengths.count, "a text column's offsets and lengths differ in number")
            storage = .texts(arena)
        case .floats?: storage = .floats(try reader.array(of: Double.self))
        case .ints?: storage = .ints(try reader.array(of: Int64.self))
        case .values?:
            let count = try reader.count()
            storage = .values(ContiguousArray(try (0..<count).map { _ throws(ImageError) in try reader.value() }))
        case nil: throw ImageError(offset: 0, reason: "an unknown kind of property column")
        }
    }
}

/// The tags of `Value`'s image.
private enum ValueTag: Int {
    case null, bool, int, float, string, list, map
}

extension ImageWriter {
    /// A property value: a tag, then its payload.
    func value(_ value: Value) throws(ImageError) {
        switch value {
        case .null: integer(ValueTag.null.rawValue)
        case .bool(let flag): [ValueTag.bool.rawValue, flag ? 1 : 0].forEach(integer)
        case .int(let number): [ValueTag.int.rawValue, Int(number)].forEach(integer)
        case .float(let number): [ValueTag.float.rawValue, Int(Int64(bitPattern: number.bitPattern))].forEach(integer)
        case .string(let string):
            integer(ValueTag.string.rawValue)
            text(string)
        case .list(let items):
            [ValueTag.list.rawValue, items.count].forEach(integer)
            for item in items { try self.value(item) }
        case .map(let entries):
            [ValueTag.map.rawValue, entries.count].forEach(integer)
            for (key, item) in entries.sorted(by: { $0.key < $1.key }) {
                text(key)
                try self.value(item)
            }
        case .node, .relationship, .path:
            throw ImageError(offset: 0, reason: "a \(value.typeName) stored as a property")
        }
    }
}

extension ImageReader {
    /// A value written by `ImageWriter.value`.
    mutating func value() throws(ImageError) -> Value {
        switch ValueTag(rawValue: try integer()) {
        case .null?: return .null
        case .bool?: return .bool(try integer() != 0)
        case .int?: return .int(Int64(try integer()))
        case .float?: return .float(Double(bitPattern: UInt64(bitPattern: Int64(try integer()))))
        case .string?: return .string(try text())
        case .list?: return .list(try (0..<count(stride: 8)).map { _ throws(ImageError) in try value() })
        case .map?:
            var entries: [String: Value] = [:]
            for _ in 0..<(try count(stride: 16)) { entries[try text()] = try value() }
            return .map(entries)
        case nil: throw ImageError(offset: 0, reason: "an unknown kind of value")
        }
    }
}

import GraphModel

/// A store as one stream of bytes and back: what a snapshot file holds, so that a graph read once from CSV
/// opens again by copying arrays instead of parsing text. Indexes and type groupings are built on first use,
/// as after any load, and are not part of the image.
extension GraphStore {
    /// The sizes of the plain values an image copies as memory (and whether this machine is little-endian):
    /// an image is readable only where this number is the same as where it was written.
    public static var imageLayout: UInt32 {
        let sizes = [MemoryLayout<AdjacencyEntry>.stride, MemoryLayout<NodeID>.stride, MemoryLayout<Int>.stride,
                     MemoryLayout<Bool>.stride, MemoryLayout<Double>.stride]
        return sizes.reduce(UInt32(1.littleEndian == 1 ? 1 : 2)) { $0 &* 31 &+ UInt32($1) }
    }

    /// Writes the whole store, in the order `init(image:)` reads it.
    /// - Throws: `ImageError` for a property value no image can hold (a node, relationship or path).
    public func writeImage(to writer: ImageWriter) throws(ImageError) {
        for table in [labelNames, typeNames, keyNames] { writer.texts(table.names) }
        writer.texts(pool.strings)
        writer.array(nodeLabels)
        writer.array(nodeAlive)
        writer.adjacency(outgoing)
        writer.adjacency(incoming)
        try writer.columns(nodeColumns)
        writer.integer(nodesByLabel.count)
        nodesByLabel.forEach(writer.array)
        writer.array(relationshipType)
        writer.array(relationshipSource)
        writer.array(relationshipTarget)
        writer.array(relationshipAlive)
        try writer.columns(relationshipColumns)
        writer.array(ContiguousArray(relationshipTypeCountsByID))
        writer.array(ContiguousArray(relationshipEndLabels))
        [nodeCount, relationshipCount, version].forEach(writer.integer)
        writer.finish()
    }

    /// A store read back from an image `writeImage(to:)` wrote.
    /// - Throws: `ImageError` when the bytes are not such an image.
    public convenience init(image reader: inout ImageReader) throws(ImageError) {
        self.init()
        labelNames = SymbolTable(names: try reader.texts())
        typeNames = SymbolTable(names: try reader.texts())
        keyNames = SymbolTable(names: try reader.texts())
        pool = StringPool(strings: try reader.texts())
        nodeLabels = try reader.array(of: UInt64.self)
        nodeAlive = try reader.array(of: Bool.self)
        outgoing = try reader.adjacency(nodes: nodeAlive.count)
        incoming = try reader.adjacency(nodes: nodeAlive.count)
        nodeColumns = try reader.columns(count: keyNames.names.count)
        nodesByLabel = try (0..<reader.count(stride: 8)).map { _ throws(ImageError) in try reader.array(of: NodeID.self) }
        relationshipType = try reader.array(of: Int32.self)
        relationshipSource = try reader.array(of: NodeID.self)
        relationshipTarget = try reader.array(of: NodeID.self)
        relationshipAlive = try reader.array(of: Bool.self)
        relationshipColumns = try reader.columns(count: keyNames.names.count)
        relationshipTypeCountsByID = Array(try reader.array(of: Int.self))
        relationshipEndLabels = Array(try reader.array(of: UInt64.self))
        (nodeCount, relationshipCount, version) = (try reader.integer(), try reader.integer(), try reader.integer())
        try checkShape(reader)
    }

    /// The lengths that every store keeps in step, so that an image that decodes but is not a store's (which
    /// its checksum should already have ruled out) is refused rather than indexed out of range later.
    private func checkShape(_ reader: ImageReader) throws(ImageError) {
        let nodes = nodeAlive.count, relationships = relationshipAlive.count
        try reader.expect(reader.isAtEnd, "bytes after the store")
        try reader.expect(nodeLabels.count == nodes && nodesByLabel.count == labelNames.names.count, "node arrays of unequal lengths")
        try reader.expect([relationshipType.count, relationshipSource.count, relationshipTarget.count].allSatisfy { $0 == relationships },
                          "relationship arrays of unequal lengths")
        try reader.expect(relationshipTypeCountsByID.count == typeNames.names.count
                          && relationshipEndLabels.count == 2 * typeNames.names.count, "relationship type tables of the wrong length")
        try reader.expect(nodeCount == nodeAlive.count { $0 } && relationshipCount == relationshipAlive.count { $0 },
                          "element counts that disagree with the elements")
    }
}

extension ImageWriter {
    /// A list of texts.
    func texts(_ texts: [String]) {
        integer(texts.count)
        texts.forEach(text)
    }

    /// Every node's list: the lengths, then all entries back to back.
    func adjacency(_ lists: ContiguousArray<ContiguousArray<AdjacencyEntry>>) {
        array(ContiguousArray(lists.lazy.map { UInt32($0.count) }))
        for list in lists where !list.isEmpty { list.withUnsafeBytes(raw) }
    }

    /// One column per property key.
    func columns(_ columns: [PropertyColumn]) throws(ImageError) {
        integer(columns.count)
        for column in columns { try column.writeImage(to: self) }
    }
}

extension ImageReader {
    /// A list of texts.
    mutating func texts() throws(ImageError) -> [String] {
        try (0..<count(stride: 8)).map { _ throws(ImageError) in try text() }
    }

    /// Lists written by `ImageWriter.adjacency`, one per node.
    mutating func adjacency(nodes: Int) throws(ImageError) -> ContiguousArray<ContiguousArray<AdjacencyEntry>> {
        let lengths = try array(of: UInt32.self)
        try expect(lengths.count == nodes, "\(lengths.count) adjacency lists for \(nodes) nodes")
        var lists = ContiguousArray<ContiguousArray<AdjacencyEntry>>()
        lists.reserveCapacity(nodes)
        for length in lengths {
            lists.append(length == 0 ? [] : try array(of: AdjacencyEntry.self, count: Int(length)))
        }
        return lists
    }

    /// Columns written by `ImageWriter.columns`, one per property key.
    mutating func columns(count expected: Int) throws(ImageError) -> [PropertyColumn] {
        let count = try count(stride: 8)
        try expect(count == expected, "\(count) property columns for \(expected) keys")
        return try (0..<count).map { _ throws(ImageError) in try PropertyColumn(image: &self) }
    }
}

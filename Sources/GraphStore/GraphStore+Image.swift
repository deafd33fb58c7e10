import GraphModel

/// A store as one stream of bytes and back: what a snapshot file holds, so that a graph read once from CSV
/// opens again by mapping its arrays (`ImageReader` with an owner) instead of parsing text. Adjacency is the
/// flat arrays, built first when due. Indexes and type groupings are built on first use, as after any load,
/// and are not part of the image.
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
        if adjacencyStale || !outgoing.changed.isEmpty || !incoming.changed.isEmpty || outgoing.offsets.count != nodeAlive.count + 1 {
            rebuildAdjacency()
        }
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
        writer.array(StoreArray(relationshipTypeCountsByID))
        writer.array(StoreArray(relationshipEndLabels))
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
        try reader.expect(outgoing.entries.count == relationshipCount && incoming.entries.count == relationshipCount,
                          "adjacency entries that disagree with the relationships")
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

    /// One direction's flat lists (with no changed lists on the side): the offsets, then the entries.
    func adjacency(_ lists: AdjacencyLists) {
        array(lists.offsets)
        array(lists.entries)
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

    /// Lists written by `ImageWriter.adjacency`, an offset per node.
    mutating func adjacency(nodes: Int) throws(ImageError) -> AdjacencyLists {
        let offsets = try array(of: UInt32.self)
        try expect(offsets.count == nodes + 1, "\(offsets.count - 1) adjacency lists for \(nodes) nodes")
        let entries = try array(of: AdjacencyEntry.self)
        try expect(offsets.first == 0 && offsets.last.map(Int.init) == entries.count, "adjacency offsets past their entries")
        return AdjacencyLists(offsets: offsets, entries: entries)
    }

    /// Columns written by `ImageWriter.columns`, one per property key.
    mutating func columns(count expected: Int) throws(ImageError) -> [PropertyColumn] {
        let count = try count(stride: 8)
        try expect(count == expected, "\(count) property columns for \(expected) keys")
        return try (0..<count).map { _ throws(ImageError) in try PropertyColumn(image: &self) }
    }
}

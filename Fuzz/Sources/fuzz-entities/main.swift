import Foundation
import FuzzSupport

/// Each input is the `entities.csv` file of a small graph, loaded with its other tables.
nonisolated(unsafe) private let harness = TableHarness(.entities)

FuzzDriver.run { bytes, count in
    harness.run(Data(bytes: bytes, count: count))
    return 0
}

import Foundation
import FuzzSupport

/// Each input is the `relations.csv` file of a small graph, loaded with its other tables.
nonisolated(unsafe) private let harness = TableHarness(.relations)

FuzzDriver.run { bytes, count in
    harness.run(Data(bytes: bytes, count: count))
    return 0
}

import Foundation

/// A count that callbacks on several threads add to.
package final class SharedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    package init() {}

    package var value: Int { lock.withLock { count } }
    package func increment() { lock.withLock { count += 1 } }
}

import Foundation

/// Two pieces of work at once: `side` on another core while `main` runs, for a build whose
/// parts do not depend on each other (a million news ids hashed while their rows are made).
enum SideTask {
    /// The results of `side` and `main`, run at once when the processor has two cores or more,
    /// one after the other otherwise.
    static func run<Side, Main>(_ side: () -> Side, alongside main: () -> Main) -> (Side, Main) {
        guard RowParts.cores > 1 else { return (side(), main()) }
        var sideResult: Side?
        var mainResult: Main?
        withoutActuallyEscaping(side) { side in
            withoutActuallyEscaping(main) { main in
                withUnsafeMutablePointer(to: &sideResult) { sideSlot in
                    withUnsafeMutablePointer(to: &mainResult) { mainSlot in
                        // Each iteration writes only its own slot, and both return before either is read.
                        let shared = Shared(side: side, main: main, sideSlot: sideSlot, mainSlot: mainSlot)
                        DispatchQueue.concurrentPerform(iterations: 2) { part in
                            if part == 0 { shared.sideSlot.pointee = shared.side() } else { shared.mainSlot.pointee = shared.main() }
                        }
                    }
                }
            }
        }
        return (sideResult!, mainResult!)
    }

    private struct Shared<Side, Main>: @unchecked Sendable {
        let side: () -> Side
        let main: () -> Main
        let sideSlot: UnsafeMutablePointer<Side?>
        let mainSlot: UnsafeMutablePointer<Main?>
    }
}

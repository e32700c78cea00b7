import TerminalGrid

/// Folds true colours into terminal palette indices.
///
/// Pure functions, so themes can be checked against every palette without a terminal.
public enum ColorMapper {
    /// The six channel levels of the xterm 6x6x6 colour cube (indices 16...231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The sixteen ANSI colours as xterm draws them by default. Terminals differ here, which
    /// is why the 256-colour mapping never picks indices 0...15.
    static let ansi16: [(r: Int, g: Int, b: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The nearest entry of the 256-colour palette's cube or grey ramp (16...255).
    public static func nearest256(r: UInt8, g: UInt8, b: UInt8) -> Int {
        let (red, green, blue) = (Int(r), Int(g), Int(b))
        let ri = nearestCubeStep(red), gi = nearestCubeStep(green), bi = nearestCubeStep(blue)
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let cubeDistance = distance(
            (red, green, blue), (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi]))

        // Grey ramp 232...255 is 8, 18, ..., 238.
        let average = (red + green + blue) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let greyLevel = 8 + 10 * greyStep
        let greyDistance = distance((red, green, blue), (greyLevel, greyLevel, greyLevel))

        return greyDistance < cubeDistance ? 232 + greyStep : cubeIndex
    }

    /// The nearest of the sixteen ANSI colours (0...15).
    public static func nearest16(r: UInt8, g: UInt8, b: UInt8) -> Int {
        nearest(in: 0..<16, r: r, g: g, b: b)
    }

    /// The nearest of the eight basic ANSI colours (0...7).
    public static func nearest8(r: UInt8, g: UInt8, b: UInt8) -> Int {
        nearest(in: 0..<8, r: r, g: g, b: b)
    }

    /// The palette index for `color` under `capability`; -1 is the terminal's default colour
    /// and is also what every colour becomes when there is no colour at all.
    public static func index(for color: TerminalGrid.Color, capability: ColorCapability) -> Int {
        guard case let .rgb(r, g, b) = color else { return -1 }
        switch capability {
        case .none: return -1
        case .basic8: return nearest8(r: r, g: g, b: b)
        case .basic16: return nearest16(r: r, g: g, b: b)
        case .palette256: return nearest256(r: r, g: g, b: b)
        }
    }

    /// The colour a palette index stands for (xterm defaults), or nil for -1 and out of range.
    public static func rgb(ofIndex index: Int) -> (r: Int, g: Int, b: Int)? {
        switch index {
        case 0..<16:
            return ansi16[index]
        case 16..<232:
            let value = index - 16
            return (cubeLevels[value / 36], cubeLevels[value / 6 % 6], cubeLevels[value % 6])
        case 232..<256:
            let level = 8 + 10 * (index - 232)
            return (level, level, level)
        default:
            return nil
        }
    }

    /// A cheap perceptual distance ("redmean"): the eye weighs green most and red/blue by how
    /// red the colour is, which plain RGB distance ignores and so maps oranges to browns.
    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let meanRed = (a.0 + b.0) / 2
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        // Parenthesised because Swift shifts bind tighter than multiplication.
        return (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
    }

    /// `distance` plus a penalty for a different amount of colourfulness (chroma).
    ///
    /// With only 8 or 16 far-apart entries, the plain distance sends mid grey to cyan; a grey
    /// that turns into a colour reads as a different meaning, a grey that turns lighter or
    /// darker does not.
    static func coarseDistance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let chromaA = max(a.0, a.1, a.2) - min(a.0, a.1, a.2)
        let chromaB = max(b.0, b.1, b.2) - min(b.0, b.1, b.2)
        let chromaGap = chromaA - chromaB
        return distance(a, b) + chromaGap * chromaGap
    }

    private static func nearestCubeStep(_ value: Int) -> Int {
        var best = 0
        for step in 1..<cubeLevels.count where abs(cubeLevels[step] - value) < abs(cubeLevels[best] - value) {
            best = step
        }
        return best
    }

    private static func nearest(in indices: Range<Int>, r: UInt8, g: UInt8, b: UInt8) -> Int {
        let target = (Int(r), Int(g), Int(b))
        var best = indices.lowerBound
        var bestDistance = Int.max
        for index in indices {
            let entry = ansi16[index]
            let d = coarseDistance(target, (entry.r, entry.g, entry.b))
            if d < bestDistance {
                best = index
                bestDistance = d
            }
        }
        return best
    }
}

import FrontierCore

extension DeferredCheck {
    /// The same check pointing at line `number` of the feed instead of line 1 of its own text.
    func moved(toFeedLine number: Int) -> DeferredCheck {
        switch self {
        case let .reference(target, id, path, position):
            return .reference(target: target, id: id, path: path, position: position.moved(toFeedLine: number))
        case let .scoreRange(benchmark, value, path, position):
            return .scoreRange(benchmark: benchmark, value: value, path: path, position: position.moved(toFeedLine: number))
        }
    }
}

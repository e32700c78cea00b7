import Foundation
import FrontierCore

/// Something the runtime must do for the followed sources; what comes of it returns as a `SourceEvent`.
///
/// Imperatives. Reading a feed file is done at once, since what it brings belongs to the same
/// wake-up; fetches, loads and cache writes run in the background, off the terminal's thread.
public enum SourceEffect: Sendable {
    /// Fetch a URL; answer with `.fetchFinished`.
    case fetch(Fetch)
    /// Load the data sources again if asked, merge the feeds on top, and build what the screen
    /// needs; answer with `.loadFinished`.
    case load(Load)
    /// Read what a followed feed file appended; answer with `.feedFileRead`.
    case readFeedFile(feed: Int)
    /// Keep a body that loaded for a start without the network.
    case storeInCache(CachedCopy)
    /// Tell the command what changed.
    case report(SourceUpdate)

    /// One fetch of a URL source.
    public struct Fetch: Hashable, Sendable {
        public var role: SourceRole
        public var url: URL
        /// Sent back so an unchanged source costs a 304.
        public var validators: Validators?
        /// A feed's name, when the body is a feed to decode in the fetch's task rather than on
        /// the terminal's thread.
        public var feedName: String?
        /// For a feed held from an earlier fetch: ask only for what was appended since.
        public var resume: FetchResume?
        /// The lines of the feed held, so appended lines are numbered after them.
        public var heldLines = 0
    }

    /// One background pass over the data.
    public struct Load: Sendable {
        /// The data sources to load again, in order; nil when only the feeds changed.
        public var inputs: [DatasetLoader.Input]?
        /// The feeds as they are now, on the last good base.
        public var feeds: LiveData
        /// The data on show, so the rows built can tell what changed.
        public var shown: Dataset
    }
}

extension SourceEffect.Load {
    /// The pass finished, given the data sources the runtime loaded again (nil when `inputs`
    /// was nil). Pure but slow: the runtime calls it in the background task.
    ///
    /// A base with problems is returned for `reduce` to report, but the feeds merge on the
    /// last good one: data that does not load never reaches the screen.
    /// `shownIndex` is the search index on screen with the dataset it was built for: news
    /// appended to that dataset extend it rather than build it again, as they do `shownNews`,
    /// the news rows on screen.
    public func finished(base: DatasetMerger?, derivation: DerivedData.Settings?, shownIndex: BuiltSearchIndex? = nil,
                         shownNews: NewsTimeline? = nil) -> SourceEvent.LoadEnded {
        var withFeeds = feeds
        let diagnostics = base?.result().diagnostics ?? []
        if let base, diagnostics.isEmpty { withFeeds.replaceBase(base) }
        let merged = withFeeds.merge()
        let derived = derivation.map {
            DerivedData(dataset: merged.dataset, settings: $0, previous: shown, previousIndex: shownIndex, previousNews: shownNews)
        }
        return SourceEvent.LoadEnded(base: base, diagnostics: diagnostics, merged: merged, derived: derived, feeds: withFeeds)
    }
}

/// Follow mode's rows for one organization, as of one revision of the unnarrowed rows.
struct FollowedRows: Sendable {
    var organization: String
    var revision: Int
    var ids: [PaneID: [String]] = [:]
    var positions: [PaneID: [String: Int]] = [:]
}

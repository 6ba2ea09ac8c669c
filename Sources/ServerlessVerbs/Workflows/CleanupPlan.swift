import Foundation
import ServerlessClient

/// What `cleanup` does to one service, decided from what was read, before anything is deleted.
///
/// **Which builds are the newest.** Twilio documents no order for `list builds`, and
/// `date_created` has whole seconds, so builds created in the same second cannot be told apart.
/// The rule is therefore exact rather than guessed: with `keep=N`, the N-th newest build's second
/// is the cutoff, and only builds created in an *earlier* second are candidates. Every build
/// created in the cutoff second or later is kept — so `keep` is a minimum, never an
/// approximation, and a deleted build is certainly older than at least N kept ones.
///
/// Of the candidates, builds that an environment runs (`build_sid`) and builds still `building`
/// are kept too; the rest are deleted. A build without a readable `date_created` is kept.
struct CleanupPlan: Sendable {
    /// The service.
    let service: Service
    /// Every build listed.
    let builds: [Build]
    /// Builds kept because they are among the newest `keep` (ties included).
    let newest: [Build]
    /// Older builds kept because an environment runs them.
    let live: [Build]
    /// Older builds kept because they are still building (or in a state not known to be final).
    let building: [Build]
    /// Builds to delete, oldest first.
    let doomed: [Build]
    /// Functions no remaining build references (with `prune=true`; else empty).
    var functions: [Function] = []
    /// Assets no remaining build references (with `prune=true`; else empty).
    var assets: [Asset] = []

    /// Decides which of `builds` to delete, keeping the newest `keep` (ties included) and those
    /// whose SIDs are in `liveBuilds`.
    init(service: Service, builds: [Build], liveBuilds: Set<String>, keep: Int) {
        self.service = service
        self.builds = builds
        let dated = builds.enumerated().map { (build: $0.element, date: $0.element.dateCreated?.date, index: $0.offset) }
        // Newest first; undated builds count as newest (kept); equal seconds keep list order.
        let ordered = dated.sorted { left, right in
            switch (left.date, right.date) {
            case let (l?, r?) where l != r: return l > r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return left.index < right.index
            }
        }
        let cutoff: Date?
        if keep <= 0 {
            cutoff = .distantFuture
        } else if ordered.count > keep {
            cutoff = ordered[keep - 1].date
        } else {
            cutoff = nil
        }
        var newest: [Build] = []
        var live: [Build] = []
        var building: [Build] = []
        var doomed: [Build] = []
        for entry in ordered {
            guard let cutoff, let date = entry.date, Self.second(of: date) < Self.second(of: cutoff) else {
                newest.append(entry.build)
                continue
            }
            if liveBuilds.contains(entry.build.sid) {
                live.append(entry.build)
            } else if !(entry.build.status?.isFinished ?? false) {
                building.append(entry.build)
            } else {
                doomed.append(entry.build)
            }
        }
        self.newest = newest
        self.live = live
        self.building = building
        self.doomed = doomed.reversed()
    }

    /// The builds that stay when `deleted` are gone.
    func remaining(after deleted: Set<String>) -> [Build] {
        builds.filter { !deleted.contains($0.sid) }
    }

    /// The functions and assets of the service that none of `remaining` references.
    static func unreferenced(functions: [Function], assets: [Asset], remaining: [Build]) -> (functions: [Function], assets: [Asset]) {
        let usedFunctions = Set(remaining.flatMap { $0.functionVersions ?? [] }.compactMap(\.functionSid))
        let usedAssets = Set(remaining.flatMap { $0.assetVersions ?? [] }.compactMap(\.assetSid))
        return (functions.filter { !usedFunctions.contains($0.sid) }, assets.filter { !usedAssets.contains($0.sid) })
    }

    /// Whether the plan deletes anything.
    var isEmpty: Bool { doomed.isEmpty && functions.isEmpty && assets.isEmpty }

    /// Whole seconds since 1970: the API's resolution (sub-second parts never decide anything).
    private static func second(of date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }
}

import Foundation

/// Writes the builds of a page straight from their rows (`BuildPageRows`): the same bytes as
/// `BuildDetail.write` writes for a `BuildRow` and its `VersionRow`s, without making either. A
/// page of builds spent most of its time making strings, dates and arrays of values it only copies.
/// With `renderedBuilds`, a settled build written once is copied from there afterwards.
struct BuildPageJSON {
    /// `links.origin`, escaped once for every URL of the page.
    private let origin: [UInt8]
    private let now: Date
    private let renderedBuilds: RenderedBuildCache.Scope?
    /// The embedded versions of the current build, by kind (assets are written first).
    private var assets: [UInt8] = []
    private var functions: [UInt8] = []

    init(links: Links, now: Date, renderedBuilds: RenderedBuildCache.Scope? = nil) {
        var origin: [UInt8] = []
        JSONBytes.appendEscaped(links.origin, to: &origin)
        self.origin = origin
        self.now = now
        self.renderedBuilds = renderedBuilds
    }

    /// Appends one build object.
    mutating func write(_ build: BuildInPlace, versions: inout EmbeddedVersions, to output: inout [UInt8]) throws {
        let columns = build.columns
        var (status, outcome) = try build.statusAndOutcome()
        var updated = BuildInPlace.dateUpdated
        if status == .building, try build.isReady(at: now) {
            status = outcome
            updated = BuildInPlace.readyAt
        }
        // Settled: it will be written the same way from now on.
        let settled = status != .building
        if settled, let found = renderedBuilds?.entry(seq: build.seq, sid: columns.text(BuildInPlace.sid)) {
            found.write(origin: origin, to: &output)
            return
        }
        let rendered = try render(build, status: status, updated: updated, versions: &versions)
        if settled { renderedBuilds?.keep(rendered) }
        rendered.write(origin: origin, to: &output)
    }

    /// Appends `build` (as it stands at this writer's `now`) when it is settled and already rendered,
    /// and returns true; false when it has to be written from its rows. A fetch has the row already.
    func writeRendered(_ build: BuildRow, to output: inout [UInt8]) -> Bool {
        guard build.status != .building, let seq = build.seq, let renderedBuilds else { return false }
        var sid = build.sid
        guard let found = sid.withUTF8({ renderedBuilds.entry(seq: seq, sid: $0) }) else { return false }
        found.write(origin: origin, to: &output)
        return true
    }

    /// The build object with the origin left out of its URLs.
    private mutating func render(
        _ build: BuildInPlace, status: BuildStatus, updated: Int32, versions: inout EmbeddedVersions
    ) throws -> RenderedBuild {
        let columns = build.columns
        assets.removeAll(keepingCapacity: true)
        functions.removeAll(keepingCapacity: true)
        while let version = try versions.next() {
            let kind = version.text(EmbeddedVersions.kind)
            if kind.equalsUTF8(of: ComponentKind.function.rawValue) {
                try Self.writeEmbedded(version, owner: "function_sid", to: &functions)
            } else if kind.equalsUTF8(of: ComponentKind.asset.rawValue) {
                try Self.writeEmbedded(version, owner: "asset_sid", to: &assets)
            } else {
                throw RowDecodingError(name: "kind", found: version.string(EmbeddedVersions.kind))
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(512 + assets.count + functions.count)
        JSONBytes.append(#"{"sid":"#, to: &output)
        Self.string(columns, BuildInPlace.sid, to: &output)
        JSONBytes.append(#","account_sid":"#, to: &output)
        Self.string(columns, BuildInPlace.accountSid, to: &output)
        JSONBytes.append(#","service_sid":"#, to: &output)
        Self.string(columns, BuildInPlace.serviceSid, to: &output)
        JSONBytes.append(#","asset_versions":["#, to: &output)
        output.append(contentsOf: assets)
        JSONBytes.append(#"],"function_versions":["#, to: &output)
        output.append(contentsOf: functions)
        JSONBytes.append(#"],"dependencies":"#, to: &output)
        Self.dependencies(columns, to: &output)
        JSONBytes.append(#","runtime":"#, to: &output)
        Self.string(columns, BuildInPlace.runtime, to: &output)
        JSONBytes.append(#","status":""#, to: &output)
        output.append(contentsOf: status.rawValue.utf8)
        JSONBytes.append(#"","date_created":"#, to: &output)
        try Self.date(columns, BuildInPlace.dateCreated, to: &output)
        JSONBytes.append(#","date_updated":"#, to: &output)
        try Self.date(columns, updated, to: &output)
        JSONBytes.append(#","url":""#, to: &output)
        let urlOrigin = output.count
        Self.writeBuildPath(columns, to: &output)
        JSONBytes.append(#"","links":{"build_status":""#, to: &output)
        let statusOrigin = output.count
        Self.writeBuildPath(columns, to: &output)
        JSONBytes.append(#"/Status"}}"#, to: &output)
        return RenderedBuild(
            seq: build.seq, sid: columns.string(BuildInPlace.sid), serviceSid: columns.string(BuildInPlace.serviceSid),
            bytes: output, originOffsets: [urlOrigin, statusOrigin]
        )
    }

    /// `/v1/Services/ZS…/Builds/ZB…` inside a string: the build's URL after its origin.
    private static func writeBuildPath(_ columns: StatementColumns, to output: inout [UInt8]) {
        JSONBytes.append("/v1/Services/", to: &output)
        JSONBytes.appendContent(columns.text(BuildInPlace.serviceSid), to: &output) { columns.string(BuildInPlace.serviceSid) }
        JSONBytes.append("/Builds/", to: &output)
        JSONBytes.appendContent(columns.text(BuildInPlace.sid), to: &output) { columns.string(BuildInPlace.sid) }
    }

    /// The version object as a build embeds it (`VersionRow.writeEmbedded`), after a comma when it
    /// is not the first.
    private static func writeEmbedded(_ version: StatementColumns, owner: StaticString, to output: inout [UInt8]) throws {
        let visibility = version.text(EmbeddedVersions.visibility)
        guard visibilities.contains(where: { visibility.equalsUTF8(of: $0.rawValue) }) else {
            throw RowDecodingError(name: "visibility", found: version.string(EmbeddedVersions.visibility))
        }
        if !output.isEmpty { output.append(UInt8(ascii: ",")) }
        JSONBytes.append(#"{"sid":"#, to: &output)
        string(version, EmbeddedVersions.sid, to: &output)
        JSONBytes.append(#","account_sid":"#, to: &output)
        string(version, EmbeddedVersions.accountSid, to: &output)
        JSONBytes.append(#","service_sid":"#, to: &output)
        string(version, EmbeddedVersions.serviceSid, to: &output)
        JSONBytes.append(#",""#, to: &output)
        JSONBytes.append(owner, to: &output)
        JSONBytes.append(#"":"#, to: &output)
        string(version, EmbeddedVersions.componentSid, to: &output)
        JSONBytes.append(#","date_created":"#, to: &output)
        try date(version, EmbeddedVersions.dateCreated, to: &output)
        JSONBytes.append(#","path":"#, to: &output)
        string(version, EmbeddedVersions.path, to: &output)
        JSONBytes.append(#","visibility":"#, to: &output)
        output.append(UInt8(ascii: "\""))
        output.append(contentsOf: visibility)
        JSONBytes.append(#""}"#, to: &output)
    }

    private static let visibilities = Visibility.allCases

    private static func string(_ columns: StatementColumns, _ index: Int32, to output: inout [UInt8]) {
        JSONBytes.appendString(columns.text(index), to: &output) { columns.string(index) }
    }

    /// A stored date as Twilio writes it: its text rearranged when it has the shape the sandbox
    /// stores, else read as GRDB reads it and written (`StoredDate.read`, `JSONWriter.date`).
    private static func date(_ columns: StatementColumns, _ index: Int32, to output: inout [UInt8]) throws {
        output.append(UInt8(ascii: "\""))
        if !StoredDate.writeWireText(of: columns.text(index), to: &output) {
            let value = columns.databaseValue(index)
            let parsed: Date? = if case let .string(text) = value.storage { StoredDate.parse(text) } else { nil }
            guard let date = parsed ?? Date.fromDatabaseValue(value) else {
                throw RowDecodingError(name: "date", found: "\(value)")
            }
            TwilioDate.write(date, to: &output)
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The stored dependencies, JSON the sandbox wrote itself: as they are (`[]` for anything that
    /// is not a list), read as GRDB reads a `String` unless they are plain ASCII.
    private static func dependencies(_ columns: StatementColumns, to output: inout [UInt8]) {
        let bytes = columns.text(BuildInPlace.dependencies)
        if bytes.allSatisfy({ $0 > 0 && $0 < 0x80 }) {
            if bytes.first == UInt8(ascii: "[") { output.append(contentsOf: bytes) } else { JSONBytes.append("[]", to: &output) }
        } else {
            let text = columns.string(BuildInPlace.dependencies)
            if text.hasPrefix("[") { output.append(contentsOf: text.utf8) } else { JSONBytes.append("[]", to: &output) }
        }
    }
}

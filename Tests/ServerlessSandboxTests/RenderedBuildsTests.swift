import AsyncHTTPClient
import Foundation
import GRDB
@testable import ServerlessSandbox
import Testing

/// Pages and fetches of builds written through the rendered builds (`RenderedBuildCache`) are byte
/// for byte what the row-by-row writer (`BuildDetail.write`) gives from the rows as they are now:
/// with the cache cold and warm, under two origins, after a build settles, after a version it embeds
/// is deleted, after the build or its service is deleted.
@Suite("Rendered builds")
struct RenderedBuildsTests {
    static let origins = [Links(origin: "http://127.0.0.1:3030"), Links(origin: "http://sandbox.test:8080")]

    /// The page-writer fixture (escapes, non-ASCII, NUL, odd dates and dependencies) with most of its
    /// builds settled: six stored as settled, the others but three still stored as building past
    /// their ready time; the last three stay building.
    static func store() async throws -> (SandboxStore, ServicePath) {
        let (store, path) = try await BuildPageJSONTests.store()
        try await store.write { db in
            try db.execute(sql: "UPDATE build SET ready_at = '2000-06-01 00:00:00.000' WHERE seq BETWEEN (SELECT min(seq) + 5 FROM build) AND (SELECT min(seq) + 10 FROM build)")
            try SandboxStore.settleBuilds(in: db, now: Date(timeIntervalSince1970: 978_220_800))
            try db.execute(sql: "UPDATE build SET ready_at = '2002-01-01 00:00:00.000' WHERE status = 'building' AND seq <= (SELECT max(seq) - 3 FROM build)")
        }
        return (store, path)
    }

    /// Every page of the list of `size`, written as the list route writes it.
    static func pages(_ store: SandboxStore, _ path: ServicePath, size: Int, links: Links) async throws -> [String] {
        var request = PageRequest(size: size)
        var pages: [String] = []
        while true {
            let page = request
            let (result, bytes) = try await store.withBuildPage(in: path, page: page) { result, rows in
                var builds = BuildPageJSON(links: links, now: Date(), renderedBuilds: rows.renderedBuilds)
                var writer = JSONWriter()
                try writer.array { writer in
                    try rows.forEach { build, versions in
                        try writer.rawValue { try builds.write(build, versions: &versions, to: &$0) }
                    }
                }
                return (result, writer.bytes)
            }
            pages.append(String(decoding: bytes, as: UTF8.self))
            guard result.hasNext, let last = result.lastSeq else { return pages }
            request = PageRequest(size: size, page: request.page + 1, cursor: .after(last))
        }
    }

    /// The same pages written row by row from decoded rows.
    static func referencePages(_ store: SandboxStore, _ path: ServicePath, size: Int, links: Links) async throws -> [String] {
        var request = PageRequest(size: size)
        var pages: [String] = []
        while true {
            let (result, details) = try await store.listBuilds(in: path, page: request)
            var writer = JSONWriter()
            writer.array { writer in
                for detail in details { detail.write(to: &writer, links: links) }
            }
            pages.append(String(decoding: writer.bytes, as: UTF8.self))
            guard result.hasNext, let last = result.lastSeq else { return pages }
            request = PageRequest(size: size, page: request.page + 1, cursor: .after(last))
        }
    }

    /// One build, written as the fetch route writes it.
    static func fetch(_ store: SandboxStore, _ sid: String, _ path: ServicePath, links: Links) async throws -> String {
        let now = Date()
        let bytes = try await store.withBuild(sid, in: path, now: now) { _, rows in
            var builds = BuildPageJSON(links: links, now: now, renderedBuilds: rows.renderedBuilds)
            var output: [UInt8] = []
            try rows.forEach { build, versions in try builds.write(build, versions: &versions, to: &output) }
            return output
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same build written from its decoded rows.
    static func referenceFetch(_ store: SandboxStore, _ sid: String, _ path: ServicePath, links: Links) async throws -> String {
        let detail = try await store.build(sid, in: path)
        var writer = JSONWriter()
        detail.write(to: &writer, links: links)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    static func buildSids(_ store: SandboxStore) async throws -> [String] {
        try await store.read { db in try String.fetchAll(db, sql: "SELECT sid FROM build ORDER BY seq") }
    }

    /// Checks every page size and every fetch, under both origins, against the row-by-row writer.
    static func expectSameAsReference(_ store: SandboxStore, _ path: ServicePath) async throws {
        for links in origins {
            for size in [1, 7, 50] {
                let pages = try await Self.pages(store, path, size: size, links: links)
                #expect(pages == (try await referencePages(store, path, size: size, links: links)))
            }
            for sid in try await buildSids(store) {
                #expect(try await fetch(store, sid, path, links: links) == (try await referenceFetch(store, sid, path, links: links)))
            }
        }
    }

    @Test func coldAndWarmUnderTwoOriginsAreTheRowsWritten() async throws {
        let (store, path) = try await Self.store()
        try await Self.expectSameAsReference(store, path)
        let settled = try await store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM build WHERE status != 'building' OR ready_at < '2003-01-01 00:00:00.000'") ?? 0
        }
        #expect(settled == 20)
        #expect(store.renderedBuilds.count == settled)
        // Warm: every settled build now comes from the cache, under either origin.
        try await Self.expectSameAsReference(store, path)
        #expect(store.renderedBuilds.count == settled)
    }

    /// A settled build is written once: a change behind the store's back (the sandbox makes none to a
    /// settled build) does not show, which is how the test knows the cache is what answered.
    @Test func aSettledBuildIsWrittenOnce() async throws {
        let (store, path) = try await Self.store()
        let links = Self.origins[0]
        let sid = try await Self.buildSids(store)[6]
        let before = try await Self.fetch(store, sid, path, links: links)
        try await store.write { db in try db.execute(sql: "UPDATE build SET runtime = 'changed' WHERE sid = ?", arguments: [sid]) }
        #expect(try await Self.fetch(store, sid, path, links: links) == before)
        #expect(try await Self.pages(store, path, size: 50, links: links)[0].contains(before))
    }

    @Test func aBuildThatSettlesIsWrittenSettled() async throws {
        let (store, path) = try await Self.store()
        let building = try await Self.buildSids(store).suffix(3)
        try await Self.expectSameAsReference(store, path)
        for links in Self.origins {
            for sid in building {
                #expect(try await Self.fetch(store, sid, path, links: links).contains(#""status":"building""#))
            }
        }
        let settledBefore = store.renderedBuilds.count
        try await store.write { db in
            try db.execute(sql: "UPDATE build SET ready_at = '2001-01-01 00:00:00.000' WHERE status = 'building' AND ready_at > '2003-01-01 00:00:00.000'")
        }
        try await Self.expectSameAsReference(store, path)
        for sid in building {
            #expect(!(try await Self.fetch(store, sid, path, links: Self.origins[0]).contains(#""status":"building""#)))
        }
        #expect(store.renderedBuilds.count == settledBefore + 3)
    }

    @Test func aDeletedVersionLeavesTheBuildsThatEmbeddedIt() async throws {
        let (store, path) = try await Self.store()
        try await Self.expectSameAsReference(store, path)
        let function = try await store.read { db in
            try String.fetchOne(db, sql: """
                SELECT v.component_sid FROM version v JOIN build_version bv ON bv.version_sid = v.sid
                WHERE v.kind = 'function' GROUP BY v.component_sid ORDER BY count(*) DESC LIMIT 1
                """)
        }
        try await store.deleteComponent(.function, sid: try #require(function), in: path)
        try await Self.expectSameAsReference(store, path)
        // A version deleted by another connection, which knows nothing of this cache.
        try await store.write { db in try db.execute(sql: "DELETE FROM version WHERE kind = 'asset'") }
        try await Self.expectSameAsReference(store, path)
        #expect(try await Self.pages(store, path, size: 1000, links: Self.origins[1])[0].contains("asset_sid") == false)
    }

    @Test func aDeletedBuildOrServiceIsNotFound() async throws {
        let (store, path) = try await Self.store()
        try await Self.expectSameAsReference(store, path)
        let cached = store.renderedBuilds.count
        let deleted = try await Self.buildSids(store)[2]
        try await store.deleteBuild(deleted, in: path)
        #expect(store.renderedBuilds.count == cached - 1)
        await #expect(throws: SandboxAPIError.self) { try await Self.fetch(store, deleted, path, links: Self.origins[0]) }
        #expect(try await Self.pages(store, path, size: 1000, links: Self.origins[0])[0].contains(deleted) == false)
        try await Self.expectSameAsReference(store, path)

        let remaining = try await Self.buildSids(store)
        try await store.deleteService(path)
        #expect(store.renderedBuilds.count == 0)
        for sid in remaining {
            await #expect(throws: SandboxAPIError.self) { try await Self.fetch(store, sid, path, links: Self.origins[1]) }
        }
    }
}

/// The build routes over HTTP, where the origin comes from the Host header: a settled build fetched
/// or listed a second time (from the cache) answers exactly what the first time did, under each Host.
@Suite("Rendered builds over HTTP")
struct RenderedBuildsOverHTTPTests {
    static func get(_ sandbox: SandboxHarness, _ path: String, host: String) async throws -> APIResponse {
        var request = HTTPClientRequest(url: sandbox.base + path)
        request.headers.add(name: "Authorization", value: SandboxHarness.basic(primaryAccount))
        request.headers.add(name: "Host", value: host)
        return try await sandbox.execute(request)
    }

    @Test func coldAndWarmAnswersAreTheSameUnderEachHost() async throws {
        try await SandboxHarness.with(buildTime: .zero) { sandbox in
            let (service, function, version) = try await sandbox.serviceWithFunctionVersion()
            let completed = try sandbox.expect(201, "build", try await sandbox.createBuild(service, functionVersions: [version])).string("sid") ?? ""
            let failing = try await sandbox.createBuild(service, functionVersions: [version], dependencies: #"[{"name":"x","version":"not semver"}]"#)
            let failed = try sandbox.expect(201, "failing build", failing).string("sid") ?? ""
            let list = "/v1/Services/\(service)/Builds"
            for host in ["127.0.0.1:1234", "sandbox.test:8080"] {
                for build in [completed, failed] {
                    let cold = try await Self.get(sandbox, "\(list)/\(build)", host: host)
                    let warm = try await Self.get(sandbox, "\(list)/\(build)", host: host)
                    #expect(cold.status == 200 && warm.text == cold.text)
                    #expect(cold.string("url") == "http://\(host)\(list)/\(build)")
                    let reason = cold.headers.first(name: "X-Sandbox-Failure-Reason")
                    #expect(warm.headers.first(name: "X-Sandbox-Failure-Reason") == reason)
                    #expect((reason != nil) == (build == failed))
                }
                let cold = try await Self.get(sandbox, list, host: host)
                let warm = try await Self.get(sandbox, list, host: host)
                #expect(warm.text == cold.text)
                #expect(cold.list("builds").map { $0["url"] as? String } == [completed, failed].map { Optional("http://\(host)\(list)/\($0)") })
            }
            // Deleting the function deletes its version: the builds no longer embed it.
            _ = try sandbox.expect(204, "delete function", try await sandbox.send(.DELETE, "/v1/Services/\(service)/Functions/\(function)"))
            let fetched = try await Self.get(sandbox, "\(list)/\(completed)", host: "sandbox.test:8080")
            #expect((fetched["function_versions"] as? [Any])?.isEmpty == true)
            let page = try await Self.get(sandbox, list, host: "sandbox.test:8080")
            #expect(page.list("builds").allSatisfy { ($0["function_versions"] as? [Any])?.isEmpty == true })

            _ = try sandbox.expect(204, "delete build", try await sandbox.send(.DELETE, "\(list)/\(completed)"))
            #expect(try await Self.get(sandbox, "\(list)/\(completed)", host: "sandbox.test:8080").status == 404)
            #expect(try await Self.get(sandbox, list, host: "sandbox.test:8080").list("builds").count == 1)
            _ = try sandbox.expect(204, "delete service", try await sandbox.send(.DELETE, "/v1/Services/\(service)"))
            #expect(try await Self.get(sandbox, "\(list)/\(failed)", host: "sandbox.test:8080").status == 404)
        }
    }
}

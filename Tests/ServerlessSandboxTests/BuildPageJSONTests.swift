import Foundation
import GRDB
@testable import ServerlessSandbox
import Testing

/// A page of builds written in place from its rows (`BuildPageJSON`) is byte for byte what writing
/// the decoded rows (`BuildDetail.write`) gives, for every page size and for the values that leave
/// the fast path: text that needs escaping or is not ASCII, a build that settles while listed, dates
/// in other shapes, odd dependencies, builds without versions, assets beside functions.
@Suite("Build pages written in place")
struct BuildPageJSONTests {
    static let account = "AC" + String(repeating: "a", count: 32)

    /// A store with a service of builds covering the cases above; returns the store and its path.
    static func store() async throws -> (SandboxStore, ServicePath) {
        let store = try SandboxStore.open(.inMemory, seed: 9, buildTime: .seconds(3600))
        let service = try await store.createService(account: account, uniqueName: "pages", friendlyName: "Pages", includeCredentials: true, uiEditable: false)
        let path = ServicePath(account: account, service: service.sid)
        var functionVersions: [String] = []
        for (index, versionPath) in ["/plain", "/quote\"back\\slash", "/tab\tnew\nline\u{1}", "/ünïcödé/€/😀", "/nul"].enumerated() {
            let function = try await store.createComponent(.function, in: path, friendlyName: "f\(index)")
            let upload = VersionUpload(path: versionPath, visibility: index % 2 == 0 ? .public : .protected, content: Data("x".utf8), contentType: nil)
            functionVersions.append(try await store.createVersion(.function, componentSid: function.sid, in: path, upload: upload).sid)
        }
        let asset = try await store.createComponent(.asset, in: path, friendlyName: "a")
        let assetUpload = VersionUpload(path: "/style.css", visibility: .private, content: Data("b{}".utf8), contentType: "text/css")
        let assetVersion = try await store.createVersion(.asset, componentSid: asset.sid, in: path, upload: assetUpload).sid
        let dependencies = [[], [BuildDependency(name: "twilio", version: "5.3.0")], [BuildDependency(name: "lödash", version: "^4")]]
        for index in 0..<23 {
            let request = BuildRequest(
                functionVersions: Array(functionVersions.shuffled().prefix(index % 4 + 1)),
                assetVersions: index % 3 == 0 ? [assetVersion] : [], dependencies: dependencies[index % 3], runtime: "node22"
            )
            _ = try await store.createBuild(in: path, request: request)
        }
        try await store.write { db in
            // One build ready long ago but still stored as building (it settles when listed), one
            // whose ready time is far off, one with odd dependencies, dates in other shapes.
            try db.execute(sql: "UPDATE build SET ready_at = '2001-01-01 00:00:00.000' WHERE seq = (SELECT min(seq) FROM build)")
            try db.execute(sql: "UPDATE build SET dependencies = 'not a list' WHERE seq = (SELECT min(seq) + 1 FROM build)")
            try db.execute(sql: "UPDATE build SET dependencies = '[\"ünï\"]' WHERE seq = (SELECT min(seq) + 2 FROM build)")
            try db.execute(sql: "UPDATE build SET date_created = '2026-01-02T03:04:05.678Z' WHERE seq = (SELECT min(seq) + 3 FROM build)")
            try db.execute(sql: "UPDATE build SET date_updated = 1700000000 WHERE seq = (SELECT min(seq) + 4 FROM build)")
            try db.execute(sql: "UPDATE version SET path = '/nul' || char(0) || 'after' WHERE path = '/nul'")
            try db.execute(sql: "INSERT INTO build_version (build_sid, version_sid, position) SELECT sid, ?, 0 FROM build WHERE seq = (SELECT max(seq) FROM build) AND NOT EXISTS (SELECT 1 FROM build_version WHERE build_sid = build.sid AND position = 0)", arguments: [assetVersion])
            try db.execute(sql: "DELETE FROM build_version WHERE build_sid = (SELECT sid FROM build WHERE seq = (SELECT min(seq) + 5 FROM build))")
        }
        return (store, path)
    }

    @Test(arguments: [1, 3, 7, 50, 1000])
    func pagesAreTheDecodedRowsWritten(size: Int) async throws {
        let (store, path) = try await Self.store()
        let links = Links(origin: "http://127.0.0.1:3030")
        var request = PageRequest(size: size)
        var pages = 0
        while true {
            let (result, details) = try await store.listBuilds(in: path, page: request)
            var expected = JSONWriter()
            expected.array { writer in
                for detail in details { detail.write(to: &writer, links: links) }
            }
            let page = request
            let (positions, bytes) = try await store.withBuildPage(in: path, page: page) { result, rows in
                var builds = BuildPageJSON(links: links, now: Date())
                var writer = JSONWriter()
                try writer.array { writer in
                    try rows.forEach { build, versions in
                        try writer.rawValue { try builds.write(build, versions: &versions, to: &$0) }
                    }
                }
                return (result, writer.bytes)
            }
            #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected.bytes, as: UTF8.self))
            #expect(positions.hasNext == result.hasNext && positions.hasPrevious == result.hasPrevious)
            #expect(positions.firstSeq == result.firstSeq && positions.lastSeq == result.lastSeq)
            pages += 1
            guard result.hasNext, let last = result.lastSeq else { break }
            request = PageRequest(size: size, page: request.page + 1, cursor: .after(last))
        }
        #expect(pages == (23 + size - 1) / size)
    }
}

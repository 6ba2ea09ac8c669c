import Foundation
import ServerlessSandbox
import Testing

@Suite("Services")
struct ServiceTests {
    @Test func createReturnsTheServiceWithAbsoluteURLs() async throws {
        try await SandboxHarness.with { sandbox in
            let response = try await sandbox.send(.POST, "/v1/Services", form: [
                ("UniqueName", "my-app"), ("FriendlyName", "My App"), ("UiEditable", "true"), ("SomethingUnknown", "x"),
            ])
            #expect(response.status == 201)
            let sid = try #require(response.string("sid"))
            #expect(sid.hasPrefix("ZS") && sid.count == 34)
            #expect(response.string("account_sid") == primaryAccount.sid)
            #expect(response.string("unique_name") == "my-app")
            #expect(response["include_credentials"] as? Bool == true)
            #expect(response["ui_editable"] as? Bool == true)
            #expect(response.string("url") == "\(sandbox.base)/v1/Services/\(sid)")
            let links = try #require(response["links"] as? [String: String])
            #expect(links["builds"] == "\(sandbox.base)/v1/Services/\(sid)/Builds")
            #expect(Set(links.keys) == ["environments", "functions", "assets", "builds"])
            let created = try #require(response.string("date_created"))
            #expect(created.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil)
        }
    }

    @Test func servicesAreAddressableBySidAndUniqueName() async throws {
        try await SandboxHarness.with { sandbox in
            let sid = try await sandbox.createService("by-name")
            let byName = try await sandbox.send(.GET, "/v1/Services/by-name")
            #expect(byName.status == 200)
            #expect(byName.string("sid") == sid)
            let function = try await sandbox.send(.POST, "/v1/Services/by-name/Functions", form: [("FriendlyName", "f")])
            #expect(function.status == 201)
            #expect(function.string("service_sid") == sid)
        }
    }

    @Test func updateChangesFieldsAndDateUpdated() async throws {
        try await SandboxHarness.with { sandbox in
            let sid = try await sandbox.createService()
            try await Task.sleep(for: .milliseconds(1100))
            let updated = try await sandbox.send(.POST, "/v1/Services/\(sid)", form: [("FriendlyName", "Renamed"), ("IncludeCredentials", "false")])
            #expect(updated.status == 200)
            #expect(updated.string("friendly_name") == "Renamed")
            #expect(updated["include_credentials"] as? Bool == false)
            #expect(updated.string("unique_name") == "demo")
            #expect(updated.string("date_updated") != updated.string("date_created"))
        }
    }

    @Test func deleteRemovesTheServiceAndEverythingInIt() async throws {
        try await SandboxHarness.with { sandbox in
            let (service, function, _) = try await sandbox.serviceWithFunctionVersion()
            let deleted = try await sandbox.send(.DELETE, "/v1/Services/\(service)")
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)
            let gone = try await sandbox.send(.GET, "/v1/Services/\(service)")
            #expect(gone.status == 404)
            #expect(gone.code == 20404)
            #expect(gone.string("message") == "The requested resource /Services/\(service) was not found")
            #expect(try await sandbox.send(.GET, "/v1/Services/\(service)/Functions/\(function)").status == 404)
        }
    }

    @Test func duplicateUniqueNameIsAConflict() async throws {
        try await SandboxHarness.with { sandbox in
            _ = try await sandbox.createService("twice")
            let again = try await sandbox.send(.POST, "/v1/Services", form: [("UniqueName", "twice"), ("FriendlyName", "x")])
            #expect(again.status == 409)
            #expect(again.code == 20409)
            // Another account may use the same name.
            let other = try await sandbox.send(.POST, "/v1/Services", form: [("UniqueName", "twice"), ("FriendlyName", "x")], as: otherAccount)
            #expect(other.status == 201)
        }
    }

    @Test(arguments: [
        [("FriendlyName", "missing unique name")],
        [("UniqueName", "no-friendly-name")],
        [("UniqueName", String(repeating: "a", count: 51)), ("FriendlyName", "too long")],
        [("UniqueName", "has space"), ("FriendlyName", "bad characters")],
        [("UniqueName", "ok"), ("FriendlyName", String(repeating: "f", count: 256))],
        [("UniqueName", "ok"), ("FriendlyName", "ok"), ("UiEditable", "maybe")],
    ])
    func invalidCreateIs20001(form: [(String, String)]) async throws {
        try await SandboxHarness.with { sandbox in
            let response = try await sandbox.send(.POST, "/v1/Services", form: form)
            #expect(response.status == 400)
            #expect(response.code == 20001)
            #expect(response.string("more_info") == "https://www.twilio.com/docs/errors/20001")
            #expect(response["status"] as? Int == 400)
        }
    }

    @Test func anAccountHasAtMostFiftyServices() async throws {
        try await SandboxHarness.with { sandbox in
            for index in 0..<50 { _ = try await sandbox.createService("svc-\(index)") }
            let over = try await sandbox.send(.POST, "/v1/Services", form: [("UniqueName", "svc-50"), ("FriendlyName", "x")])
            #expect(over.status == 400)
            #expect(over.code == 20001)
            #expect(over.string("message") == "Services are limited to less than or equal to 50")
        }
    }
}

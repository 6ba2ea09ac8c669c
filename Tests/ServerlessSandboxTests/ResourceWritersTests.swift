import Foundation
@testable import ServerlessSandbox
import Testing

/// Services and versions are written member by member (`ServiceRow.write`, `VersionRow.write`):
/// byte for byte the `JSONValue` documents they were built as before, including text that needs
/// escaping and non-ASCII text.
@Suite("Resource writers")
struct ResourceWritersTests {
    static let links = Links(origin: "http://sandbox.test:8080")
    static let created = Date(timeIntervalSince1970: 1_541_880_000.123)
    static let updated = Date(timeIntervalSince1970: 1_541_880_061.999)

    static func written(_ write: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        write(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test(arguments: [("Shop", true, false), ("Quote \" back \\ tab \t ünï 😀", false, true)])
    func aServiceIsItsDocument(friendlyName: String, includeCredentials: Bool, uiEditable: Bool) {
        let row = ServiceRow(
            seq: 7, sid: "ZS" + String(repeating: "a", count: 32), accountSid: "AC" + String(repeating: "b", count: 32),
            uniqueName: "shop", friendlyName: friendlyName, includeCredentials: includeCredentials, uiEditable: uiEditable,
            domainBase: "shop-aaaa", dateCreated: Self.created, dateUpdated: Self.updated
        )
        let url = Self.links.api("/Services/\(row.sid)")
        let document = JSONValue.object([
            ("sid", .string(row.sid)), ("account_sid", .string(row.accountSid)), ("friendly_name", .string(row.friendlyName)),
            ("unique_name", .string(row.uniqueName)), ("include_credentials", .bool(row.includeCredentials)),
            ("ui_editable", .bool(row.uiEditable)), ("domain_base", .string(row.domainBase)),
            ("date_created", .date(row.dateCreated)), ("date_updated", .date(row.dateUpdated)),
            ("url", .string(url)),
            ("links", .object([
                ("environments", .string(url + "/Environments")), ("functions", .string(url + "/Functions")),
                ("assets", .string(url + "/Assets")), ("builds", .string(url + "/Builds")),
            ])),
        ])
        #expect(Self.written { row.write(to: &$0, links: Self.links) } == document.serialized)
    }

    @Test(arguments: [ComponentKind.function, .asset])
    func aVersionIsItsDocument(kind: ComponentKind) {
        let row = VersionRow(
            seq: 3, sid: "ZN" + String(repeating: "c", count: 32), accountSid: "AC" + String(repeating: "b", count: 32), kind: kind,
            serviceSid: "ZS" + String(repeating: "a", count: 32), componentSid: "ZH" + String(repeating: "d", count: 32),
            path: "/päth \"q\"\n", visibility: .protected, content: Data(), contentType: nil, dateCreated: Self.created
        )
        let url = Self.links.api("/Services/\(row.serviceSid)/\(kind.collection)/\(row.componentSid)/Versions/\(row.sid)")
        var members: [(String, JSONValue)] = [
            ("sid", .string(row.sid)), ("account_sid", .string(row.accountSid)), ("service_sid", .string(row.serviceSid)),
            (kind == .function ? "function_sid" : "asset_sid", .string(row.componentSid)),
            ("path", .string(row.path)), ("visibility", .string(row.visibility.rawValue)),
            ("date_created", .date(row.dateCreated)), ("url", .string(url)),
        ]
        if kind == .function {
            members.append(("links", .object([("function_version_content", .string(url + "/Content"))])))
        }
        #expect(Self.written { row.write(to: &$0, links: Self.links) } == JSONValue.object(members).serialized)
    }
}

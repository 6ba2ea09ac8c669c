import Foundation
import Testing

import ServerlessClient
@testable import ServerlessVerbs

/// The noun table: every resource of the API, what it supports, and agreement with the spec.
struct NounTableTests {
    @Test(arguments: [
        ("service", "services", ["create", "list", "fetch", "update", "delete"]),
        ("function", "functions", ["create", "list", "fetch", "update", "delete"]),
        ("function version", "function versions", ["create", "list", "fetch"]),
        ("function version content", "function version contents", ["fetch"]),
        ("asset", "assets", ["create", "list", "fetch", "update", "delete"]),
        ("asset version", "asset versions", ["create", "list", "fetch"]),
        ("build", "builds", ["create", "list", "fetch", "delete"]),
        ("build status", "build statuses", ["fetch"]),
        ("environment", "environments", ["create", "list", "fetch", "delete"]),
        ("deployment", "deployments", ["create", "list", "fetch"]),
        ("variable", "variables", ["create", "list", "fetch", "update", "delete"]),
        ("log", "logs", ["list", "fetch"]),
    ])
    func everyNounHasItsOperations(name: String, plural: String, actions: [String]) throws {
        let noun = try #require(NounTable.noun(named: name))
        #expect(NounTable.noun(named: plural) == noun)
        #expect(NounTable.noun(named: plural.uppercased()) == noun)
        #expect(noun.actions.map(\.rawValue) == actions)
    }

    @Test func createBuildTakesFriendlyNamesAndTheWireNamesAsAliases() throws {
        let create = try #require(NounTable.noun(named: "build")?.operations[.create])
        #expect(create.parameter(named: "functions")?.wireName == "FunctionVersions")
        #expect(create.parameter(named: "function_versions")?.name == "functions")
        #expect(create.parameter(named: "assets")?.wireName == "AssetVersions")
        #expect(create.parameter(named: "dependencies")?.type == .dependencies)
        #expect(create.parameter(named: "runtime")?.type == .string)
    }

    /// A variable's value is the one secret a script writes to the API: the REPL keeps it out of
    /// history and `.save`. Nothing else is marked, so nothing else is withheld.
    @Test func onlyAVariablesValueIsSensitive() throws {
        var sensitive: [String] = []
        for noun in NounTable.all {
            for action in noun.actions {
                for parameter in noun.operations[action]?.parameters ?? [] where parameter.isSensitive {
                    sensitive.append("\(action.rawValue) \(noun.name) \(parameter.name)")
                }
            }
        }
        #expect(sensitive == ["create variable value", "update variable value"])
        let create = try #require(NounTable.noun(named: "variable").map { ResourceVerbs.parameters(.create, $0) })
        #expect(create.filter(\.isSensitive).map(\.name) == ["value"])
    }

    /// Nouns and roles become argument and field names with `_` for each space.
    @Test func nounNamesBecomeArgumentNames() {
        #expect("function version".underscoringSpaces == "function_version")
    }

    @Test func scopesFollowTheApiPaths() {
        #expect(NounTable.noun(named: "service")?.scope == [])
        #expect(NounTable.noun(named: "build")?.scope == [.service])
        #expect(NounTable.noun(named: "function version")?.scope == [.service, .function])
        #expect(NounTable.noun(named: "variable")?.scope == [.service, .environment])
        #expect(NounTable.noun(named: "log")?.operations[.list]?.parameter(named: "function")?.wireName == "FunctionSid")
    }

    /// The executor reaches every resource through its noun's kind: one noun a kind, the same name,
    /// and the parents in the path's order.
    @Test func everyClientResourceHasItsNoun() {
        #expect(Set(NounTable.all.map(\.kind)) == Set(ResourceKind.allCases))
        for kind in ResourceKind.allCases {
            let noun = NounTable.noun(kind)
            #expect(noun.name == kind.rawValue)
            #expect(noun.scope.count == kind.parentCount, "\(noun.name)")
        }
    }

    @Test func everyListTakesPagingArguments() {
        for noun in NounTable.nouns(supporting: .list) {
            #expect(noun.operations[.list]?.parameter(named: "page_size") != nil, "\(noun.name)")
            #expect(noun.operations[.list]?.parameter(named: "limit") != nil, "\(noun.name)")
        }
    }

    /// Twilio's spec as vendored in the repository (`scripts/spec/`, the input of `scripts/generate-nouns`).
    static let specFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/spec/twilio_serverless_v1.json")

    /// The noun table, with its hand-written additions, agrees with Twilio's spec.
    @Test func tableMatchesTheSpec() throws {
        let spec = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: Self.specFile)) as? [String: Any])
        let paths = try #require(spec["paths"] as? [String: [String: Any]])
        var operationIDs = Set<String>()
        for item in paths.values {
            for (method, operation) in item where ["get", "post", "delete"].contains(method) {
                if let id = (operation as? [String: Any])?["operationId"] as? String { operationIDs.insert(id) }
            }
        }
        let tableIDs = Set(NounTable.all.flatMap { $0.operations.values.map(\.operationID) })
            .subtracting(["CreateFunctionVersion", "CreateAssetVersion"])
        #expect(tableIDs == operationIDs)
        for noun in NounTable.all where noun.name != "log" {
            let columns = (paths["/v1" + noun.path]?["x-twilio"] as? [String: Any])?["defaultOutputProperties"] as? [String]
            #expect(columns == noun.defaultColumns, "\(noun.name)")
        }
    }
}

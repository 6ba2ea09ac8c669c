import ServerlessClient

/// What the spec does not say but the verbs need: version upload, friendlier argument names,
/// paging arguments, default columns for logs (the spec gives none), and which values are secrets.
extension NounTable {
    /// Applies the additions to one generated noun.
    static func withAdditions(_ noun: ResourceNoun) -> ResourceNoun {
        var noun = noun
        if let list = noun.operations[.list] {
            noun = noun.with(.list, adding(pagingParameters, to: list))
        }
        switch noun.kind {
        case .functionVersion, .assetVersion:
            noun = noun.with(.create, versionUpload(of: noun.kind))
        case .build:
            noun = noun.with(
                .create,
                adjusting(
                    noun, .create, names: ["function_versions": "functions", "asset_versions": "assets"],
                    types: ["dependencies": .dependencies], order: ["functions", "assets", "dependencies", "runtime"]))
        case .deployment:
            noun = noun.with(.create, adjusting(noun, .create, names: ["build_sid": "build"]))
        case .log:
            noun = noun.with(.list, adjusting(noun, .list, names: ["function_sid": "function"]))
                .with(defaultColumns: ["sid", "level", "message", "date_created"])
        case .variable:
            for action in [NounAction.create, .update] {
                noun = noun.with(action, adjusting(noun, action, names: [:], sensitive: ["value"]))
            }
        case .service, .function, .functionVersionContent, .asset, .buildStatus, .environment:
            break
        }
        return noun
    }

    /// `page_size=` and `limit=`, accepted by every `list`.
    static let pagingParameters = [
        NounParameter(
            name: "page_size", wireName: "PageSize", type: .integer, location: .client, isRequired: false,
            summary: "How many resources to fetch per page (1-1000, default 50)."),
        NounParameter(
            name: "limit", wireName: "", type: .integer, location: .client, isRequired: false,
            summary: "Stop after this many resources."),
    ]

    private static func adding(_ extra: [NounParameter], to operation: NounOperation) -> NounOperation {
        NounOperation(
            operationID: operation.operationID, summary: operation.summary,
            parameters: operation.parameters + extra)
    }

    /// The operation with some parameters respelled (old spelling kept as alias), retyped, marked
    /// sensitive (a REPL keeps their values out of history and `.save`) or reordered.
    private static func adjusting(
        _ noun: ResourceNoun, _ action: NounAction, names: [String: String],
        types: [String: NounParameterType] = [:], sensitive: Set<String> = [], order: [String] = []
    ) -> NounOperation {
        let operation = noun.operations[action] ?? NounOperation(operationID: "", summary: "", parameters: [])
        let parameters = operation.parameters.map { parameter in
            let renamed = names[parameter.name].map(parameter.renamed) ?? parameter
            let typed = types[parameter.name].map(renamed.retyped) ?? renamed
            return sensitive.contains(parameter.name) ? typed.sensitive() : typed
        }.sorted { (order.firstIndex(of: $0.name) ?? order.count) < (order.firstIndex(of: $1.name) ?? order.count) }
        return NounOperation(operationID: operation.operationID, summary: operation.summary, parameters: parameters)
    }

    /// The multipart upload of a function or asset version (serverless-upload host; absent from the spec).
    private static func versionUpload(of kind: ResourceKind) -> NounOperation {
        let owner = kind == .functionVersion ? "Function" : "Asset"
        return NounOperation(
            operationID: "Create\(owner)Version",
            summary: "Upload a new \(owner) Version (multipart upload; not in the OpenAPI spec).",
            parameters: [
                NounParameter(
                    name: "path", wireName: "Path", type: .string, location: .multipart, isRequired: true,
                    summary: "The URL path the \(owner.lowercased()) is served at, e.g. /hello."),
                NounParameter(
                    name: "visibility", wireName: "Visibility", type: .choice(["public", "protected", "private"]),
                    location: .multipart, isRequired: true,
                    summary: "Who may call it: public, protected (Twilio-signed requests only) or private."),
                NounParameter(
                    name: "content", wireName: "Content", type: .content, location: .multipart, isRequired: true,
                    summary: "The source: @file to read a file, or a string."),
            ])
    }
}

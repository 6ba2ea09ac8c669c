import BuildScript

// Generated from Twilio's Serverless v1 OpenAPI spec (twilio-oai `spec/json/twilio_serverless_v1.json`
// @ d50069b4): nouns, operations, parameters, parent scoping and `x-twilio.defaultOutputProperties`.
// `NounTableSpecTests` checks it against the spec file when one is available. What the spec lacks
// (version upload, argument aliases, examples) lives in `NounTable+Additions.swift`.

extension NounTable {
    /// Every noun with the operations, parameters, scoping and default columns the spec declares.
    static let fromSpec: [ResourceNoun] = [
        ResourceNoun(
            name: "service", plural: "services", sidPrefix: "ZS",
            scope: [],
            defaultColumns: ["sid", "unique_name", "friendly_name"],
            path: "/Services/{Sid}",
            operations: [
                .create: NounOperation(
                    operationID: "CreateService",
                    summary: "Create a new Service resource.",
                    parameters: [
                        NounParameter(name: "unique_name", wireName: "UniqueName", type: .string, location: .form, isRequired: true, summary: "A user-defined string that uniquely identifies the Service resource. It can be used as an alternative to the `sid` in the URL path to address the Service resource. This value must be 50 characters or less in length and be unique."),
                        NounParameter(name: "friendly_name", wireName: "FriendlyName", type: .string, location: .form, isRequired: true, summary: "A descriptive string that you create to describe the Service resource. It can be a maximum of 255 characters."),
                        NounParameter(name: "include_credentials", wireName: "IncludeCredentials", type: .boolean, location: .form, isRequired: false, summary: "Whether to inject Account credentials into a function invocation context. The default value is `true`."),
                        NounParameter(name: "ui_editable", wireName: "UiEditable", type: .boolean, location: .form, isRequired: false, summary: "Whether the Service's properties and subresources can be edited via the UI. The default value is `false`."),
                    ]
                ),
                .list: NounOperation(
                    operationID: "ListService",
                    summary: "Retrieve a list of all Services.",
                    parameters: []
                ),
                .fetch: NounOperation(
                    operationID: "FetchService",
                    summary: "Retrieve a specific Service resource.",
                    parameters: []
                ),
                .update: NounOperation(
                    operationID: "UpdateService",
                    summary: "Update a specific Service resource.",
                    parameters: [
                        NounParameter(name: "include_credentials", wireName: "IncludeCredentials", type: .boolean, location: .form, isRequired: false, summary: "Whether to inject Account credentials into a function invocation context."),
                        NounParameter(name: "friendly_name", wireName: "FriendlyName", type: .string, location: .form, isRequired: false, summary: "A descriptive string that you create to describe the Service resource. It can be a maximum of 255 characters."),
                        NounParameter(name: "ui_editable", wireName: "UiEditable", type: .boolean, location: .form, isRequired: false, summary: "Whether the Service resource's properties and subresources can be edited via the UI. The default value is `false`."),
                    ]
                ),
                .delete: NounOperation(
                    operationID: "DeleteService",
                    summary: "Delete a Service resource.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "function", plural: "functions", sidPrefix: "ZH",
            scope: [.service],
            defaultColumns: ["sid", "friendly_name", "date_created"],
            path: "/Services/{ServiceSid}/Functions/{Sid}",
            operations: [
                .create: NounOperation(
                    operationID: "CreateFunction",
                    summary: "Create a new Function resource.",
                    parameters: [
                        NounParameter(name: "friendly_name", wireName: "FriendlyName", type: .string, location: .form, isRequired: true, summary: "A descriptive string that you create to describe the Function resource. It can be a maximum of 255 characters."),
                    ]
                ),
                .list: NounOperation(
                    operationID: "ListFunction",
                    summary: "Retrieve a list of all Functions.",
                    parameters: []
                ),
                .fetch: NounOperation(
                    operationID: "FetchFunction",
                    summary: "Retrieve a specific Function resource.",
                    parameters: []
                ),
                .update: NounOperation(
                    operationID: "UpdateFunction",
                    summary: "Update a specific Function resource.",
                    parameters: [
                        NounParameter(name: "friendly_name", wireName: "FriendlyName", type: .string, location: .form, isRequired: true, summary: "A descriptive string that you create to describe the Function resource. It can be a maximum of 255 characters."),
                    ]
                ),
                .delete: NounOperation(
                    operationID: "DeleteFunction",
                    summary: "Delete a Function resource.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "function version", plural: "function versions", sidPrefix: "ZN",
            scope: [.service, .function],
            defaultColumns: ["sid", "path", "visibility", "date_created"],
            path: "/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}",
            operations: [
                .list: NounOperation(
                    operationID: "ListFunctionVersion",
                    summary: "Retrieve a list of all Function Version resources.",
                    parameters: []
                ),
                .fetch: NounOperation(
                    operationID: "FetchFunctionVersion",
                    summary: "Retrieve a specific Function Version resource.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "function version content", plural: "function version contents", sidPrefix: "ZN",
            scope: [.service, .function],
            defaultColumns: ["sid", "content"],
            path: "/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}/Content",
            operations: [
                .fetch: NounOperation(
                    operationID: "FetchFunctionVersionContent",
                    summary: "Retrieve a the content of a specific Function Version resource.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "asset", plural: "assets", sidPrefix: "ZH",
            scope: [.service],
            defaultColumns: ["sid", "friendly_name", "date_created"],
            path: "/Services/{ServiceSid}/Assets/{Sid}",
            operations: [
                .create: NounOperation(
                    operationID: "CreateAsset",
                    summary: "Create a new Asset resource.",
                    parameters: [
                        NounParameter(name: "friendly_name", wireName: "FriendlyName", type: .string, location: .form, isRequired: true, summary: "A descriptive string that you create to describe the Asset resource. It can be a maximum of 255 characters."),
                    ]
                ),
                .list: NounOperation(
                    operationID: "ListAsset",
                    summary: "Retrieve a list of all Assets.",
                    parameters: []
                ),
                .fetch: NounOperation(
                    operationID: "FetchAsset",
                    summary: "Retrieve a specific Asset resource.",
                    parameters: []
                ),
                .update: NounOperation(
                    operationID: "UpdateAsset",
                    summary: "Update a specific Asset resource.",
                    parameters: [
                        NounParameter(name: "friendly_name", wireName: "FriendlyName", type: .string, location: .form, isRequired: true, summary: "A descriptive string that you create to describe the Asset resource. It can be a maximum of 255 characters."),
                    ]
                ),
                .delete: NounOperation(
                    operationID: "DeleteAsset",
                    summary: "Delete an Asset resource.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "asset version", plural: "asset versions", sidPrefix: "ZN",
            scope: [.service, .asset],
            defaultColumns: ["sid", "path", "visibility", "date_created"],
            path: "/Services/{ServiceSid}/Assets/{AssetSid}/Versions/{Sid}",
            operations: [
                .list: NounOperation(
                    operationID: "ListAssetVersion",
                    summary: "Retrieve a list of all Asset Versions.",
                    parameters: []
                ),
                .fetch: NounOperation(
                    operationID: "FetchAssetVersion",
                    summary: "Retrieve a specific Asset Version.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "build", plural: "builds", sidPrefix: "ZB",
            scope: [.service],
            defaultColumns: ["sid", "status", "date_created"],
            path: "/Services/{ServiceSid}/Builds/{Sid}",
            operations: [
                .create: NounOperation(
                    operationID: "CreateBuild",
                    summary: "Create a new Build resource. At least one function version or asset version is required.",
                    parameters: [
                        NounParameter(name: "asset_versions", wireName: "AssetVersions", type: .sidList(prefix: "ZN"), location: .form, isRequired: false, summary: "The list of Asset Version resource SIDs to include in the Build."),
                        NounParameter(name: "function_versions", wireName: "FunctionVersions", type: .sidList(prefix: "ZN"), location: .form, isRequired: false, summary: "The list of the Function Version resource SIDs to include in the Build."),
                        NounParameter(name: "dependencies", wireName: "Dependencies", type: .string, location: .form, isRequired: false, summary: "A list of objects that describe the Dependencies included in the Build. Each object contains the `name` and `version` of the dependency."),
                        NounParameter(name: "runtime", wireName: "Runtime", type: .string, location: .form, isRequired: false, summary: "The Runtime version that will be used to run the Build resource when it is deployed."),
                    ]
                ),
                .list: NounOperation(
                    operationID: "ListBuild",
                    summary: "Retrieve a list of all Builds.",
                    parameters: []
                ),
                .fetch: NounOperation(
                    operationID: "FetchBuild",
                    summary: "Retrieve a specific Build resource.",
                    parameters: []
                ),
                .delete: NounOperation(
                    operationID: "DeleteBuild",
                    summary: "Delete a Build resource.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "build status", plural: "build statuses", sidPrefix: "ZB",
            scope: [.service],
            defaultColumns: ["sid", "status"],
            path: "/Services/{ServiceSid}/Builds/{Sid}/Status",
            operations: [
                .fetch: NounOperation(
                    operationID: "FetchBuildStatus",
                    summary: "Retrieve a specific Build resource.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "environment", plural: "environments", sidPrefix: "ZE",
            scope: [.service],
            defaultColumns: ["sid", "unique_name", "domain_name", "build_sid"],
            path: "/Services/{ServiceSid}/Environments/{Sid}",
            operations: [
                .create: NounOperation(
                    operationID: "CreateEnvironment",
                    summary: "Create a new environment.",
                    parameters: [
                        NounParameter(name: "unique_name", wireName: "UniqueName", type: .string, location: .form, isRequired: true, summary: "A user-defined string that uniquely identifies the Environment resource. It can be a maximum of 100 characters."),
                        NounParameter(name: "domain_suffix", wireName: "DomainSuffix", type: .string, location: .form, isRequired: false, summary: "A URL-friendly name that represents the environment and forms part of the domain name. It can be a maximum of 16 characters."),
                    ]
                ),
                .list: NounOperation(
                    operationID: "ListEnvironment",
                    summary: "Retrieve a list of all environments.",
                    parameters: []
                ),
                .fetch: NounOperation(
                    operationID: "FetchEnvironment",
                    summary: "Retrieve a specific environment.",
                    parameters: []
                ),
                .delete: NounOperation(
                    operationID: "DeleteEnvironment",
                    summary: "Delete a specific environment.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "deployment", plural: "deployments", sidPrefix: "ZD",
            scope: [.service, .environment],
            defaultColumns: ["sid", "build_sid", "date_created"],
            path: "/Services/{ServiceSid}/Environments/{EnvironmentSid}/Deployments/{Sid}",
            operations: [
                .create: NounOperation(
                    operationID: "CreateDeployment",
                    summary: "Create a new Deployment.",
                    parameters: [
                        NounParameter(name: "build_sid", wireName: "BuildSid", type: .sid(prefix: "ZB"), location: .form, isRequired: false, summary: "The SID of the Build for the Deployment."),
                        NounParameter(name: "is_plugin", wireName: "IsPlugin", type: .boolean, location: .form, isRequired: false, summary: "Whether the Deployment is a plugin."),
                    ]
                ),
                .list: NounOperation(
                    operationID: "ListDeployment",
                    summary: "Retrieve a list of all Deployments.",
                    parameters: []
                ),
                .fetch: NounOperation(
                    operationID: "FetchDeployment",
                    summary: "Retrieve a specific Deployment.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "variable", plural: "variables", sidPrefix: "ZV",
            scope: [.service, .environment],
            defaultColumns: ["sid", "key", "date_created"],
            path: "/Services/{ServiceSid}/Environments/{EnvironmentSid}/Variables/{Sid}",
            operations: [
                .create: NounOperation(
                    operationID: "CreateVariable",
                    summary: "Create a new Variable.",
                    parameters: [
                        NounParameter(name: "key", wireName: "Key", type: .string, location: .form, isRequired: true, summary: "A string by which the Variable resource can be referenced. It can be a maximum of 128 characters."),
                        NounParameter(name: "value", wireName: "Value", type: .string, location: .form, isRequired: true, summary: "A string that contains the actual value of the Variable. It can be a maximum of 450 bytes in size."),
                    ]
                ),
                .list: NounOperation(
                    operationID: "ListVariable",
                    summary: "Retrieve a list of all Variables.",
                    parameters: []
                ),
                .fetch: NounOperation(
                    operationID: "FetchVariable",
                    summary: "Retrieve a specific Variable.",
                    parameters: []
                ),
                .update: NounOperation(
                    operationID: "UpdateVariable",
                    summary: "Update a specific Variable.",
                    parameters: [
                        NounParameter(name: "key", wireName: "Key", type: .string, location: .form, isRequired: false, summary: "A string by which the Variable resource can be referenced. It can be a maximum of 128 characters."),
                        NounParameter(name: "value", wireName: "Value", type: .string, location: .form, isRequired: false, summary: "A string that contains the actual value of the Variable. It can be a maximum of 450 bytes in size."),
                    ]
                ),
                .delete: NounOperation(
                    operationID: "DeleteVariable",
                    summary: "Delete a specific Variable.",
                    parameters: []
                ),
            ]
        ),
        ResourceNoun(
            name: "log", plural: "logs", sidPrefix: "NO",
            scope: [.service, .environment],
            defaultColumns: [],
            path: "/Services/{ServiceSid}/Environments/{EnvironmentSid}/Logs/{Sid}",
            operations: [
                .list: NounOperation(
                    operationID: "ListLog",
                    summary: "Retrieve a list of all logs.",
                    parameters: [
                        NounParameter(name: "function_sid", wireName: "FunctionSid", type: .sid(prefix: "ZH"), location: .query, isRequired: false, summary: "The SID of the function whose invocation produced the Log resources to read."),
                        NounParameter(name: "start_date", wireName: "StartDate", type: .dateTime, location: .query, isRequired: false, summary: "The date/time (in GMT, ISO 8601) after which the Log resources must have been created. Defaults to 1 day prior to current date/time."),
                        NounParameter(name: "end_date", wireName: "EndDate", type: .dateTime, location: .query, isRequired: false, summary: "The date/time (in GMT, ISO 8601) before which the Log resources must have been created. Defaults to current date/time."),
                    ]
                ),
                .fetch: NounOperation(
                    operationID: "FetchLog",
                    summary: "Retrieve a specific log.",
                    parameters: []
                ),
            ]
        ),
    ]
}

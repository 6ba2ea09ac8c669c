import BuildScript

/// `fetch NOUN SID|NAME|RECORD`: one GET, returning the record.
enum FetchVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        ResourceVerbs.verbs(.fetch, examples: examples, session: session)
    }

    static let examples = [
        VerbExample(.service, "fetch service demo"),
        VerbExample(.function, "fetch function $hello"),
        VerbExample(.functionVersion, "fetch function version $v1"),
        VerbExample(.functionVersionContent, "print (fetch function version content $v1).content"),
        VerbExample(.asset, "fetch asset $logo"),
        VerbExample(.assetVersion, "fetch asset version $a1"),
        VerbExample(.build, "fetch build $b"),
        VerbExample(.buildStatus, "fetch build status $b"),
        VerbExample(.environment, "fetch environment production"),
        VerbExample(.deployment, "fetch deployment $d"),
        VerbExample(.variable, "fetch variable $var"),
        VerbExample(.log, "fetch log $line"),
    ]
}

import BuildScript

/// `create NOUN [parent] name=value...`: one POST, returning the new record; a dry run returns a
/// record shaped like the real one with a placeholder SID.
enum CreateVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        ResourceVerbs.verbs(.create, examples: examples, session: session)
    }

    static let examples = [
        VerbExample(.service, #"create service unique_name=shop friendly_name="Shop""#),
        VerbExample(.function, "let greet = create function friendly_name=greet"),
        VerbExample(.functionVersion, "let v2 = create function version $hello path=/hello visibility=public content=@hello.js"),
        VerbExample(.asset, "let banner = create asset friendly_name=banner"),
        VerbExample(.assetVersion, "let a2 = create asset version $logo path=/logo.svg visibility=public content=@logo.svg"),
        VerbExample(.build, #"let b2 = create build functions=[$v1] assets=[$a1] dependencies={twilio: "5.3.0"} runtime=node22"#),
        VerbExample(.environment, "let stage = create environment unique_name=stage-environment domain_suffix=stage"),
        VerbExample(.deployment, "create deployment production build=(await (create build functions=[$v1] runtime=node22))"),
        VerbExample(.variable, "create variable key=FAREWELL value=bye environment=production"),
    ]
}

import BuildScript

/// `create NOUN [parent] name=value...`: one POST, returning the new record; a dry run returns a
/// record shaped like the real one with a placeholder SID.
enum CreateVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        ResourceVerbs.verbs(.create, examples: examples, session: session)
    }

    static let examples = VerbExample.lines(
        """
        create service unique_name=shop friendly_name="Shop"
        let greet = create function friendly_name=greet
        let v2 = create function version $hello path=/hello visibility=public content=@hello.js
        let banner = create asset friendly_name=banner
        let a2 = create asset version $logo path=/logo.svg visibility=public content=@logo.svg
        let b2 = create build functions=[$v1] assets=[$a1] dependencies={twilio: "5.3.0"} runtime=node22
        let stage = create environment unique_name=stage-environment domain_suffix=stage
        create deployment production build=(await (create build functions=[$v1] runtime=node22))
        create variable key=FAREWELL value=bye environment=production
        """)
}

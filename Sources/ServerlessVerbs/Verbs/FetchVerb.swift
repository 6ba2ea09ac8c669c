import BuildScript

/// `fetch NOUN SID|NAME|RECORD`: one GET, returning the record.
enum FetchVerb: VerbDefinition {
    static func verbs(session: VerbSession) -> [Verb] {
        ResourceVerbs.verbs(.fetch, examples: examples, session: session)
    }

    static let examples = VerbExample.lines(
        """
        fetch service demo
        fetch function $hello
        fetch function version $v1
        print (fetch function version content $v1).content
        fetch asset $logo
        fetch asset version $a1
        fetch build $b
        fetch build status $b
        fetch environment production
        fetch deployment $d
        fetch variable $var
        fetch log $line
        """)
}

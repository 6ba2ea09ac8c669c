/// One example per verb and noun, shown by `help VERB NOUN`.
enum VerbExamples {
    static func example(_ action: NounAction, _ noun: ResourceNoun) -> String? {
        examples["\(action.rawValue) \(noun.name)"]
    }

    static let examples: [String: String] = [
        "create service": #"create service unique_name=demo friendly_name="Demo service""#,
        "list service": "list services | select sid, unique_name",
        "fetch service": "fetch service demo",
        "update service": #"update service demo friendly_name="Demo (old)""#,
        "delete service": "delete service demo",
        "create function": "let hello = create function friendly_name=hello",
        "list function": "list functions",
        "fetch function": "fetch function $hello",
        "update function": "update function $hello friendly_name=greeting",
        "delete function": "delete function $hello",
        "create function version":
            "let v1 = create function version $hello path=/hello visibility=public content=@hello.js",
        "list function version": "list function versions $hello | first 3",
        "fetch function version": "fetch function version $v1",
        "fetch function version content": "print (fetch function version content $v1).content",
        "create asset": "let logo = create asset friendly_name=logo",
        "list asset": "list assets",
        "fetch asset": "fetch asset $logo",
        "update asset": "update asset $logo friendly_name=banner",
        "delete asset": "delete asset $logo",
        "create asset version": "let a1 = create asset version $logo path=/logo.svg visibility=public content=@logo.svg",
        "list asset version": "list asset versions $logo",
        "fetch asset version": "fetch asset version $a1",
        "create build": #"let b = create build functions=[$v1] dependencies={twilio: "5.3.0"} runtime=node22"#,
        "list build": #"list builds | where status == "completed" | select sid, runtime, date_created"#,
        "fetch build": "fetch build $b",
        "delete build": "delete build $b",
        "fetch build status": "fetch build status $b",
        "create environment": "let prod = create environment unique_name=production domain_suffix=prod",
        "list environment": "list environments",
        "fetch environment": "fetch environment production",
        "delete environment": "delete environment production",
        "create deployment": "create deployment production build=$b",
        "list deployment": "list deployments production",
        "fetch deployment": "fetch deployment ZD00000000000000000000000000000000 environment=production",
        "create variable": "create variable key=GREETING value=hello environment=production",
        "list variable": "list variables production",
        "fetch variable": "fetch variable $var",
        "update variable": "update variable $var value=hi",
        "delete variable": "delete variable $var",
        "list log": "list logs production start_date=(now() - 1h) | first 20",
        "fetch log": "fetch log NO00000000000000000000000000000000 environment=production",
    ]
}

/// Usage lines and examples, generated from the noun table (the same table that checks arguments).
enum Usage {
    /// `create function version FUNCTION path=text visibility=public|protected|private content=@file [service=…]`.
    static func line(_ action: NounAction, _ noun: ResourceNoun) -> String {
        var words = [action.rawValue, noun.name]
        switch action {
        case .fetch, .update, .delete:
            words.append(noun.name == "build status" ? "BUILD" : noun.name.uppercased().replacingOccurrences(of: " ", with: "_"))
        case .create, .list:
            if let parent = noun.parent, parent != .service { words.append("[\(parent.rawValue.uppercased())]") }
        }
        let parameters = noun.operations[action]?.parameters ?? []
        for parameter in parameters {
            let word = "\(parameter.name)=\(parameter.type.placeholder)"
            words.append(parameter.isRequired ? word : "[\(word)]")
        }
        for scope in noun.scope {
            words.append("[\(scope.rawValue)=…]")
        }
        return words.joined(separator: " ")
    }
}

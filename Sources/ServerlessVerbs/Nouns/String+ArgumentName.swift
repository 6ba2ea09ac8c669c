extension String {
    /// A noun or role as an argument or field name: every space replaced by `_` (`function version`
    /// → `function_version`). Mapped by hand rather than with Foundation's `replacingOccurrences`,
    /// whose first use costs a scan of every protocol conformance in the binary at start-up.
    var underscoringSpaces: String {
        String(map { $0 == " " ? "_" : $0 })
    }
}

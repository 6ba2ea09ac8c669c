extension HistoryFileError: CustomStringConvertible {
    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .cannotCreateFolder(let path): "cannot create the history folder \(path)"
        case .cannotRead(let path): "cannot read the history file \(path)"
        case .cannotWrite(let path): "cannot write the history file \(path)"
        }
    }
}

/// Why the history file could not be read or written. The session goes on without it.
public enum HistoryFileError: Error, Equatable, Sendable {
    /// The folder that holds the file could not be created.
    case cannotCreateFolder(path: String)
    /// The file exists but could not be read.
    case cannotRead(path: String)
    /// The file could not be written or moved into place.
    case cannotWrite(path: String)
}

/// Objects that live until the process ends. `buildsh` exits as soon as a run is over, so tearing
/// down what the run built (the interpreter, the verb tables, the session) is work no one needs:
/// about 6% of what `buildsh -c 'print 1'` does in its own code. What is kept here is released by
/// the process's exit instead, the way compilers skip freeing their state at the end.
enum ProcessLifetime {
    /// Keeps `object` alive (and so unfreed) until the process exits.
    static func keep(_ object: AnyObject) {
        _ = Unmanaged.passRetained(object)
    }
}

import Foundation

/// How glibc's allocator is set up before any thread starts, so that streaming a long list keeps
/// little memory (docs/benchmarks.md, F4).
///
/// glibc gives each thread that allocates its own arena (up to eight per core), and raises its
/// `mmap` threshold each time a large block is freed, after which the next page of JSON (about 1 MB
/// for 1,000 builds) is carved from an arena instead of being mapped and handed back whole. Both
/// leave freed memory resident: `list builds page_size=1000 | where … | count` over 20,000 builds
/// peaked at 13 MB of heap pages with the defaults and at 8 MB with two arenas and a fixed 128 KB
/// threshold. A user's own `GLIBC_TUNABLES` for malloc is left in charge.
enum MallocTuning {
    /// `M_ARENA_MAX` and `M_MMAP_THRESHOLD` from `<malloc.h>`, which Swift's Glibc module does not import.
    private static let arenaMaximum: Int32 = -8
    private static let mmapThreshold: Int32 = -3

    /// Applies the settings; call first thing in `main`.
    static func apply() {
        if let tunables = getenv("GLIBC_TUNABLES"), String(cString: tunables).contains("glibc.malloc.") { return }
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }  // nil: RTLD_DEFAULT
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        _ = mallopt(arenaMaximum, 2)
        _ = mallopt(mmapThreshold, 128 * 1024)
    }
}

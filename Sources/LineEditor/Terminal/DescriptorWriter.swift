#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole byte buffers to a file descriptor, retrying short writes and interruptions.
public enum DescriptorWriter {
    /// Writes every byte of `bytes` to `descriptor`; false when the descriptor refuses them
    /// (`errno` tells why, e.g. `EPIPE` when a pipe's reader has gone).
    @discardableResult
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }
}

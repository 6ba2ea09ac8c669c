import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes (a column's text, read in place) are exactly the UTF-8 of `text`, compared
    /// with `memcmp`: the generic `elementsEqual` walks `String.UTF8View` a byte at a time, which was
    /// a few percent of a page of builds, where every row compares its status, kind and SID.
    func equalsUTF8(of text: String) -> Bool {
        let compared = text.utf8.withContiguousStorageIfAvailable { utf8 in
            utf8.count == count && (count == 0 || memcmp(baseAddress!, utf8.baseAddress!, count) == 0)
        }
        return compared ?? text.utf8.elementsEqual(self)
    }
}

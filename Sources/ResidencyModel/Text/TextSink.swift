/// Where a report's UTF-8 goes as it is written, so a large report never exists as one string:
/// standard output or a file through a buffer (`DescriptorSink`), a string (`StringSink`), or a
/// byte counter (the benchmark). A class, because writers hand it down through many functions.
public protocol TextSink: AnyObject {
    /// Takes the next bytes. A write may end inside a character; the next one continues it.
    func write(_ bytes: UnsafeRawBufferPointer)
}

extension TextSink {
    /// Writes `text` as UTF-8.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}

/// Keeps what is written, for callers that want the whole text (tests, the interface, small maps).
public final class StringSink: TextSink {
    private var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    /// Everything written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The text `write` produces, collected.
    public static func collect(_ write: (TextSink) throws -> Void) rethrows -> String {
        let sink = StringSink()
        try write(sink)
        return sink.text
    }
}

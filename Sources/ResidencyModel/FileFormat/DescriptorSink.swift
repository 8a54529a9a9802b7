#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A `TextSink` that writes to an open file descriptor (standard output, a file being written)
/// through a 64 KiB buffer, so a report goes out as it is written and memory holds one buffer.
///
/// Writers do not throw: the first failed write is kept (`failure`, an errno) and everything
/// after it is dropped. The caller calls `flush()` at the end and then checks `failure`.
public final class DescriptorSink: TextSink {
    public let descriptor: Int32
    /// The errno of the first write that failed, if any.
    public private(set) var failure: Int32?
    private var buffer: [UInt8] = []
    private let capacity: Int

    public init(descriptor: Int32, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.capacity = max(1, capacity)
        buffer.reserveCapacity(self.capacity)
    }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        if buffer.count + bytes.count > capacity {
            flush()
            if bytes.count >= capacity {
                writeAll(bytes)
                return
            }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Writes out what the buffer holds.
    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            // At most 1 GiB a call: Linux writes no more than about 2 GiB at once anyway.
            let written = descriptorWrite(descriptor, base + offset, min(bytes.count - offset, 1 << 30))
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            offset += written
        }
    }
}

/// The C `write`, out of reach of the method of the same name.
private func descriptorWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

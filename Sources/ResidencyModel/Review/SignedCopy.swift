import Foundation

/// What a sign-off saw, when git cannot say: a copy of the signed file beside the map, in
/// `.resmap-signed/NAME.FINGERPRINT.yaml` (the first 12 digits of the content fingerprint).
/// Named by content, so signing the same content twice writes one copy, and the sign-off needs
/// no extra field to find it: its fingerprint is the name.
public enum SignedCopy {
    public static let folder = ".resmap-signed"

    /// Where the copy of `mapPath` signed with `fingerprint` lives.
    public static func path(forMap mapPath: String, fingerprint: String) -> String {
        let url = URL(fileURLWithPath: mapPath)
        let name = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent(folder)
            .appendingPathComponent("\(name).\(MapFingerprint.short(fingerprint)).yaml").path
    }

    /// Writes the signed bytes atomically (once: an existing copy of the same content stays).
    public static func write(_ bytes: Data, forMap mapPath: String, fingerprint: String) throws {
        let target = path(forMap: mapPath, fingerprint: fingerprint)
        guard !FileManager.default.fileExists(atPath: target) else { return }
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path,
                                                withIntermediateDirectories: true)
        try AtomicFileWriter().write(bytes, to: target)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The map `resmap init` writes: a checklist of the places teams forget, not a blank page.
///
/// Every system is a placeholder (location and status unknown) whose notes say what to find out.
/// One offering and one claim show the shape of what sales will say, ready to be replaced.
public enum StarterMap {
    /// The starter map. Its review clock starts `today`, so an untouched checklist turns overdue.
    public static func map(name: String, owner: String, today: ISODate) -> ResidencyMap {
        ResidencyMap(
            header: MapHeader(
                name: name,
                owner: owner,
                lastReviewed: today,
                reviewIntervalDays: 90
            ),
            offerings: [
                Offering(id: "eu", name: "EU residency", region: RegionSpec("EU")),
            ],
            systems: StarterPlaceholders.systems,
            copies: StarterPlaceholders.copies,
            claims: [
                Claim(
                    id: "records-in-region",
                    text: "Customer records stay in the EU",
                    offering: "eu",
                    data: ["customer-records"],
                    scope: [.storage, .copies]
                ),
            ]
        )
    }

    /// How many placeholder systems the starter map holds.
    public static var placeholderCount: Int { StarterPlaceholders.systems.count }

    /// The comment block written above the YAML. A save of an edit keeps it.
    public static let commentHeader = """
        # A starter data residency map: a checklist, not a finished map.
        #
        # Each system below is a placeholder for a place teams forget to map. Its notes say what
        # to find out. For each one:
        #   1. find where it really runs (live settings, not the plan) and set `location`;
        #   2. set `status: assumed`, or `confirmed` with `evidence` (how, on, by) once checked;
        #   3. correct `data` to what it really holds and add `retention`;
        #   4. delete it only if you truly have no such system.
        # Then add `roles` (who can view, export or administer what, from which countries) and
        # `flows` (signup, upload, export, support ticket: every hop from the browser to the backups).
        # Replace the offering and the claim with what sales actually says.
        #
        # `resmap validate FILE` checks this file; `resmap FILE` opens it to edit: on Systems, e edits
        # the selected placeholder and shows its question. The format is in docs/file-format.md.

        """

    /// The text `resmap init` writes: the comment header, then the canonical YAML of `map`.
    public static func text(name: String, owner: String, today: ISODate) throws -> String {
        try validateField("name", name)
        try validateField("owner", owner)
        let yaml: String
        do {
            yaml = try MapFile.encode(map(name: name, owner: owner, today: today))
        } catch {
            throw StarterMapError.encodingFailed(reason: "\(error)")
        }
        guard !yaml.isEmpty else {
            throw StarterMapError.encodingFailed(reason: "the encoder produced no text")
        }
        return commentHeader + yaml
    }

    /// Writes a starter map to `path`. Never replaces anything already at `path`, and refuses
    /// a path whose folder does not exist.
    public static func write(to path: String, name: String, owner: String, today: ISODate) throws {
        try write(to: path, name: name, owner: owner, today: today, using: AtomicFileWriter())
    }

    static func write(to path: String, name: String, owner: String, today: ISODate,
                      using writer: AtomicFileWriter) throws {
        // Checked first for the clearest message; the writer checks again as it creates the file.
        var info = stat()
        if lstat(path, &info) == 0 {   // a dangling symbolic link also counts as "something is there"
            throw StarterMapError.fileExists(path: path)
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StarterMapError.directoryMissing(path: folder)
        }
        let contents = try text(name: name, owner: owner, today: today)
        do {
            // Written to an unnamed (or temporary) file, flushed, then hard-linked to `path`: a file
            // that appears after the check above is never replaced, and a full disk or a kill
            // leaves no empty or half-written starter behind.
            try writer.writeNew(Data(contents.utf8), to: path)
        } catch is AtomicFileWriter.AlreadyExists {
            throw StarterMapError.fileExists(path: path)
        } catch let error as MapFileError {
            throw StarterMapError.writeFailed(path: path, reason: error.message)
        }
    }

    private static func validateField(_ field: String, _ value: String) throws {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StarterMapError.invalidField(name: field, reason: "must not be empty")
        }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw StarterMapError.invalidField(name: field, reason: "must be one line without control characters")
        }
    }
}

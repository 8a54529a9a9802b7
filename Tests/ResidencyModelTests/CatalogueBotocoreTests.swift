import Foundation
import Testing
import ResidencyModel

/// An independent check against AWS's own list: botocore's `endpoints.json`, present wherever the
/// Python boto packages are installed. The catalogue's data was not generated from this file.
@Suite("Catalogue against botocore")
struct CatalogueBotocoreTests {
    /// Where to look: `BOTOCORE_ENDPOINTS_JSON` if set, else the usual Python package folders.
    static let endpointsFile: URL? = {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["BOTOCORE_ENDPOINTS_JSON"] {
            return fileManager.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        var libraryFolders = ["/usr/lib/python3/dist-packages", "/usr/local/lib/python3/dist-packages"]
        let home = fileManager.homeDirectoryForCurrentUser.path
        var pythonRoots = ["/usr/lib", "/usr/local/lib", "\(home)/.local/lib", "/opt/homebrew/lib"]
        let pyenv = "\(home)/.pyenv/versions"
        for version in (try? fileManager.contentsOfDirectory(atPath: pyenv)) ?? [] {
            pythonRoots.append("\(pyenv)/\(version)/lib")
        }
        for root in pythonRoots {
            for python in (try? fileManager.contentsOfDirectory(atPath: root)) ?? [] where python.hasPrefix("python3") {
                libraryFolders.append("\(root)/\(python)/site-packages")
                libraryFolders.append("\(root)/\(python)/dist-packages")
            }
        }
        return libraryFolders
            .map { "\($0)/botocore/data/endpoints.json" }
            .first { fileManager.fileExists(atPath: $0) }
            .map { URL(fileURLWithPath: $0) }
    }()

    /// Region code and description of each region in one botocore partition.
    static func regions(inPartition partition: String, of file: URL) throws -> [String: String] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
        let partitions = try #require((json as? [String: Any])?["partitions"] as? [[String: Any]])
        let entry = try #require(partitions.first { $0["partition"] as? String == partition })
        let regions = try #require(entry["regions"] as? [String: Any])
        return regions.mapValues { (($0 as? [String: Any])?["description"] as? String) ?? "" }
    }

    @Test(
        "every region of AWS's commercial partition resolves to an AWS place with its name",
        .enabled(
            if: endpointsFile != nil,
            "botocore's endpoints.json was not found (install the Python botocore package or set BOTOCORE_ENDPOINTS_JSON)"
        )
    )
    func commercialPartitionResolves() throws {
        let file = try #require(Self.endpointsFile)
        let regions = try Self.regions(inPartition: "aws", of: file)
        #expect(regions.count >= 30, "a suspiciously short partition in \(file.path)")
        let catalogue = RegionCatalogue.standard
        for (code, description) in regions.sorted(by: { $0.key < $1.key }) {
            let place = catalogue.place(for: "aws:\(code)")
            #expect(place?.provider == "aws", "aws:\(code) (\(description)) is not in the catalogue")
            #expect(place?.country != nil, "aws:\(code) has no country")
            if let place, !description.isEmpty {
                #expect(place.displayName == description, "aws:\(code)")
            }
        }
    }

    @Test(
        "every AWS region in the catalogue exists in some botocore partition",
        .enabled(if: endpointsFile != nil, "botocore's endpoints.json was not found")
    )
    func noInventedRegions() throws {
        let file = try #require(Self.endpointsFile)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
        let partitions = try #require((json as? [String: Any])?["partitions"] as? [[String: Any]])
        let known = Set(partitions.flatMap { (($0["regions"] as? [String: Any]) ?? [:]).keys })
        for place in RegionCatalogue.standard.places(ofProvider: "aws") {
            #expect(known.contains(place.regionCode ?? ""), "\(place.code) is in no botocore partition")
        }
    }
}

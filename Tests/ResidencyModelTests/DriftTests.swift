import Foundation
import Testing
@testable import ResidencyModel

/// `resmap drift`: Terraform plans and states against the map.
@Suite("Drift: the map against Terraform")
struct DriftTests {
    static let day = EditingSupport.today
    static let samples = FileFormatTestSupport.samples

    static func document(_ json: String) throws -> TerraformDocument {
        try TerraformDocument.parse(Data(json.utf8), file: "plan.json")
    }

    /// A state with these resources in the root module and one AWS provider in `region`.
    static func state(_ resources: String, region: String? = "eu-central-1") -> String {
        let provider = region.map { #""aws": {"name": "aws", "expressions": {"region": {"constant_value": "\#($0)"}}}"# } ?? ""
        return #"{"format_version": "1.0", "values": {"root_module": {"resources": [\#(resources)]}}, "configuration": {"provider_config": {\#(provider)}}}"#
    }

    static func resource(_ address: String, _ values: String) -> String {
        let type = address.split(separator: ".").dropLast().last.map(String.init) ?? address
        return #"{"address": "\#(address)", "mode": "managed", "type": "\#(type)", "name": "x", "values": {\#(values)}}"#
    }

    static func map(_ systems: [DataSystem], copies: [DataCopy] = []) -> ResidencyMap {
        var map = FileFormatTestSupport.sampleMap()
        map.systems = systems
        map.copies = copies
        map.claims = []
        map.exceptions = []
        map.roles = []
        map.flows = []
        return map
    }

    static func system(_ id: String, _ location: String, _ infrastructure: [String]) -> DataSystem {
        DataSystem(id: id, name: id, kind: .database, location: .places([location]), status: .confirmed, infrastructure: infrastructure)
    }

    static func check(_ map: ResidencyMap, _ json: String) throws -> [DriftItem] {
        DriftChecker(today: day).check(map, against: [try document(json)])
    }

    @Test("The shipped Acme plan finds exactly the planted drifts")
    func acmePlan() throws {
        guard case .success(let map) = MapFile.read(path: Self.samples.appendingPathComponent("acme-saas.yaml").path) else {
            throw TestFailure("the Acme sample does not load")
        }
        let plan = try TerraformDocument.read(path: Self.samples.appendingPathComponent("terraform/acme-saas.plan.json").path)
        let items = DriftChecker(today: Self.day).check(map, against: [plan])
        let found = items.map { "\($0.kind.rawValue) \($0.address) \($0.system ?? "-") \($0.place.description)" }
        #expect(found == [
            "location-drift aws_s3_bucket.uploads uploads aws:us-east-1",
            "unknown-region module.search.aws_opensearch_domain.main search-index an unknown region",
            "missing-copy aws_s3_bucket_replication_configuration.uploads uploads aws:us-west-2",
            "missing-copy aws_backup_plan.nightly db-main aws:us-east-2",
            "unmapped-store aws_s3_bucket.uploads_replica - aws:us-west-2",
            "unmapped-store aws_cloudwatch_log_group.api - aws:eu-central-1",
        ])
        // Moving the uploads bucket to the US breaks the Frankfurt promise; the map knew nothing of it.
        #expect(items[0].claimsAtRisk == ["files-frankfurt"])
    }

    @Test("Location: AWS region, ARN, provider region; Azure location; Google zone; consistent places pass")
    func locations() throws {
        let map = Self.map([
            Self.system("a", "aws:eu-central-1", ["aws_db_instance.a"]),
            Self.system("b", "aws:eu-central-1", ["aws_sqs_queue.b"]),
            Self.system("c", "DE", ["aws_s3_bucket.c"]),
            Self.system("d", "azure:westeurope", ["azurerm_storage_account.d"]),
            Self.system("e", "gcp:europe-west3", ["google_compute_instance.e"]),
        ])
        let json = Self.state([
            Self.resource("aws_db_instance.a", #""arn": "arn:aws:rds:us-east-1:1:db:a""#),
            Self.resource("aws_sqs_queue.b", #""region": "eu-central-1""#),
            Self.resource("aws_s3_bucket.c", #""bucket": "c""#),
            Self.resource("azurerm_storage_account.d", #""location": "North Europe", "account_replication_type": "LRS""#),
            Self.resource("google_compute_instance.e", #""zone": "us-central1-a""#),
        ].joined(separator: ","))
        let items = try Self.check(map, json)
        #expect(items.map(\.system) == ["a", "d", "e"])
        #expect(items.map(\.place) == [.region("aws:us-east-1"), .region("azure:northeurope"), .region("gcp:us-central1")])
        #expect(items.allSatisfy { $0.kind == .locationDrift })
    }

    @Test("A region set by the environment is unknown, never fine")
    func unknownRegion() throws {
        let map = Self.map([Self.system("a", "aws:eu-central-1", ["aws_s3_bucket.a"])])
        let items = try Self.check(map, Self.state(Self.resource("aws_s3_bucket.a", #""bucket": "a""#), region: nil))
        #expect(items.map(\.kind) == [.unknownRegion])
    }

    @Test("Copies: DynamoDB replicas, RDS backup replication, Azure GRS, Google multi-region; a listed copy is fine")
    func copies() throws {
        let map = Self.map([
            Self.system("table", "aws:eu-central-1", ["aws_dynamodb_table.t"]),
            Self.system("db", "aws:eu-central-1", ["aws_db_instance.db"]),
            Self.system("blob", "azure:westeurope", ["azurerm_storage_account.s"]),
            Self.system("bucket", "gcp:europe-west3", ["google_storage_bucket.g"]),
            Self.system("dr", "aws:eu-west-1", ["aws_dynamodb_table.dr"]),
        ], copies: [DataCopy(from: "table", to: "dr", kind: .replica)])
        let json = Self.state([
            Self.resource("aws_dynamodb_table.t", #""arn": "arn:aws:dynamodb:eu-central-1:1:table/t", "replica": [{"region_name": "eu-west-1"}, {"region_name": "us-east-1"}]"#),
            Self.resource("aws_dynamodb_table.dr", #""arn": "arn:aws:dynamodb:eu-west-1:1:table/t""#),
            Self.resource("aws_db_instance.db", #""arn": "arn:aws:rds:eu-central-1:1:db:db""#),
            #"{"address": "aws_db_instance_automated_backups_replication.r", "mode": "managed", "type": "aws_db_instance_automated_backups_replication", "values": {"source_db_instance_arn": "arn:aws:rds:eu-central-1:1:db:db", "region": "us-west-2"}}"#,
            Self.resource("azurerm_storage_account.s", #""location": "westeurope", "account_replication_type": "RAGRS""#),
            Self.resource("google_storage_bucket.g", #""location": "EU""#),
        ].joined(separator: ","))
        let items = try Self.check(map, json).filter { $0.kind == .missingCopy }
        #expect(items.map { "\($0.system ?? "-") \($0.place.description)" } == [
            "table aws:us-east-1",
            "db aws:us-west-2",
            "blob the paired region of westeurope multi-region",
            "bucket the EU multi-region",
        ])
    }

    @Test("Stores no system names are listed; a name no file has is reported; patterns and indexes match")
    func unmappedAndPatterns() throws {
        let map = Self.map([
            Self.system("logs", "aws:eu-central-1", ["module.logs.*"]),
            Self.system("cache", "aws:eu-central-1", ["aws_elasticache_cluster.cache"]),
            Self.system("gone", "aws:eu-central-1", ["aws_s3_bucket.gone"]),
        ])
        let json = #"{"format_version": "1.0", "values": {"root_module": {"resources": [\#(Self.resource("aws_elasticache_cluster.cache[0]", #""arn": "arn:aws:elasticache:eu-central-1:1:cluster:c""#)), \#(Self.resource("aws_sqs_queue.orphan", #""arn": "arn:aws:sqs:eu-west-1:1:q""#))], "child_modules": [{"address": "module.logs", "resources": [\#(Self.resource("module.logs.aws_cloudwatch_log_group.app", #""arn": "arn:aws:logs:eu-central-1:1:log-group:app""#))]}]}}}"#
        let items = try Self.check(map, json)
        #expect(items.map { "\($0.kind.rawValue) \($0.address)" } == [
            "unmapped-store aws_sqs_queue.orphan",
            "not-found aws_s3_bucket.gone",
        ])
    }

    @Test("Provider regions come from constants, from variables, and per module")
    func providerRegions() throws {
        let json = #"""
        {"format_version": "1.2", "variables": {"region": {"value": "eu-west-3"}},
         "planned_values": {"root_module": {"resources": [
           {"address": "aws_s3_bucket.a", "mode": "managed", "type": "aws_s3_bucket", "values": {}},
           {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "values": {}}]}},
         "configuration": {"provider_config": {
             "aws": {"name": "aws", "expressions": {"region": {"references": ["var.region"]}}},
             "aws.us": {"name": "aws", "alias": "us", "expressions": {"region": {"constant_value": "us-east-2"}}}},
           "root_module": {"resources": [
             {"address": "aws_s3_bucket.a", "provider_config_key": "aws"},
             {"address": "aws_s3_bucket.b", "provider_config_key": "aws.us"}]}}}
        """#
        let document = try Self.document(json)
        #expect(document.resources.map(ResourcePlace.of) == [.region("aws:eu-west-3"), .region("aws:us-east-2")])
    }

    @Test("Not Terraform's JSON, or not JSON at all, says so")
    func badInput() {
        #expect(throws: MapFileError.self) { try Self.document("{\"hello\": 1}") }
        #expect(throws: MapFileError.self) { try Self.document("resmap: 1") }
    }

    @Test("Glob patterns match in linear time and only what they say")
    func patterns() {
        func resource(_ address: String) -> TerraformResource {
            TerraformResource(address: address, type: "aws_s3_bucket", values: .null, providerRegion: nil, file: "")
        }
        #expect(AddressPattern(text: "aws_s3_bucket.up*").matches(resource("aws_s3_bucket.uploads")))
        #expect(AddressPattern(text: "*.uploads").matches(resource("module.x.aws_s3_bucket.uploads")))
        #expect(!AddressPattern(text: "aws_s3_bucket.up*x").matches(resource("aws_s3_bucket.uploads")))
        #expect(AddressPattern(text: "aws_s3_bucket.uploads").matches(resource("aws_s3_bucket.uploads[\"eu\"]")))
        #expect(!AddressPattern(text: String(repeating: "*a", count: 200) + "b").matches(resource(String(repeating: "a", count: 5000))))
    }
}

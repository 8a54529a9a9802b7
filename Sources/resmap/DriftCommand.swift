import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap drift MAP --terraform FILE.json...`: the map against what Terraform says runs.
struct DriftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Check the map against Terraform plans and states: where things run, copies, stores.",
        discussion: """
            Reads what `terraform show -json` prints for a plan or a state (one file per \
            workspace or account; give --terraform once for each). A system names its \
            resources in `infrastructure:` (addresses such as module.db.aws_db_instance.main, \
            or patterns with *). Reports location drift (a mapped resource runs elsewhere), \
            copies the map lacks (S3 replication, AWS Backup copy actions, RDS backup \
            replication, DynamoDB replicas, Azure geo-redundant storage, Google multi-region \
            buckets), stores no system names, regions the JSON does not show (unknown, never \
            fine), and names the claims each would break. Exit codes: 0 no drift; 1 drift; \
            2 the map or a JSON file cannot be read.
            """
    )

    @OptionGroup var map: MapOptions

    @Option(name: .customLong("terraform"), help: "A `terraform show -json` file (plan or state); repeat for several.")
    var terraform: [String] = []

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        guard !terraform.isEmpty else { throw ValidationError("give at least one --terraform FILE.json (from `terraform show -json`)") }
    }

    func run() throws {
        let map = try self.map.load()
        let day = try self.map.day()
        var documents: [TerraformDocument] = []
        for path in terraform {
            do {
                documents.append(try TerraformDocument.read(path: path))
            } catch {
                MapLoading.standardError("resmap: error: \(error.message)\n")
                throw ExitCode(2)
            }
        }
        let items = DriftChecker(today: day).check(map, against: documents)
        let report = DriftReport(items: items, files: terraform, resourceCount: documents.reduce(0) { $0 + $1.resources.count })
        switch format {
        case .text:
            let style = TextStyle.forTerminal(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
            print(report.text(style: style, mapName: map.header.name), terminator: "")
        case .json:
            print(try report.json(mapName: map.header.name), terminator: "")
        }
        if report.hasDrift { throw ExitCode(1) }
    }
}

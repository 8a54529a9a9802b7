import Foundation

/// What `terraform show -json` prints for a plan or a state, reduced to the managed resources
/// with their attributes and the region their provider configuration sets. The format is
/// HashiCorp's (developer.hashicorp.com/terraform/internals/json-format): a state keeps its
/// resources under `values.root_module`, a plan under `planned_values.root_module` (and the
/// values after the change in `resource_changes[].change.after`); modules nest as
/// `child_modules`; `configuration.provider_config` holds each provider's settings, a region
/// either as `constant_value` or as a reference to a variable whose value is in `variables`.
public struct TerraformDocument: Sendable {
    public let file: String
    public let resources: [TerraformResource]

    public init(file: String, resources: [TerraformResource]) {
        self.file = file
        self.resources = resources
    }

    /// Reads a JSON file; the error says what is wrong in words.
    public static func read(path: String) throws(MapFileError) -> TerraformDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MapFileError(path: path, message: "cannot read \(TerminalText.sanitize(path)): no such file, or not readable")
        }
        return try parse(data, file: path)
    }

    public static func parse(_ data: Data, file: String) throws(MapFileError) -> TerraformDocument {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw MapFileError(path: file, message: "\(TerminalText.sanitize(file)) is not JSON: make it with `terraform show -json PLAN > plan.json` (or with no PLAN for the state)")
        }
        guard root["format_version"] != nil, root["values"] != nil || root["planned_values"] != nil || root["resource_changes"] != nil else {
            throw MapFileError(path: file, message: "\(TerminalText.sanitize(file)) is JSON but not Terraform's: expected `format_version` and `values` or `planned_values` (from `terraform show -json`)")
        }
        let regions = ProviderRegions(root)
        var byAddress: [String: TerraformResource] = [:]
        var order: [String] = []
        func add(_ value: JSONValue) {
            guard value["mode"]?.string ?? "managed" == "managed",
                  let address = value["address"]?.string, let type = value["type"]?.string else { return }
            let values = value["values"] ?? value["change"]?["after"] ?? .null
            let resource = TerraformResource(address: address, type: type, values: values,
                                             providerRegion: regions.region(for: address, type: type), file: file)
            if byAddress[address] == nil { order.append(address) }
            byAddress[address] = resource
        }
        func walk(_ module: JSONValue?) {
            guard let module else { return }
            module["resources"]?.array.forEach(add)
            module["child_modules"]?.array.forEach { walk($0) }
        }
        // Resource changes first, so planned values (complete where known) win.
        for change in root["resource_changes"]?.array ?? [] {
            let actions = change["change"]?["actions"]?.array.compactMap(\.string) ?? []
            if actions == ["delete"] { continue }
            add(change)
        }
        walk(root["values"]?["root_module"])
        walk(root["planned_values"]?["root_module"])
        return TerraformDocument(file: file, resources: order.compactMap { byAddress[$0] })
    }
}

/// The region each AWS provider configuration sets, and which configuration a resource uses.
private struct ProviderRegions {
    /// Provider configuration key (`aws`, `aws.replica`, `module.db:aws`) to its region, when known.
    var regionByKey: [String: String] = [:]
    /// Every AWS configuration key, with a region or without one (then it comes from the environment).
    var awsKeys: Set<String> = []
    /// Resource address (without index) to the provider configuration key it uses.
    var keyByResource: [String: String] = [:]

    init(_ root: JSONValue) {
        let variables = root["variables"]?.object ?? [:]
        for (key, config) in root["configuration"]?["provider_config"]?.object ?? [:] {
            guard config["name"]?.string == "aws" else { continue }
            awsKeys.insert(key)
            let region = config["expressions"]?["region"]
            if let constant = region?["constant_value"]?.string {
                regionByKey[key] = constant
            } else if let reference = region?["references"]?.array.first?.string, reference.hasPrefix("var."),
                      let value = variables[String(reference.dropFirst(4))]?["value"]?.string {
                regionByKey[key] = value
            }
        }
        func walk(_ module: JSONValue?, prefix: String) {
            guard let module else { return }
            for resource in module["resources"]?.array ?? [] {
                if let address = resource["address"]?.string, let key = resource["provider_config_key"]?.string {
                    keyByResource[prefix + address] = key
                }
            }
            for (name, call) in module["module_calls"]?.object ?? [:] {
                walk(call["module"], prefix: prefix + "module.\(name).")
            }
        }
        walk(root["configuration"]?["root_module"], prefix: "")
    }

    func region(for address: String, type: String) -> String? {
        guard type.hasPrefix("aws_") else { return nil }
        let base = address.hasSuffix("]") ? String(address[..<(address.lastIndex(of: "[") ?? address.endIndex)]) : address
        if let key = keyByResource[base] {
            if let region = regionByKey[key] { return region }
            // A configuration of its own that sets no region: the environment decides, unknown here.
            if awsKeys.contains(key) { return nil }
            // Older Terraform writes `module.db:aws` for a provider passed down unchanged.
            if let colon = key.lastIndex(of: ":"), let region = regionByKey[String(key[key.index(after: colon)...])] {
                return region
            }
            return nil
        }
        // One AWS configuration only: every AWS resource uses it.
        let regions = Set(regionByKey.values)
        return regions.count == 1 && regionByKey.count == 1 ? regions.first : regionByKey["aws"]
    }
}

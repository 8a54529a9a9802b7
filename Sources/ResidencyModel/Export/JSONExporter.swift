import Foundation

/// Writes the whole map plus its evaluation as JSON (schema: `ExportDocument`, docs/export.md).
///
/// ```swift
/// let json = try JSONExporter(today: .today()).render(map)
/// ```
public struct JSONExporter: Sendable {
    public var catalogue: RegionCatalogue
    public var today: ISODate

    public init(catalogue: RegionCatalogue = .standard, today: ISODate) {
        self.catalogue = catalogue
        self.today = today
    }

    /// Evaluates the map, then writes pretty-printed JSON with sorted keys, ending in a newline.
    public func render(_ map: ResidencyMap) throws -> String {
        let evaluation = ResidencyEvaluator(catalogue: catalogue, today: today).evaluate(map)
        return try render(map, evaluation: evaluation)
    }

    /// The export as text: what `write` writes, collected.
    public func render(_ map: ResidencyMap, evaluation: Evaluation) throws -> String {
        StringSink.collect { write(map, evaluation: evaluation, to: $0) }
    }

    /// Evaluates the map, then writes the export into `sink`.
    public func write(_ map: ResidencyMap, to sink: TextSink) {
        write(map, evaluation: ResidencyEvaluator(catalogue: catalogue, today: today).evaluate(map), to: sink)
    }

    /// Writes pretty-printed JSON with sorted keys, each breach and uncertainty on one line,
    /// ending in a newline, into `sink` as it goes: claim by claim, each claim's breaches made,
    /// written and let go, so a large map's export is never held in memory. Decoded, it is
    /// `document(_:evaluation:)`.
    public func write(_ map: ResidencyMap, evaluation: Evaluation, to sink: TextSink) {
        let day = evaluation.today
        let builder = Builder(catalogue: catalogue)
        var json = JSONText(into: sink)
        json.object { o in
            o.field("evaluation")
            builder.writeEvaluation(evaluation, to: &o)
            o.field("fingerprint", MapFingerprint.of(map))
            o.field("map")
            builder.map(map, today: day).write(to: &o)
            o.field("places")
            o.array(builder.placeList()) { $1.write(to: &$0) }
            o.field("review")
            ReviewJSON(ReviewState(map: map)).write(to: &o)
            o.field("schema_version", ExportDocument.currentSchemaVersion)
            o.field("today", day.description)
        }
        json.finish(appending: "\n")
    }

    /// The document as values, for callers that want to inspect or re-encode it.
    public func document(_ map: ResidencyMap, evaluation: Evaluation) -> ExportDocument {
        let day = evaluation.today
        let builder = Builder(catalogue: catalogue)
        // The evaluation first, as `write` writes it, so places get the same order.
        let evaluationJSON = builder.evaluation(evaluation)
        let mapJSON = builder.map(map, today: day)
        return ExportDocument(
            schemaVersion: ExportDocument.currentSchemaVersion,
            today: day.description,
            fingerprint: MapFingerprint.of(map),
            map: mapJSON,
            evaluation: evaluationJSON,
            review: ReviewJSON(ReviewState(map: map)),
            places: builder.placeList()
        )
    }

    /// Turns model values into schema values, resolving and describing each distinct place once.
    /// A class for its cache; lives for one export.
    private final class Builder {
        let catalogue: RegionCatalogue
        /// Every place the export names, listed once; breaches and locations give ids into it.
        private let places = JSONPlaceTable()

        init(catalogue: RegionCatalogue) {
            self.catalogue = catalogue
        }

        typealias D = ExportDocument

        func map(_ map: ResidencyMap, today: ISODate) -> D.MapJSON {
            var resolvedCodes: [String: Place?] = [:]
            func place(_ code: String) -> Place? {
                if let cached = resolvedCodes[code] { return cached }
                let found = catalogue.place(for: code)
                resolvedCodes[code] = found
                return found
            }
            let header = map.header
            return D.MapJSON(
                formatVersion: map.formatVersion,
                header: D.HeaderJSON(
                    name: header.name, owner: header.owner, lastReviewed: header.lastReviewed?.description,
                    reviewIntervalDays: header.reviewIntervalDays, reviewDue: header.reviewDue?.description,
                    reviewOverdue: header.isReviewOverdue(on: today),
                    signOffs: header.signOffs.map {
                        D.SignOffJSON(by: $0.by, team: $0.team, on: $0.on?.description, fingerprint: $0.fingerprint,
                                      revision: $0.revision)
                    }),
                offerings: map.offerings.map {
                    D.OfferingJSON(id: $0.id, name: $0.name, region: $0.region.terms,
                                   hasNone: $0.hasNone.isEmpty ? nil : $0.hasNone.map(\.rawValue))
                },
                dataCategories: map.dataCategories.map { D.CategoryJSON(id: $0.id, name: $0.name, personal: $0.personal) },
                dataCategoriesDeclared: map.declaredCategories != nil,
                systems: map.systems.map { system in
                    let codes = system.location.codes
                    let resolved = codes.compactMap(place)
                    return D.SystemJSON(
                        id: system.id, name: system.name, kind: system.kind.rawValue, vendor: system.vendor,
                        location: D.LocationJSON(
                            codes: codes, unknown: system.location.isUnknown,
                            places: places.ids(for: resolved),
                            unresolved: codes.filter { place($0) == nil },
                            description: catalogue.describe(system.location)),
                        data: system.data, retention: system.retention.map(retentionJSON), offerings: system.offerings,
                        status: system.status.rawValue,
                        evidence: system.evidence.map { D.EvidenceJSON(how: $0.how, on: $0.on?.description, by: $0.by) },
                        notes: system.notes, transferBasis: system.transferBasis?.rawValue)
                },
                copies: map.copies.map {
                    D.CopyJSON(from: $0.from, to: $0.to, kind: $0.kind.rawValue, schedule: $0.schedule,
                               retention: $0.retention.map(retentionJSON), notes: $0.notes)
                },
                roles: map.roles.map { role in
                    D.RoleJSON(
                        id: role.id, name: role.name, team: role.team, countries: role.countries, headcount: role.headcount,
                        access: role.access.map {
                            D.GrantJSON(system: $0.system, can: $0.capabilities.map(\.rawValue), when: $0.when.rawValue,
                                        recorded: $0.recorded)
                        },
                        notes: role.notes)
                },
                flows: map.flows.map { flow in
                    D.FlowJSON(id: flow.id, name: flow.name, trigger: flow.trigger, steps: flow.steps.enumerated().map { i, step in
                        D.StepJSON(step: i + 1, system: step.system, data: step.data, when: step.when.rawValue, notes: step.notes,
                                   from: step.from?.text)
                    })
                },
                claims: map.claims.map {
                    D.ClaimJSON(id: $0.id, text: $0.text, offering: $0.offering, region: $0.region?.terms, data: $0.data,
                                scope: $0.scope?.map(\.rawValue))
                },
                exceptions: map.exceptions.map { exception in
                    D.ExceptionJSON(
                        id: exception.id, claim: exception.claim, covers: targetJSON(exception.covers),
                        reason: exception.reason, approvedBy: exception.approvedBy,
                        approvedOn: exception.approvedOn?.description, expires: exception.expires?.description,
                        active: exception.isActive(on: today))
                }
            )
        }

        func evaluation(_ evaluation: Evaluation) -> D.EvaluationJSON {
            D.EvaluationJSON(
                passed: evaluation.passes,
                summary: summary(evaluation),
                claims: evaluation.claims.map { claimResultJSON($0, lists: $0.listsReadOnce) },
                findings: evaluation.findings.map(findingJSON)
            )
        }

        /// The evaluation as `evaluation(_:)` gives it, written claim by claim.
        func writeEvaluation(_ evaluation: Evaluation, to json: inout JSONText) {
            json.object { o in
                o.field("claims")
                o.array(evaluation.claims) { json, result in
                    claimResultJSON(result, lists: result.listsReadOnce).write(to: &json)
                }
                o.field("findings")
                o.array(evaluation.findings) { findingJSON($1).write(to: &$0) }
                o.field("passed", evaluation.passes)
                o.field("summary")
                summary(evaluation).write(to: &o)
            }
        }

        private func summary(_ evaluation: Evaluation) -> D.SummaryJSON {
            var verdicts: [Verdict: Int] = [:]
            for result in evaluation.claims { verdicts[result.verdict, default: 0] += 1 }
            var severities: [Severity: Int] = [:]
            for finding in evaluation.findings { severities[finding.severity, default: 0] += 1 }
            return D.SummaryJSON(
                claims: evaluation.claims.count, holds: verdicts[.holds] ?? 0,
                holdsWithExceptions: verdicts[.holdsWithExceptions] ?? 0, unknown: verdicts[.unknown] ?? 0,
                broken: verdicts[.broken] ?? 0, errors: severities[.error] ?? 0,
                warnings: severities[.warning] ?? 0, info: severities[.info] ?? 0)
        }

        private func findingJSON(_ finding: Finding) -> D.FindingJSON {
            D.FindingJSON(id: finding.id, severity: finding.severity.rawValue, title: finding.kind.title,
                          subject: finding.subject.reference, message: finding.message, fix: finding.fix)
        }

        private func claimResultJSON(_ result: ClaimResult, lists: (breaches: [Breach], uncertainties: [Uncertainty])) -> D.ClaimResultJSON {
            D.ClaimResultJSON(
                claim: result.claim.id, region: result.region.terms, data: result.data, verdict: result.verdict.rawValue,
                answer: result.answer.text, answerSummary: result.answer.summary,
                openBreachCount: result.openBreachCount, coveredBreachCount: result.coveredBreachCount,
                uncertaintyCount: result.uncertaintyCount,
                breaches: lists.breaches.map { breach in
                    D.BreachJSON(
                        aspect: breach.aspect.rawValue, subject: breach.subject.reference, system: breach.system,
                        places: places.ids(for: breach.places), status: breach.status.rawValue, data: breach.data,
                        access: breach.access.map {
                            D.AccessJSON(role: $0.role, capabilities: $0.capabilities.map(\.rawValue),
                                         condition: $0.condition.rawValue, recorded: $0.recorded,
                                         headcount: $0.headcount, countries: $0.countries)
                        },
                        coveredBy: breach.coveredBy, lapsedException: breach.lapsedException, message: breach.message)
                },
                uncertainties: lists.uncertainties.map {
                    D.UncertaintyJSON(aspect: $0.aspect?.rawValue, subject: $0.subject.reference, reason: $0.reason.rawValue,
                                      data: $0.data, places: places.ids(for: $0.places), message: $0.message)
                }
            )
        }

        /// The places named so far, described, in the order first named.
        func placeList() -> [D.PlaceJSON] {
            places.entries.map { id, place in
                D.PlaceJSON(id: id, code: place.code, description: catalogue.describe(place), city: place.city,
                            country: place.country, jurisdiction: place.jurisdiction)
            }
        }

        private func retentionJSON(_ retention: Retention) -> D.RetentionJSON {
            D.RetentionJSON(text: retention.text, days: retention.days)
        }

        private func targetJSON(_ target: ExceptionTarget) -> D.TargetJSON {
            switch target {
            case .system(let id): return D.TargetJSON(type: "system", system: id)
            case .role(let id): return D.TargetJSON(type: "role", role: id)
            case .flowStep(let flow, let step): return D.TargetJSON(type: "flow_step", flow: flow, step: step)
            case .copy(let from, let to, let kind): return D.TargetJSON(type: "copy", from: from, to: to, kind: kind.rawValue)
            }
        }
    }
}

/// Each schema value written as `JSONEncoder` writes it (`JSONText`), keys in ascending order.
/// Only `JSONExporter` uses these, to write large exports without the encoder's copy of them.
extension ExportDocument {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("evaluation")
            evaluation.write(to: &o)
            o.field("fingerprint", fingerprint)
            o.field("map")
            map.write(to: &o)
            o.field("places")
            o.array(places) { $1.write(to: &$0) }
            o.field("review")
            review.write(to: &o)
            o.field("schema_version", schemaVersion)
            o.field("today", today)
        }
    }
}

extension ExportDocument.MapJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("claims")
            o.array(claims) { $1.write(to: &$0) }
            o.field("copies")
            o.array(copies) { $1.write(to: &$0) }
            o.field("data_categories")
            o.array(dataCategories) { $1.write(to: &$0) }
            o.field("data_categories_declared", dataCategoriesDeclared)
            o.field("exceptions")
            o.array(exceptions) { $1.write(to: &$0) }
            o.field("flows")
            o.array(flows) { $1.write(to: &$0) }
            o.field("format_version", formatVersion)
            o.field("header")
            header.write(to: &o)
            o.field("offerings")
            o.array(offerings) { $1.write(to: &$0) }
            o.field("roles")
            o.array(roles) { $1.write(to: &$0) }
            o.field("systems")
            o.array(systems) { $1.write(to: &$0) }
        }
    }
}

extension ExportDocument.HeaderJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("last_reviewed", lastReviewed)
            o.field("name", name)
            o.field("owner", owner)
            o.field("review_due", reviewDue)
            o.field("review_interval_days", reviewIntervalDays)
            o.field("review_overdue", reviewOverdue)
            o.field("sign_offs")
            o.array(signOffs) { $1.write(to: &$0) }
        }
    }
}

extension ExportDocument.SignOffJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("by", by)
            o.field("fingerprint", fingerprint)
            o.field("on", on)
            o.field("revision", revision)
            o.field("team", team)
        }
    }
}

extension ExportDocument.OfferingJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("has_none", hasNone)
            o.field("id", id)
            o.field("name", name)
            o.field("region", region)
        }
    }
}

extension ExportDocument.CategoryJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("id", id)
            o.field("name", name)
            o.field("personal", personal)
        }
    }
}

extension ExportDocument.SystemJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("data", data)
            if let evidence {
                o.field("evidence")
                evidence.write(to: &o)
            }
            o.field("id", id)
            o.field("kind", kind)
            o.field("location")
            location.write(to: &o)
            o.field("name", name)
            o.field("notes", notes)
            o.field("offerings", offerings)
            if let retention {
                o.field("retention")
                retention.write(to: &o)
            }
            o.field("status", status)
            o.field("transfer_basis", transferBasis)
            o.field("vendor", vendor)
        }
    }
}

extension ExportDocument.LocationJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("codes", codes)
            o.field("description", description)
            o.field("places", places)
            o.field("unknown", unknown)
            o.field("unresolved", unresolved)
        }
    }
}

extension ExportDocument.PlaceJSON {
    func write(to json: inout JSONText) {
        json.inlineObject { o in
            o.field("city", city)
            o.field("code", code)
            o.field("country", country)
            o.field("description", description)
            o.field("id", id)
            o.field("jurisdiction", jurisdiction)
        }
    }
}

extension ExportDocument.RetentionJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("days", days)
            o.field("text", text)
        }
    }
}

extension ExportDocument.EvidenceJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("by", by)
            o.field("how", how)
            o.field("on", on)
        }
    }
}

extension ExportDocument.CopyJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("from", from)
            o.field("kind", kind)
            o.field("notes", notes)
            if let retention {
                o.field("retention")
                retention.write(to: &o)
            }
            o.field("schedule", schedule)
            o.field("to", to)
        }
    }
}

extension ExportDocument.RoleJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("access")
            o.array(access) { $1.write(to: &$0) }
            o.field("countries", countries)
            o.field("headcount", headcount)
            o.field("id", id)
            o.field("name", name)
            o.field("notes", notes)
            o.field("team", team)
        }
    }
}

extension ExportDocument.GrantJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("can", can)
            o.field("recorded", recorded)
            o.field("system", system)
            o.field("when", when)
        }
    }
}

extension ExportDocument.FlowJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("id", id)
            o.field("name", name)
            o.field("steps")
            o.array(steps) { $1.write(to: &$0) }
            o.field("trigger", trigger)
        }
    }
}

extension ExportDocument.StepJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("data", data)
            o.field("from", from)
            o.field("notes", notes)
            o.field("step", step)
            o.field("system", system)
            o.field("when", when)
        }
    }
}

extension ExportDocument.ClaimJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("data", data)
            o.field("id", id)
            o.field("offering", offering)
            o.field("region", region)
            o.field("scope", scope)
            o.field("text", text)
        }
    }
}

extension ExportDocument.ExceptionJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("active", active)
            o.field("approved_by", approvedBy)
            o.field("approved_on", approvedOn)
            o.field("claim", claim)
            o.field("covers")
            covers.write(to: &o)
            o.field("expires", expires)
            o.field("id", id)
            o.field("reason", reason)
        }
    }
}

extension ExportDocument.TargetJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("flow", flow)
            o.field("from", from)
            o.field("kind", kind)
            o.field("role", role)
            o.field("step", step)
            o.field("system", system)
            o.field("to", to)
            o.field("type", type)
        }
    }
}

extension ExportDocument.EvaluationJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("claims")
            o.array(claims) { $1.write(to: &$0) }
            o.field("findings")
            o.array(findings) { $1.write(to: &$0) }
            o.field("passed", passed)
            o.field("summary")
            summary.write(to: &o)
        }
    }
}

extension ExportDocument.SummaryJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("broken", broken)
            o.field("claims", claims)
            o.field("errors", errors)
            o.field("holds", holds)
            o.field("holds_with_exceptions", holdsWithExceptions)
            o.field("info", info)
            o.field("unknown", unknown)
            o.field("warnings", warnings)
        }
    }
}

extension ExportDocument.ClaimResultJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("answer", answer)
            o.field("answer_summary", answerSummary)
            o.field("breaches")
            o.array(breaches) { $1.write(to: &$0) }
            o.field("claim", claim)
            o.field("covered_breach_count", coveredBreachCount)
            o.field("data", data)
            o.field("open_breach_count", openBreachCount)
            o.field("region", region)
            o.field("uncertainties")
            o.array(uncertainties) { $1.write(to: &$0) }
            o.field("uncertainty_count", uncertaintyCount)
            o.field("verdict", verdict)
        }
    }
}

/// One line per breach and per uncertainty: a map can have hundreds of thousands.
extension ExportDocument.BreachJSON {
    func write(to json: inout JSONText) {
        json.inlineObject { o in
            if let access {
                o.field("access")
                access.write(to: &o)
            }
            o.field("aspect", aspect)
            o.field("covered_by", coveredBy)
            o.field("data", data)
            o.field("lapsed_exception", lapsedException)
            o.field("message", message)
            o.field("places", places)
            o.field("status", status)
            o.field("subject", subject)
            o.field("system", system)
        }
    }
}

extension ExportDocument.AccessJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("capabilities", capabilities)
            o.field("condition", condition)
            o.field("countries", countries)
            o.field("headcount", headcount)
            o.field("recorded", recorded)
            o.field("role", role)
        }
    }
}

extension ExportDocument.UncertaintyJSON {
    func write(to json: inout JSONText) {
        json.inlineObject { o in
            o.field("aspect", aspect)
            o.field("data", data)
            o.field("message", message)
            o.field("places", places)
            o.field("reason", reason)
            o.field("subject", subject)
        }
    }
}

extension ExportDocument.FindingJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("fix", fix)
            o.field("id", id)
            o.field("message", message)
            o.field("severity", severity)
            o.field("subject", subject)
            o.field("title", title)
        }
    }
}

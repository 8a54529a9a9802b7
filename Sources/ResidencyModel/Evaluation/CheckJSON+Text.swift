/// The check report's values written as `JSONEncoder` writes them (`JSONText`), keys in ascending
/// order; `CheckJSON.encode` uses these.
extension CheckJSON.Summary {
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

extension CheckJSON.ClaimJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("answer", answer)
            o.field("answer_summary", answerSummary)
            o.field("breaches")
            o.array(breaches) { $1.write(to: &$0) }
            o.field("covered_breach_count", coveredBreachCount)
            o.field("data", data)
            o.field("id", id)
            o.field("offering", offering)
            o.field("open_breach_count", openBreachCount)
            o.field("region", region)
            o.field("scope", scope)
            o.field("text", text)
            o.field("uncertainties")
            o.array(uncertainties) { $1.write(to: &$0) }
            o.field("uncertainty_count", uncertaintyCount)
            o.field("verdict", verdict)
        }
    }
}

/// One line per breach: a map can have hundreds of thousands.
extension CheckJSON.BreachJSON {
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

extension CheckJSON.UncertaintyJSON {
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

extension CheckJSON.AccessJSON {
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

extension CheckJSON.PlaceJSON {
    func write(to json: inout JSONText) {
        json.inlineObject { o in
            o.field("code", code)
            o.field("country", country)
            o.field("description", description)
            o.field("id", id)
            o.field("jurisdiction", jurisdiction)
        }
    }
}

extension CheckJSON.FindingJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("fix", fix)
            o.field("id", id)
            o.field("message", message)
            o.field("severity", severity)
            o.field("subject")
            subject.write(to: &o)
            o.field("title", title)
        }
    }
}

extension CheckJSON.SubjectJSON {
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("flow", flow)
            o.field("from", from)
            o.field("id", id)
            o.field("kind", kind)
            o.field("ref", ref)
            o.field("role", role)
            o.field("step", step)
            o.field("system", system)
            o.field("to", to)
            o.field("type", type)
        }
    }
}

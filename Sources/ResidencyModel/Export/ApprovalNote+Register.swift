/// Section 8: the exceptions register and the open findings.
extension ApprovalNoteWriter {
    func writeRegister() {
        document.heading(2, "Exceptions and open findings")
        writeExceptions()
        writeFindings()
    }

    private func writeExceptions() {
        document.heading(3, "Exceptions register")
        guard !map.exceptions.isEmpty else {
            document.paragraph("No exceptions are recorded.")
            return
        }
        let rows: [[Markup]] = map.exceptions.map { exception in
            [
                "\(exception.id)",
                "\(exception.claim)",
                "\(coverWords(exception.covers))",
                "\(exception.reason)",
                "\(exception.approvedBy)",
                "\(exception.approvedOn?.description ?? "not written")",
                "\(exception.expires?.description ?? "never")",
                exceptionState(exception),
            ]
        }
        document.table(["Exception", "Claim", "Covers", "Reason", "Approved by", "Approved on", "Expires", "State"], rows: rows)
    }

    private func writeFindings() {
        document.heading(3, "Open findings")
        guard !evaluation.findings.isEmpty else {
            document.paragraph("No open findings.")
            return
        }
        for severity in Severity.allCases.reversed() {
            let findings = evaluation.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            let title: String
            switch severity {
            case .error: title = "Errors"
            case .warning: title = "Warnings"
            case .info: title = "For information"
            }
            document.paragraph("**\(title) (\(findings.count)):**")
            document.bullets(findings.map { finding in
                "**\(finding.kind.title):** \(finding.message) *Fix:* \(finding.fix)"
            })
        }
    }
}

import Hummingbird
import HuizongCore

/// The API's 审核说明 endpoints: the accountant explains a warning, the office decides.
extension APIRoutes {
    func addExplanations(to api: RouterGroup<PortalContext>) {
        api.post("submissions/:id/explanations", use: explain)
        api.post("submissions/:id/explanations/:finding/decision", use: decide)
    }

    /// `{"finding": K, "text": T}` or `{"finding": K, "confirm": true}`: 201 with the explanation.
    @Sendable func explain(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession(csrf: request.headers[.csrfToken])
        let body = try await JSONBody.decode(APIModels.ExplainRequest.self, request, context)
        let input: PortalService.ExplanationInput = body.confirm == true ? .confirm : .text(body.text ?? "")
        let id = try Self.id(context)
        let answer = try await service.explain(session, id: id, finding: body.finding, input)
        return try JSONAnswer.ok(APIModels.ExplanationJSON(answer.explanation, year: answer.year), status: .created)
    }

    /// `{"decision": "accepted"|"rejected", "comment": …}`: 200 with the explanation.
    @Sendable func decide(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession(csrf: request.headers[.csrfToken])
        let body = try await JSONBody.decode(APIModels.DecisionRequest.self, request, context)
        let verdict = try Self.verdict(body.decision)
        let answer = try await service.decide(
            session, id: try Self.id(context), finding: try Self.finding(context), verdict: verdict,
            comment: body.comment)
        return try JSONAnswer.ok(APIModels.ExplanationJSON(answer.explanation, year: answer.year))
    }

    /// `accepted` or `rejected` (400 otherwise).
    static func verdict(_ text: String?) throws -> Explanation.Verdict {
        try Query(["decision": text ?? ""]).require(
            "decision", Explanation.Verdict.init(rawValue:), Explanation.Verdict.allCases.map(\.rawValue))
    }

    /// The `:finding` path parameter.
    static func finding(_ context: PortalContext) throws -> String {
        guard let finding = context.parameters.get("finding") else { throw PortalError.notFound }
        return finding
    }
}

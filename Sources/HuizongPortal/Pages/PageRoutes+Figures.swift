import Hummingbird
import HuizongCore

extension PageRoutes {
    /// The most lines of one unit the figure page shows; `huizong explain-figure` gives all.
    static let figureLineLimit = 1000

    func addFigures(to router: Router<PortalContext>) {
        router.get("figures", use: figure)
    }

    /// `/figures?unit=&year=[&run=N]&key=[&lines=UNIT]`: a figure's units, and one unit's lines
    /// (of the current run, or of run N).
    @Sendable func figure(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (node, year) = try Self.nodeAndYear(request, session)
        let query = Query(request)
        guard let text = query["key"] else {
            throw PortalError.badRequest(.missingParameter(name: "key", accepted: FigureKey.shapes))
        }
        // A report's link names its run, so that the page shows the run the report was written from.
        // Not a run number: no such page, as for /runs/abc.
        let run = try query["run"].map { text in
            guard let run = Int64(text), run > 0 else { throw PortalError.notFound }
            return run
        }
        if FigureRate.isRate(text) {
            let rate = try await service.rate(session, node: node, year: year, run: run, key: text)
            return Pages.rate(rate, year: year, run: run, session: session)
        }
        let key = try FigureKey.parse(text)
        let view = try await service.figure(
            session, node: node, year: year, run: run, key: key, unit: query["lines"], limit: Self.figureLineLimit)
        return Pages.figure(view, year: year, run: run, session: session)
    }
}

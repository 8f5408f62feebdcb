import Testing

@testable import HuizongCore

@Suite("Fen")
struct IntakeFenTests {
    @Test(
        "description is yuan with two decimals",
        arguments: [
            (Int64(8), "0.08"), (1_000_000, "10000.00"), (9_999_999_999_999_999, "99999999999999.99"),
            (150, "1.50"), (0, "0.00"), (123_456, "1234.56"), (-305, "-3.05"),
            (Int64.min, "-92233720368547758.08"), (Int64.max, "92233720368547758.07"), (-5, "-0.05"),
            (10, "0.10"), (-100_000, "-1000.00"),
        ])
    func description(fen: Int64, text: String) {
        #expect(Fen(fen).description == text)
    }

    @Test("orders by value")
    func ordering() {
        #expect(Fen(-1) < Fen(0))
        #expect(Fen(99) < Fen(100))
        #expect([Fen(3), Fen(1), Fen(2)].max() == Fen(3))
    }
}

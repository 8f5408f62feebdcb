import Foundation
import Testing

@testable import HuizongCore

/// Times as the office reads them: one formatter, the office's zone, two formats.
@Suite("office time")
struct OfficeTimeTests {
    /// 2023-03-20T07:50:00Z.
    let instant = Date(timeIntervalSince1970: 1_679_298_600)

    @Test("a UTC instant is Shanghai's wall time, for pages and for listings")
    func shanghai() throws {
        let office = try #require(OfficeTime(identifier: "Asia/Shanghai"))
        #expect(office.page(instant) == "2023年3月20日 15:50")
        #expect(office.listing(instant) == "2023-03-20 15:50")
        #expect(office.iso(instant) == "2023-03-20T15:50:00+08:00")
        #expect(office.listing(utc: "2023-03-20T07:50:00Z") == "2023-03-20 15:50")
        #expect(office.page(utc: "2023-03-20 07:50:00") == "2023年3月20日 15:50")
        #expect(OfficeTime.utc("2023-03-20T07:50:00Z") == instant)
        #expect(office.listing(utc: "not a time") == "not a time")
    }

    @Test("the zone comes from HUIZONG_TIMEZONE, Asia/Shanghai by default")
    func configured() {
        #expect(OfficeTime.configured([:]).timeZone.identifier == "Asia/Shanghai")
        #expect(OfficeTime.configured(["HUIZONG_TIMEZONE": "UTC"]).listing(instant) == "2023-03-20 07:50")
        let newYork = OfficeTime.configured(["HUIZONG_TIMEZONE": "America/New_York"])
        #expect(newYork.listing(instant) == "2023-03-20 03:50" && newYork.iso(instant) == "2023-03-20T03:50:00-04:00")
        #expect(OfficeTime.configured(["HUIZONG_TIMEZONE": "Nowhere/Else"]).timeZone.identifier == "Asia/Shanghai")
        // the day turns over at the office's midnight, not UTC's
        #expect(OfficeTime.configured([:]).page(Date(timeIntervalSince1970: 1_679_328_000)) == "2023年3月21日 00:00")
    }
}

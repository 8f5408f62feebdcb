import Testing
import XLSX

@Suite struct ValidationTests {
    static func ref(_ text: String) -> CellReference { CellReference(text)! }
    static func range(_ first: String, _ last: String) -> CellRange { CellRange(ref(first), ref(last)) }

    static func sheet(_ change: (inout Worksheet) -> Void) -> Workbook {
        var sheet = Worksheet(name: "S")
        change(&sheet)
        return Workbook(sheets: [sheet, Worksheet(name: "代码")])
    }

    @Test(arguments: ["3708.44", "-12", "0.5", "+7", "007", "-0"])
    func acceptsDecimals(lexical: String) {
        #expect(CellContent.isValidNumber(lexical))
    }

    @Test(arguments: ["", "-", "+", ".5", "5.", "1.2.3", "1e5", "NaN", "inf", " 1", "1,000", "１２", "--1", "0x1F"])
    func refusesNonDecimals(lexical: String) throws {
        #expect(!CellContent.isValidNumber(lexical))
        let workbook = Self.sheet { $0.set(Self.ref("B2"), .number(lexical)) }
        #expect(throws: XLSXWriteError.invalidNumber(sheet: "S", cell: "B2", lexical)) { try workbook.bytes() }
    }

    @Test(arguments: [
        "", String(repeating: "表", count: 32), "a:b", "a/b", "a\\b", "a?b", "a*b", "[a]", "'a", "a'", "History",
    ])
    func refusesSheetNames(name: String) {
        #expect(!Worksheet.isValidName(name))
        #expect(throws: XLSXWriteError.invalidSheetName(name)) { try Workbook(sheets: [Worksheet(name: name)]).bytes() }
    }

    @Test func acceptsSheetNames() throws {
        for name in [String(repeating: "表", count: 31), "O'Brien", "表1 收入（万元）"] {
            #expect(Worksheet.isValidName(name))
        }
        #expect(throws: XLSXWriteError.duplicateSheetName("s")) {
            try Workbook(sheets: [Worksheet(name: "S"), Worksheet(name: "s")]).bytes()
        }
    }

    @Test func refusesWorkbookProblems() {
        #expect(throws: XLSXWriteError.noSheets) { try Workbook().bytes() }
        var hidden = Self.sheet { $0.state = .hidden }
        #expect(throws: XLSXWriteError.invalidActiveSheet(0)) { try hidden.bytes() }
        hidden.activeSheet = 1
        #expect(throws: Never.self) { try hidden.bytes() }
        hidden.activeSheet = 2
        #expect(throws: XLSXWriteError.invalidActiveSheet(2)) { try hidden.bytes() }
    }

    @Test func refusesOverlappingOrSingleCellMerges() {
        let overlap = Self.sheet {
            $0.merge(Self.range("A1", "C2"))
            $0.merge(Self.range("C2", "D3"))
        }
        #expect(throws: XLSXWriteError.invalidMerge(sheet: "S", "A1:C2 overlaps C2:D3")) { try overlap.bytes() }
        let single = Self.sheet { $0.merge(Self.range("B2", "B2")) }
        #expect(throws: XLSXWriteError.invalidMerge(sheet: "S", "single cell B2:B2")) { try single.bytes() }
    }

    @Test func refusesListsExcelCannotHold() throws {
        let cases: [DataValidation.ListSource] = [
            .values([]), .values(["a,b"]), .values(["say \"hi\""]),
            .values(Array(repeating: "abcdefghi", count: 26)), .range(sheet: "Missing", Self.range("A1", "A3")),
        ]
        for list in cases {
            let workbook = Self.sheet {
                $0.dataValidations = [DataValidation(range: Self.range("A1", "A9"), list: list)]
            }
            #expect(throws: XLSXWriteError.self) { try workbook.bytes() }
        }
        let long = Self.sheet {
            $0.dataValidations = [
                DataValidation(
                    range: Self.range("A1", "A9"), list: .values(["a"]), promptTitle: String(repeating: "长", count: 33))
            ]
        }
        #expect(throws: XLSXWriteError.self) { try long.bytes() }
        let fits = Self.sheet {
            $0.dataValidations = [
                DataValidation(range: Self.range("A1", "A9"), list: .values(Array(repeating: "abcdefghi", count: 25)))
            ]
        }
        #expect(throws: Never.self) { try fits.bytes() }
    }

    @Test func refusesBadStylesAndLayout() {
        let fill = Self.sheet { $0.style(Self.ref("A1"), CellStyle(fill: "red")) }
        #expect(throws: XLSXWriteError.invalidFill("red")) { try fill.bytes() }
        let font = Self.sheet { $0.style(Self.ref("A1"), CellStyle(fontSize: 0)) }
        #expect(throws: XLSXWriteError.self) { try font.bytes() }
        let width = Self.sheet { $0.columnWidths[0] = 10 }
        #expect(throws: XLSXWriteError.self) { try width.bytes() }
        let height = Self.sheet { $0.rowHeights[1] = 500 }
        #expect(throws: XLSXWriteError.self) { try height.bytes() }
        let long = Self.sheet { $0.set(Self.ref("C3"), .text(String(repeating: "长", count: 32_768))) }
        #expect(throws: XLSXWriteError.textTooLong(sheet: "S", cell: "C3")) { try long.bytes() }
        let outside = Self.sheet { $0.set(CellReference(row: 0, column: 1), .text("x")) }
        #expect(throws: XLSXWriteError.self) { try outside.bytes() }
    }

    @Test func rgbFillBecomesOpaqueARGB() throws {
        let workbook = Self.sheet { $0.style(Self.ref("A1"), CellStyle(fill: "f2f2f2")) }
        let styles = try WrittenPackage(workbook).part("xl/styles.xml")
        #expect(styles.contains(#"<fgColor rgb="FFF2F2F2"/>"#))
    }

    @Test func escapeLookalikesKeepTheirUnderscore() throws {
        let workbook = Self.sheet { $0.set(Self.ref("A1"), .text("_x0041_ and _x12_ and _xABCD_")) }
        let strings = try WrittenPackage(workbook).part("xl/sharedStrings.xml")
        #expect(strings.contains("<t>_x005F_x0041_ and _x12_ and _x005F_xABCD_</t>"))
    }

    /// Swift's `==` equates canonically equivalent strings; the file keeps both spellings as typed.
    @Test func canonicallyEquivalentTextsStayDistinct() throws {
        let workbook = Self.sheet {
            $0.set(Self.ref("A1"), .text("caf\u{E9}"))
            $0.set(Self.ref("A2"), .text("cafe\u{301}"))
        }
        let strings = try WrittenPackage(workbook).part("xl/sharedStrings.xml")
        #expect(strings.contains(#"count="2" uniqueCount="2""#))
    }

    @Test func quoteInSheetNameIsDoubledInReferences() throws {
        var codes = Worksheet(name: "O'Brien")
        codes.set(Self.ref("A1"), .text("x"))
        var input = Worksheet(name: "Input")
        input.dataValidations = [
            DataValidation(range: Self.range("A1", "A5"), list: .range(sheet: "O'Brien", Self.range("A1", "A1")))
        ]
        codes.pageSetup.printArea = Self.range("A1", "B2")
        let package = try WrittenPackage(Workbook(sheets: [input, codes]))
        #expect(try package.part("xl/worksheets/sheet1.xml").contains("<formula1>'O''Brien'!$A$1:$A$1</formula1>"))
        #expect(
            try package.part("xl/workbook.xml").contains(
                #"<definedName name="_xlnm.Print_Area" localSheetId="1">'O''Brien'!$A$1:$B$2</definedName>"#))
    }
}

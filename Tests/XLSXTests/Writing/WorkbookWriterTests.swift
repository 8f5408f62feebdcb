import Testing
import XLSX

@Suite struct WorkbookWriterTests {
    let package: WrittenPackage
    let sheet: String

    init() throws {
        package = try WrittenPackage(SampleWorkbooks.report())
        sheet = try package.part("xl/worksheets/sheet1.xml")
    }

    @Test func entriesInFixedOrder() {
        #expect(
            package.paths == [
                "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml",
            ])
    }

    @Test func mergedRanges() {
        #expect(
            sheet.contains(
                #"<mergeCells count="3"><mergeCell ref="A1:D1"/><mergeCell ref="A2:A3"/><mergeCell ref="B2:D2"/>"#))
        // Styled merges give every covered cell the header style, so the border draws around the whole area.
        #expect(sheet.contains(#"<c r="C2" s="2"/><c r="D2" s="2"/>"#))
    }

    @Test func dataValidationQuotesTheSheet() {
        #expect(
            sheet.contains(
                #"<dataValidations count="2"><dataValidation type="list" allowBlank="1" showInputMessage="1" "#
                    + #"showErrorMessage="1" errorTitle="输入错误" error="请从下拉列表中选择" promptTitle="科目" "#
                    + #"prompt="选择科目" sqref="A10:A20"><formula1>'代码'!$A$2:$A$4</formula1></dataValidation>"#))
        #expect(
            sheet.contains(
                #"<dataValidation type="list" showErrorMessage="1" sqref="B10:B20"><formula1>"是,否"</formula1>"#))
    }

    @Test func printSettingsAndDefinedNames() throws {
        let workbook = try package.part("xl/workbook.xml")
        #expect(
            workbook.contains(
                #"<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">"#
                    + #"'表1 收入'!$A$3:$D$6</definedName>"#
                    + #"<definedName name="_xlnm.Print_Area" localSheetId="0">'表1 收入'!$A$1:$D$9</definedName>"#
                    + #"<definedName name="_xlnm.Print_Titles" localSheetId="0">'表1 收入'!$2:$3</definedName>"#))
        #expect(workbook.contains(#"<bookViews><workbookView activeTab="0"/></bookViews>"#))
        #expect(sheet.contains(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#))
        #expect(
            sheet.contains(
                #"<printOptions horizontalCentered="1"/><pageMargins left="0.7" right="0.7" top="0.75" "#
                    + #"bottom="0.75" header="0.3" footer="0.3"/>"#
                    + #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
    }

    @Test func twoDecimalFormatOnNumberCells() throws {
        let styles = try package.part("xl/styles.xml")
        // Style 4 is the amount cells': built-in format 2 is "0.00".
        #expect(sheet.contains(#"<c r="B4" s="4"><v>3708.44</v></c>"#))
        #expect(
            styles.contains(
                #"<xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" "#
                    + #"applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>"#))
        #expect(sheet.contains(#"<c r="C4" s="4"><v>3600</v></c>"#))
        #expect(sheet.contains(#"<c r="D5" s="4"><v>7</v></c>"#), "a leading + is dropped")
        #expect(styles.contains(##"<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>"##))
    }

    @Test func formulaLikeTextGetsQuotePrefix() throws {
        let styles = try package.part("xl/styles.xml")
        let cellXfs = try #require(styles.split(separator: "<cellXfs").last)
        let xfs = cellXfs.split(separator: "<xf ").dropFirst().map(String.init)
        for cell in ["A5", "A8", "B8", "C8"] {
            let style = try #require(Self.styleIndex(of: cell, in: sheet), "\(cell) has a style")
            #expect(xfs[style].contains(#"quotePrefix="1""#), "\(cell)")
        }
        #expect(!xfs[0].contains("quotePrefix"))
        #expect(Self.styleIndex(of: "B9", in: sheet) == nil, "plain text keeps style 0")
    }

    @Test func sharedStringsCountedEscapedAndPreserved() throws {
        let strings = try package.part("xl/sharedStrings.xml")
        // 15 text cells on sheet 1, 4 on sheet 2; "一般公共预算" and "科目" appear twice.
        #expect(
            strings.contains(
                #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
                    + #"count="19" uniqueCount="17">"#))
        #expect(strings.contains("<si><t>&lt;&amp;&gt;\"</t></si>"))
        #expect(strings.contains("<si><t>a\u{FFFD}b</t></si>"), "a control character becomes U+FFFD")
        #expect(strings.contains("<si><t xml:space=\"preserve\"> 注：单位万元\n第二行</t></si>"))
        #expect(strings.contains("<si><t>=SUM(A1)</t></si>"))
    }

    @Test func frozenHeaderProtectionAndFilter() {
        #expect(
            sheet.contains(
                #"<sheetView tabSelected="1" workbookViewId="0"><pane ySplit="3" topLeftCell="A4" "#
                    + #"activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<sheetProtection sheet="1" objects="1" scenarios="1" autoFilter="0"/>"#))
        #expect(sheet.contains(#"<autoFilter ref="A3:D6"/>"#))
        #expect(sheet.contains(#"<dimension ref="A1:D9"/>"#))
        #expect(sheet.contains(#"<row r="12" ht="18" customHeight="1"/>"#))
        #expect(sheet.contains(#"<col min="2" max="2" width="12.5" customWidth="1"/>"#))
    }

    @Test func unlockedStyleWritesProtection() throws {
        let styles = try package.part("xl/styles.xml")
        #expect(styles.contains(#"<protection locked="0"/>"#))
        #expect(
            styles.contains(
                #"<fills count="3"><fill><patternFill patternType="none"/></fill>"#
                    + #"<fill><patternFill patternType="gray125"/></fill>"#))
        #expect(styles.contains(#"<name val="宋体"/><family val="3"/><charset val="134"/>"#))
    }

    @Test func noDatesInDocumentProperties() throws {
        let core = try package.part("docProps/core.xml")
        #expect(!core.contains("dcterms:created") && !core.contains("dcterms:modified"))
        for entry in package.archive {
            #expect(entry.fileAttributes[.modificationDate] != nil)
        }
    }

    /// The `s` attribute of `cell` in sheet XML; nil when the cell has style 0 (no attribute).
    static func styleIndex(of cell: String, in sheet: String) -> Int? {
        guard let start = sheet.range(of: "<c r=\"\(cell)\"") else { return nil }
        let tag = sheet[start.upperBound...].prefix { $0 != ">" }
        guard let s = tag.range(of: "s=\"") else { return nil }
        return Int(tag[s.upperBound...].prefix { $0 != "\"" })
    }
}

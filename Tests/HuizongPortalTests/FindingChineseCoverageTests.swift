import HuizongCore
import Testing

@testable import HuizongPortal

/// Every expected text the code can produce comes out without English words, except the
/// codes and names that are meant to stay.
@Suite struct FindingChineseCoverageTests {
    /// The English words that may stay: the codes of columns, sections, items and values shown
    /// beside their Chinese names, file formats and programs, a part path, a column letter and a user name.
    static let kept: Set<String> = [
        "section", "item", "kind", "project", "project_type", "func_code", "econ_code", "budget_initial",
        "budget_final", "actual", "text", "meta", "staffing", "income", "balance", "expenditure", "three_public",
        "procurement", "transfer", "year_end", "unit_code", "fiscal_year", "unit_name", "preparer", "phone", "head",
        "filled_on",
        "savings_measures", "authorized", "in_service", "excluded", "appropriation", "government_fund", "business",
        "operating", "from_superior", "other", "carryover", "overseas", "reception", "vehicle_purchase",
        "vehicle_operation", "vehicle_count", "total", "to_subordinate", "basic", "operations", "special", "UTF",
        "XLSX", "zip", "Excel",
        "WPS", "Content_Types", "xml", "workbook", "XFD", "office",
    ]

    /// One instance of each expected text of intake, the upload's checks, the SQL rules and
    /// checks, and the workbook reader, copied from the sources.
    static let expectedTexts = [
        "a double quote only at the start of a field (inside quotes write it twice)", "a closing double quote",
        "a comma or line end after the closing double quote", "UTF-8 or GB18030 text", "a header row",
        "one of the column names: section (表), item (项目), kind (支出类型), project (项目名称), "
            + "project_type (项目类别), func_code (功能分类科目), econ_code (经济分类科目), "
            + "budget_initial (年初预算数), budget_final (全年预算数), actual (决算数), text (说明)",
        "each column at most once", "a section column (section or 表)", "11 fields",
        "one of the sections: meta (基本信息), staffing (人员), income (收入), balance (结余), expenditure (支出), "
            + "three_public (三公经费), procurement (政府采购), transfer (对附属单位补助)",
        "an empty item on an expenditure line", "one of the items of balance: year_end (年末结转和结余)",
        "basic (基本支出) or project (项目支出)", "operations (运行维护经费) or special (专项资金)",
        "a 7-digit functional classification code, e.g. 2150501", "a 5-digit economic classification code, e.g. 30101",
        "a yuan amount with at most two decimals, e.g. 1234.56",
        "a whole non-negative number of at most 9 digits, e.g. 17", "the unit's code", "a four-digit year, e.g. 2022",
        "unit_code 401001 (the upload's unit)", "a registered unit code", "fiscal_year 2022 (the upload's year)",
        "an unlocked unit and year (approved by office401 on 2026-11-29; the finance office must unlock it first)",
        "at most budget_final 620000.00", "income 100.00 = expenditure 80.00 + transfers 5.00 + year_end 15.00",
        "at most one income/carryover row", "one line per kind, project, func_code and econ_code",
        "an economic classification code (款) of fiscal year 2022",
        "a functional classification code (项) of fiscal year 2022", "basic or project", "a 7-digit functional code",
        "a 5-digit economic code", "an amount", "a meta row unit_code", "a meta row fiscal_year",
        "income/carryover within half of last year's 38500.00", "a project name on a project line",
        "operations or special on a project line", "no project name on a basic line",
        "no project type on a basic line", "excluded at most in_service 40",
        "reception 1200.00 (the lines with economic code 30217)",
        "401001 carryover = its year_end of 2021: 38500.00 (line 14 of submission 7)",
        "401002 from_superior 400.00 (paid to it in all: 500.00)", "a receiving unit under 401",
        "an empty cell (no column header above it)",
        "a value (a formula counts only by its saved result: open and save the file in Excel or WPS, or paste values)",
        "a workbook with a sheet", "a header row on sheet 填报", "a file of at most 52428800 bytes",
        "a readable zip directory", "an XLSX workbook (a zip archive)", "a zip archive (starting with PK)",
        "the part xl/workbook.xml in the archive", "at most 1048576 bytes uncompressed",
        "at most 1048576 bytes decompressed over all parts read", "compressed data that decompresses",
        "the part [Content_Types].xml of every XLSX file", "a workbook without links to other files or sources",
        "a workbook without links to other workbooks", "at most 100000 rows holding data on sheet \"填报\"",
        "at most 32767 characters", "columns up to XFD",
    ]

    /// The English words (letters and underscores, three letters or more) of `text` not in `kept`.
    static func english(_ text: String) -> [String] {
        text.matches(of: /[A-Za-z_]{3,}/).map { String($0.output) }.filter { !kept.contains($0) }
    }

    @Test("no English word is left in any known expected text", arguments: expectedTexts)
    func noEnglishLeft(_ text: String) {
        let finding = Finding(
            file: "f.csv", line: 2, column: nil, rule: "any", severity: .error, expected: text, found: "")
        let chinese = FindingChinese.expected(finding)
        #expect(Self.english(chinese).isEmpty, "\(text) → \(chinese)")
    }

    @Test("the parser's own findings of a broken file all come out in Chinese")
    func parsedFindings() {
        let csv = """
            section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text
            meta,fiscal_year,,,,,,,,,20x2
            meta,unit_code,,,,,,,,,
            bogus,,,,,,,,,,
            income,nonsense,,,,,,,,,
            expenditure,x,middle,,odd,21505,3010,1.005,abc,1e5,
            staffing,authorized,,,,,,,,-3,
            three_public,taxis,,,,,,,,,
            a,b

            """
        let report = SubmissionParser(fileName: "bad.csv").parse(Array(csv.utf8)) { _ in }
        #expect(report.findings.count >= 10)
        for finding in report.findings {
            let chinese = FindingChinese.expected(finding)
            #expect(Self.english(chinese).isEmpty, "\(finding) → \(chinese)")
        }
    }
}

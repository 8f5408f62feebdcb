#!/usr/bin/env python3
"""The pandas baseline of `make bench`: files -> checks -> totals, as an analyst would do it.

Reads every submission file of a directory (UTF-8, UTF-8 with BOM or GB18030, detected as
Huizong does: valid UTF-8 is UTF-8, anything else GB18030; English or Chinese headers and
vocabulary), runs the checks Huizong runs on submit and in `huizong run` (cell syntax,
vocabulary, reference codes, required cells, project fields, duplicates, balance, 三公,
staffing, meta; the two over-budget warnings), and writes the totals by unit, economic
class (类, 款) and functional class (类, 款, 项), basic and project, to OUT/totals.csv.

Amounts become integer fen (int64) before anything is summed, so the totals are exact.
Exit status 1 if a check finds an error. Run it with the bench's virtual environment:

    .bench-venv/bin/python Benchmarks/pandas_baseline.py --submissions DIR --reference sql/reference --out DIR
"""
import argparse
import io
import sys
import time
from pathlib import Path

import pandas as pd

COLUMNS = {
    "表": "section", "项目": "item", "支出类型": "kind", "项目名称": "project", "项目类别": "project_type",
    "功能分类科目": "func_code", "经济分类科目": "econ_code", "年初预算数": "budget_initial",
    "全年预算数": "budget_final", "决算数": "actual", "说明": "text",
}
ENGLISH_COLUMNS = list(COLUMNS.values())

SECTIONS = {
    "基本信息": "meta", "人员": "staffing", "收入": "income", "结余": "balance", "支出": "expenditure",
    "三公经费": "three_public", "政府采购": "procurement", "对附属单位补助": "transfer",
}
ITEMS = {
    "meta": {"单位代码": "unit_code", "年度": "fiscal_year", "单位名称": "unit_name", "填表人": "preparer",
             "联系电话": "phone", "单位负责人": "head"},
    "staffing": {"编制数": "authorized", "实有在职人数": "in_service", "不计入控制率人数": "excluded"},
    "income": {"财政拨款收入": "appropriation", "政府性基金收入": "government_fund", "事业收入": "business",
               "经营收入": "operating", "上级补助收入": "from_superior", "其他收入": "other",
               "年初结转和结余": "carryover"},
    "balance": {"年末结转和结余": "year_end"},
    "three_public": {"因公出国（境）费用": "overseas", "公务接待费": "reception", "公务用车购置费": "vehicle_purchase",
                     "公务用车运行维护费": "vehicle_operation", "公务用车保有量": "vehicle_count"},
    "procurement": {"合计": "total"},
    "transfer": {"对附属单位补助支出": "to_subordinate"},
}
KINDS = {"基本支出": "basic", "项目支出": "project"}
PROJECT_TYPES = {"运行维护经费": "operations", "专项资金": "special"}
THREE_PUBLIC_CODES = {"30212": "overseas", "30217": "reception", "30231": "vehicle_operation",
                      "31013": "vehicle_purchase"}
AMOUNT = r"[0-9]{1,16}(?:\.[0-9]{1,2})?"
COUNT = r"[0-9]{1,9}"
AMOUNTS = ["budget_initial", "budget_final", "actual"]


def read_submission(path):
    """One file as a frame of strings (empty cells NaN), English column names, its file name."""
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
        encoding = "utf-8-sig"
    except UnicodeDecodeError:
        encoding = "gb18030"
    frame = pd.read_csv(io.BytesIO(raw), encoding=encoding, dtype=str, keep_default_na=False, na_values=[""])
    frame.columns = [COLUMNS.get(name.strip(), name.strip()) for name in frame.columns]
    unknown = [name for name in frame.columns if name not in ENGLISH_COLUMNS]
    if unknown or "section" not in frame.columns:
        raise SystemExit(f"{path}: unknown or missing columns {unknown}")
    frame = frame.reindex(columns=ENGLISH_COLUMNS)
    frame["file"] = path.name
    return frame


def to_fen(text):
    """Yuan strings (already checked) to nullable int64 fen."""
    return (pd.to_numeric(text) * 100).round().astype("Int64")


def reference_codes(directory, file_name, level):
    table = pd.read_csv(Path(directory) / file_name, dtype=str)
    return set(table.loc[table["level"] == level, "code"])


def check(lines, econ_codes, func_codes, year):
    """Counts of findings per rule, as Huizong names them."""
    found = {}
    expenditure = lines["section"] == "expenditure"
    exp = lines[expenditure]

    # cell syntax and vocabulary (Huizong's parser at submit)
    is_count = (lines["section"] == "staffing") | (lines["item"] == "vehicle_count")
    bad = 0
    for column in AMOUNTS:
        cells = lines[column]
        given = cells.notna()
        bad += int((given & ~is_count & ~cells.str.fullmatch(AMOUNT).fillna(False)).sum())
        bad += int((given & is_count & ~cells.str.fullmatch(COUNT).fillna(False)).sum())
    bad += int((exp["func_code"].notna() & ~exp["func_code"].str.fullmatch(r"[0-9]{7}").fillna(False)).sum())
    bad += int((exp["econ_code"].notna() & ~exp["econ_code"].str.fullmatch(r"[0-9]{5}").fillna(False)).sum())
    found["cell_syntax"] = bad
    allowed = pd.MultiIndex.from_tuples(
        [("expenditure", "")] + [(section, item) for section, items in ITEMS.items() for item in items.values()])
    pairs = pd.MultiIndex.from_arrays([lines["section"], lines["item"].fillna("")])
    found["vocabulary"] = int((~pairs.isin(allowed)).sum()
                              + (exp["kind"].notna() & ~exp["kind"].isin(["basic", "project"])).sum()
                              + (exp["project_type"].notna()
                                 & ~exp["project_type"].isin(["operations", "special"])).sum())

    # meta: each file names its unit and the fiscal year
    meta = lines[lines["section"] == "meta"]
    has_unit = set(meta.loc[meta["item"] == "unit_code", "file"])
    has_year = set(meta.loc[(meta["item"] == "fiscal_year") & (meta["text"] == str(year)), "file"])
    files = set(lines["file"])
    found["meta_required"] = len(files - has_unit) + len(files - has_year)

    # reference codes
    found["econ_code_exists"] = int((exp["econ_code"].notna() & ~exp["econ_code"].isin(econ_codes)).sum())
    found["func_code_exists"] = int((exp["func_code"].notna() & ~exp["func_code"].isin(func_codes)).sum())

    # required cells, project fields
    found["expenditure_required"] = int(exp[["kind", "func_code", "econ_code", "budget_final", "actual"]]
                                        .isna().sum().sum())
    project, basic = exp["kind"] == "project", exp["kind"] == "basic"
    found["project_fields"] = int((project & exp["project"].isna()).sum() + (project & exp["project_type"].isna()).sum()
                                  + (basic & exp["project"].notna()).sum()
                                  + (basic & exp["project_type"].notna()).sum())

    # duplicates
    found["duplicate_line"] = int(exp.duplicated(["unit", "kind", "project", "func_code", "econ_code"]).sum())
    others = lines[~expenditure].copy()
    others["receiver"] = others["text"].where(others["section"] == "transfer")
    found["duplicate_item"] = int(others.duplicated(["unit", "section", "item", "receiver"]).sum())

    # per-unit balance
    by_section = lines.groupby(["unit", "section"])["actual_fen"].sum().unstack("section", fill_value=0)
    for section in ["income", "expenditure", "transfer", "balance"]:
        if section not in by_section:
            by_section[section] = 0
    found["balance"] = int((by_section["income"]
                            != by_section["expenditure"] + by_section["transfer"] + by_section["balance"]).sum())

    # 三公 as declared = the lines with the matching economic codes
    tagged = exp.assign(item=exp["econ_code"].map(THREE_PUBLIC_CODES)).dropna(subset=["item"])
    spent = tagged.groupby(["unit", "item"])[["actual_fen", "budget_final_fen"]].sum()
    declared_rows = lines[(lines["section"] == "three_public") & (lines["item"] != "vehicle_count")]
    declared = declared_rows.groupby(["unit", "item"])[["actual_fen", "budget_final_fen"]].sum()
    both = spent.merge(declared, how="outer", left_index=True, right_index=True,
                        suffixes=("_spent", "_declared")).fillna(0)
    found["three_public_match"] = int((both["actual_fen_spent"] != both["actual_fen_declared"]).sum()
                                      + (both["budget_final_fen_spent"] != both["budget_final_fen_declared"]).sum())

    # staffing
    staffing = lines[lines["section"] == "staffing"].pivot_table(
        index="unit", columns="item", values="actual_fen", aggfunc="max")
    if "excluded" in staffing:
        in_service = staffing["in_service"].fillna(0) if "in_service" in staffing else 0
        found["staffing"] = int((staffing["excluded"].notna() & (staffing["excluded"] > in_service)).sum())
    else:
        found["staffing"] = 0

    # warnings
    warnings = {
        "actual_over_budget": int((exp["actual_fen"] > exp["budget_final_fen"]).sum()),
        "three_public_over_budget": int(((declared_rows["actual_fen"] > declared_rows["budget_final_fen"].fillna(0))
                                         & declared_rows["actual_fen"].notna()).sum()),
    }
    return found, warnings


def totals(exp):
    """Totals per dimension and code, basic and project side by side, in fen."""
    exp = exp.assign(
        econ_1=exp["econ_code"].str[:3], func_1=exp["func_code"].str[:3], func_2=exp["func_code"].str[:5],
        budget_initial_fen=exp["budget_initial_fen"].fillna(0))
    values = ["budget_initial_fen", "budget_final_fen", "actual_fen"]
    parts = []
    for dimension, key, level in [("unit", "unit", 1), ("econ", "econ_1", 1), ("econ", "econ_code", 2),
                                  ("func", "func_1", 1), ("func", "func_2", 2), ("func", "func_code", 3)]:
        sums = exp.groupby([key, "kind"])[values].sum().unstack("kind", fill_value=0)
        part = pd.DataFrame(index=sums.index)
        for kind in ["basic", "project"]:
            for value in values:
                name = f"{kind}_{value[:-4]}"
                part[name] = sums[(value, kind)] if (value, kind) in sums.columns else 0
        part = part.rename_axis("code").reset_index()
        part.insert(0, "dimension", dimension)
        part.insert(2, "level", level)
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def yuan(fen):
    """Integer fen to 'yuan.fen' strings (non-negative amounts)."""
    fen = fen.astype("int64")
    return (fen // 100).astype(str) + "." + (fen % 100).astype(str).str.zfill(2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--submissions", required=True, help="directory of submission CSV files")
    parser.add_argument("--reference", required=True, help="directory of the classification tables (sql/reference)")
    parser.add_argument("--year", type=int, default=2022)
    parser.add_argument("--out", required=True, help="directory for totals.csv")
    args = parser.parse_args()
    clock = time.perf_counter()
    phases = []

    def phase(name):
        nonlocal clock
        now = time.perf_counter()
        phases.append(f"{name} {now - clock:.2f}s")
        clock = now

    paths = sorted(Path(args.submissions).glob("*.csv"))
    lines = pd.concat([read_submission(path) for path in paths], ignore_index=True)
    phase("read")

    # English vocabulary, the unit from each file's meta row, amounts in fen
    lines["section"] = lines["section"].replace(SECTIONS)
    all_items = {chinese: english for items in ITEMS.values() for chinese, english in items.items()}
    lines["item"] = lines["item"].replace(all_items)
    lines["kind"] = lines["kind"].replace(KINDS)
    lines["project_type"] = lines["project_type"].replace(PROJECT_TYPES)
    units = lines.loc[(lines["section"] == "meta") & (lines["item"] == "unit_code")].drop_duplicates("file")
    lines["unit"] = lines["file"].map(units.set_index("file")["text"])
    checked_amounts = {}
    for column in AMOUNTS:
        cells = lines[column].where(lines[column].str.fullmatch(AMOUNT).fillna(False))
        checked_amounts[column] = to_fen(cells)
    for column, fen in checked_amounts.items():
        lines[column + "_fen"] = fen
    phase("normalise")

    econ_codes = reference_codes(args.reference, "economic-classification.csv", "款")
    func_codes = reference_codes(args.reference, "functional-classification.csv", "项")
    errors, warnings = check(lines, econ_codes, func_codes, args.year)
    phase("checks")

    table = totals(lines[lines["section"] == "expenditure"])
    for column in table.columns[3:]:
        table[column] = yuan(table[column])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    table.sort_values(["dimension", "code"]).to_csv(out / "totals.csv", index=False)
    phase("totals")

    failed = {rule: n for rule, n in errors.items() if n}
    print(f"pandas: {len(paths)} files, {len(lines)} rows, {len(table)} total rows; "
          f"errors {failed or 'none'}; warnings {({r: n for r, n in warnings.items() if n}) or 'none'}")
    print("pandas phases: " + ", ".join(phases), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

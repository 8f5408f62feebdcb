#!/usr/bin/env python3
"""`make bench SIZE=1m|10m`: Huizong side by side with plain PostgreSQL and pandas.

On the same generated files and the same fresh embedded cluster, in one run:
  intake         `huizong submit` of all files  vs  psql \\copy of the same rows into a plain text table
  consolidation  `huizong run` (validate + consolidate)  vs  Benchmarks/plain_sql.sql over the \\copy'd rows
  rerun          `huizong run` after one unit's file is submitted again as a new version  vs  the first run
  end to end     submit + run + three totals exports  vs  Benchmarks/pandas_baseline.py on the same files
  memory         peak resident memory of `huizong submit` and `huizong run` (/usr/bin/time -v)
Prints a table (metric, Huizong, baseline, ratio, goal, met?) and writes it to WORK/last-SIZE.md.
Python 3 standard library only; pandas lives in the bench's own virtual environment (.bench-venv).
"""
import argparse
import csv
import datetime
import json
import os
import pwd
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "Benchmarks"
VENV = ROOT / ".bench-venv"


def shown(path) -> str:
    """A path as results name it: relative to the repository, never the machine's folders."""
    resolved = Path(path).resolve()
    try:
        return str(resolved.relative_to(ROOT))
    except ValueError:
        return resolved.name
# 2k: many small files (2 000 units × 360 lines), where intake's cost per file shows
SIZES = {"1m": (1000, 1000), "10m": (1000, 10000), "2k": (2000, 360)}
SEED = 1
YEAR = 2022
NODE = "BENCH"
COLUMNS = "section, item, kind, project, project_type, func_code, econ_code, budget_initial, budget_final, actual, text"
MEMORY_GOAL_MB = 200
# "no more memory at 10M than at 1M": allow this much measurement noise
MEMORY_NOISE = 1.10


def log(message):
    print(message, flush=True)


class Bench:
    def __init__(self, size, binary, work):
        self.size = size
        self.units, self.lines = SIZES[size]
        self.binary = str(Path(binary).resolve())
        self.work = work
        self.home = work / "home"
        self.data = work / "data"
        self.logs = work / "logs"
        self.steps = {}  # name -> {"seconds", "rss_mb", "status"}
        self.problems = []
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PG") and k != "DATABASE_URL"}
        self.env["HUIZONG_HOME"] = str(self.home)
        self.load_before = os.getloadavg()
        self.source = source_state()

    # ---- running things ------------------------------------------------------------------

    def run(self, name, argv, timed=True, check=True, stdin=None):
        """Runs argv under /usr/bin/time -v; records wall seconds and peak RSS under `name`."""
        self.logs.mkdir(parents=True, exist_ok=True)
        log_file = self.logs / f"{name}.log"
        time_file = self.logs / f"{name}.time"
        command = ["/usr/bin/time", "-v", "-o", str(time_file)] + argv if timed else argv
        started = time.perf_counter()
        with open(log_file, "wb") as out:
            result = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, env=self.env, stdin=stdin)
        seconds = time.perf_counter() - started
        rss_mb = None
        if timed and time_file.exists():
            found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_file.read_text())
            rss_mb = int(found.group(1)) / 1024 if found else None
        self.steps[name] = {"seconds": seconds, "rss_mb": rss_mb, "status": result.returncode}
        rss = f", peak RSS {rss_mb:.0f} MB" if rss_mb is not None else ""
        log(f"  {name}: {seconds:.2f} s{rss}, exit {result.returncode}  ({log_file.relative_to(self.work)})")
        if check and result.returncode != 0:
            tail = log_file.read_text(errors="replace")[-3000:]
            self.problems.append(f"{name} exited {result.returncode}")
            log(f"    FAILED: exit {result.returncode}\n{tail}")
        return log_file.read_text(errors="replace")

    def huizong(self, name, *arguments, timed=True, check=True):
        return self.run(name, [self.binary, *arguments], timed=timed, check=check)

    def psql(self, *arguments):
        return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(self.home / "run"), "-U", "huizong",
                "-d", "huizong", *arguments]

    def query(self, sql):
        """One query's unaligned output (untimed)."""
        result = subprocess.run(self.psql("-At", "-c", sql), capture_output=True, text=True, env=self.env)
        if result.returncode != 0:
            raise SystemExit(f"psql failed: {result.stderr}\n{sql}")
        return result.stdout.strip()

    def settle(self):
        """A checkpoint before a timed step, so that no step pays for the previous one's dirty pages."""
        self.query("checkpoint")

    # ---- the steps -------------------------------------------------------------------------

    def prepare(self):
        if self.home.exists():
            subprocess.run([self.binary, "db", "stop"], env=self.env, capture_output=True)
        for directory in [self.home, self.data, self.logs, self.work / "export", self.work / "pandas"]:
            shutil.rmtree(directory, ignore_errors=True)
        self.work.mkdir(parents=True, exist_ok=True)

    def generate(self):
        log(f"generate {self.units} units × {self.lines} lines (seed {SEED})")
        output = self.huizong("generate", "generate", "--units", str(self.units), "--lines", str(self.lines),
                              "--seed", str(SEED), "--year", str(YEAR), "--out", str(self.data))
        log("    " + output.strip().splitlines()[-1] if output.strip() else "")
        self.files = sorted((self.data / "submissions").glob("*.csv"))
        self.rows = 0
        self.encodings = {}
        for path in self.files:
            raw = path.read_bytes()
            self.rows += raw.count(b"\n") - 1  # data rows: every line ends in \n, minus the header
            try:
                raw.decode("utf-8")
                self.encodings[path] = "UTF8"
            except UnicodeDecodeError:
                self.encodings[path] = "GB18030"
        log(f"    {len(self.files)} files, {self.rows} data rows, "
            f"{sum(e == 'GB18030' for e in self.encodings.values())} GB18030")

    def database(self):
        log("fresh embedded cluster in " + str(self.home))
        self.huizong("db_start", "db", "start")
        self.huizong("migrate", "migrate")
        self.huizong("unit_import", "unit", "import", str(self.data / "units.csv"))
        self.pg_version = self.query("select version()")

    def intake(self):
        log("intake: huizong submit of all files, then psql \\copy of the same files")
        self.settle()
        output = self.huizong("submit", "submit", *map(str, self.files))
        accepted = output.count(": accepted (")
        self.with_warnings = output.count(": accepted with warnings (")
        rejected = output.count(": rejected (")
        log(f"    {accepted} accepted, {self.with_warnings} with warnings, {rejected} rejected")
        if accepted + self.with_warnings != len(self.files):
            self.problems.append(f"submit: {rejected} rejected of {len(self.files)}")

        self.query("drop schema if exists bench cascade; create schema bench; "
                   "create table bench.raw (file text default current_setting('bench.file'), "
                   + ", ".join(f"{c.strip()} text" for c in COLUMNS.split(",")) + ")")
        script = self.logs / "copy.sql"
        with open(script, "w") as out:
            for path in self.files:
                out.write(f"set bench.file = '{path.stem}';\n")
                out.write(f"\\copy bench.raw ({COLUMNS}) from '{path}' with (format csv, header true, "
                          f"encoding '{self.encodings[path]}')\n")
        self.settle()
        self.run("copy", self.psql("-f", str(script)))
        self.huizong_rows = int(self.query("select count(*) from intake.line"))
        self.copy_rows = int(self.query("select count(*) from bench.raw"))
        log(f"    rows: files {self.rows}, intake.line {self.huizong_rows}, bench.raw {self.copy_rows}")
        if not self.rows == self.huizong_rows == self.copy_rows:
            self.problems.append("intake: row counts differ between the files, intake.line and bench.raw")

    def consolidation(self, plain=True):
        log("consolidation: huizong run, then the plain SQL (both after one untimed vacuum analyze)")
        self.query("vacuum analyze intake.line")
        self.query("vacuum analyze bench.raw")
        self.settle()
        output = self.huizong("run", "run", "--unit", NODE, "--year", str(YEAR))
        log("    " + (output.strip().splitlines() or [""])[0])
        if plain:
            self.plain_sql()

    def plain_sql(self):
        self.settle()
        output = self.run("plain_sql", self.psql("-v", f"year={YEAR}", "-f", str(BENCHMARKS / "plain_sql.sql")))
        findings = [line for line in output.splitlines() if "|" in line and line.split("|")[-1].strip() not in ("0", "n")]
        self.plain_findings = [" ".join(f.split()) for f in findings if not f.strip().startswith("rule")]
        if self.plain_findings:
            log("    plain SQL findings: " + "; ".join(self.plain_findings))
        current = (f"(select id from pipeline.current_run where node_code = '{NODE}' and fiscal_year = {YEAR})")
        amounts = ("dimension, code, level, basic_budget_initial, basic_budget_final, basic_actual, "
                   "project_budget_initial, project_budget_final, project_actual")
        counts = self.query(
            f"with h as (select {amounts} from consolidated.class_total where run_id = {current}), "
            f"p as (select {amounts} from bench.plain_total) "
            "select (select count(*) from h), (select count(*) from p), "
            "(select count(*) from ((table h except all table p) union all (table p except all table h)) d)")
        huizong_rows, plain_rows, differing = (int(x) for x in counts.split("|"))
        self.totals = {"huizong_rows": huizong_rows, "plain_rows": plain_rows, "differing": differing}
        log(f"    totals: class_total {huizong_rows} rows, plain_total {plain_rows} rows, {differing} differing")
        if differing or huizong_rows == 0:
            self.problems.append(f"totals: Huizong and the plain SQL differ in {differing} rows")

    def rerun(self):
        """One unit sends its file again (a new version, the same figures); the next run
        recomputes that unit's partials only. Its totals must equal the first run's."""
        log("rerun: one unit's file submitted again as a new version, then huizong run again")
        current = f"(select id from pipeline.current_run where node_code = '{NODE}' and fiscal_year = {YEAR})"
        first = self.query(f"select {current}")
        self.huizong("resubmit", "submit", str(self.files[len(self.files) // 2]))
        self.settle()
        output = self.huizong("rerun", "run", "--unit", NODE, "--year", str(YEAR))
        log("    " + (output.strip().splitlines() or [""])[0])
        amounts = ("dimension, code, level, basic_budget_initial, basic_budget_final, basic_actual, "
                   "project_budget_initial, project_budget_final, project_actual")
        counts = self.query(
            f"with a as (select {amounts} from consolidated.class_total where run_id = {first}), "
            f"b as (select {amounts} from consolidated.class_total where run_id = {current}) "
            "select (select count(*) from b), (select count(*) from consolidated.unit_partial where run_id = "
            f"{current}), (select count(*) from ((table a except all table b) union all (table b except all table a)) d)")
        rows, recomputed, differing = (int(x) for x in counts.split("|"))
        self.rerun_totals = {"rows": rows, "recomputed": recomputed, "differing": differing}
        log(f"    rerun: {recomputed} submission(s) recomputed, class_total {rows} rows, {differing} differing")
        if differing or rows == 0:
            self.problems.append(f"rerun: its totals differ from the first run's in {differing} rows")

    def exports(self):
        log("exports: totals by econ, func and unit as JSON")
        export = self.work / "export"
        export.mkdir(parents=True, exist_ok=True)
        for by in ["econ", "func", "unit"]:
            self.huizong(f"export_{by}", "export", "totals", "--unit", NODE, "--year", str(YEAR), "--by", by,
                         "--format", "json", "-o", str(export / f"totals-{by}.json"))

    def pandas(self):
        log("pandas: the same files, checks and group-bys")
        output = self.run("pandas", [str(VENV / "bin" / "python"), str(BENCHMARKS / "pandas_baseline.py"),
                                     "--submissions", str(self.data / "submissions"),
                                     "--reference", str(ROOT / "sql" / "reference"), "--year", str(YEAR),
                                     "--out", str(self.work / "pandas")])
        for line in output.strip().splitlines():
            log("    " + line)
        # pandas' totals against Huizong's exported ones (actual, basic and project, in yuan)
        exported = {}
        for by in ["econ", "func", "unit"]:
            path = self.work / "export" / f"totals-{by}.json"
            if path.exists():
                for row in json.loads(path.read_text())["rows"]:
                    exported[(by, row["code"])] = (row["basic_yuan"], row["project_yuan"])
        computed = {}
        path = self.work / "pandas" / "totals.csv"
        if path.exists():
            with open(path, newline="") as handle:
                for row in csv.DictReader(handle):
                    if row["basic_actual"] != "0.00" or row["project_actual"] != "0.00":
                        computed[(row["dimension"], row["code"])] = (row["basic_actual"], row["project_actual"])
        differing = len(set(exported.items()) ^ set(computed.items()))
        self.pandas_totals = {"exported_rows": len(exported), "pandas_rows": len(computed), "differing": differing}
        log(f"    totals: Huizong exports {len(exported)} rows, pandas {len(computed)} rows, {differing} differing")
        if differing or not exported:
            self.problems.append(f"pandas totals differ from Huizong's exports in {differing} rows")

    def stop(self):
        self.huizong("db_stop", "db", "stop", timed=False, check=False)

    # ---- the report ------------------------------------------------------------------------

    def report(self):
        s = self.steps

        def sec(name):
            return s.get(name, {}).get("seconds")

        def rss(name):
            return s.get(name, {}).get("rss_mb")

        def num(value, digits=2):
            return "—" if value is None else f"{value:,.{digits}f}"

        def verdict(ok):
            return "—" if ok is None else ("yes" if ok else "no")

        rows = []
        intake_h = self.rows / sec("submit") if sec("submit") else None
        intake_b = self.rows / sec("copy") if sec("copy") else None
        ratio = intake_h / intake_b if intake_h and intake_b else None
        rows.append(["intake, rows/s", f"{num(intake_h, 0)} (submit {num(sec('submit'))} s)",
                     f"{num(intake_b, 0)} (psql \\copy {num(sec('copy'))} s)", num(ratio), "≥ 0.50",
                     verdict(None if ratio is None else ratio >= 0.5)])
        ratio = sec("run") / sec("plain_sql") if sec("run") and sec("plain_sql") else None
        rows.append(["consolidation, s", f"{num(sec('run'))} (huizong run)", f"{num(sec('plain_sql'))} (plain SQL)",
                     num(ratio), "≤ 0.30", verdict(None if ratio is None else ratio <= 0.3)])
        ratio = sec("rerun") / sec("run") if sec("rerun") and sec("run") else None
        r = getattr(self, "rerun_totals", None)
        rows.append(["rerun after one unit's new version, s",
                     f"{num(sec('rerun'))} (huizong run, {r['recomputed']} unit recomputed)" if r else "—",
                     f"{num(sec('run'))} (the first, full run)", num(ratio), "≤ 0.05",
                     verdict(None if ratio is None else ratio <= 0.05)
                     + ("" if not r or not r["differing"] else f" ({r['differing']} total rows differ)")])
        t = getattr(self, "totals", None)
        rows.append(["same totals as plain SQL",
                     f"{t['huizong_rows']} class_total rows" if t else "—",
                     f"{t['plain_rows']} plain_total rows" if t else "—", "—", "equal",
                     verdict(None if not t else t["differing"] == 0 and t["huizong_rows"] == t["plain_rows"])
                     + ("" if not t or not t["differing"] else f" ({t['differing']} rows differ)")])
        e2e_parts = ["submit", "run", "export_econ", "export_func", "export_unit"]
        e2e = sum(sec(p) for p in e2e_parts) if all(sec(p) for p in e2e_parts) else None
        goal = 0.7 if self.size == "10m" else 1.0
        ratio = e2e / sec("pandas") if e2e and sec("pandas") else None
        rows.append(["end to end, s", f"{num(e2e)} (submit + run + 3 exports)", f"{num(sec('pandas'))} (pandas)",
                     num(ratio), f"≤ {goal:.2f}", verdict(None if ratio is None else ratio <= goal)])
        p = getattr(self, "pandas_totals", None)
        rows.append(["same totals as pandas", f"{p['exported_rows']} exported rows" if p else "—",
                     f"{p['pandas_rows']} pandas rows" if p else "—", "—", "equal",
                     verdict(None if not p else p["differing"] == 0)
                     + ("" if not p or not p["differing"] else f" ({p['differing']} rows differ)")])
        for step in ["submit", "run"]:
            rows.append([f"peak RSS of huizong {step}, MB", num(rss(step), 0), "—", "—", f"< {MEMORY_GOAL_MB}",
                         verdict(None if rss(step) is None else rss(step) < MEMORY_GOAL_MB)])
        peak = max((rss(x) or 0) for x in e2e_parts)
        ratio = peak / rss("pandas") if peak and rss("pandas") else None
        rows.append(["peak RSS end to end, MB", f"{num(peak, 0)} (largest step)", f"{num(rss('pandas'), 0)} (pandas)",
                     num(ratio), "—", "—"])

        previous = self.work / "last-1m.json"
        if self.size == "10m":
            one = json.loads(previous.read_text()) if previous.exists() else None
            if one and one.get("problems"):
                rows.append(["end to end 10M / 1M", "the last SIZE=1m run had problems: run it again", "—", "—",
                             "≤ 11", "—"])
            elif one:
                scale = e2e / one["end_to_end"] if e2e and one.get("end_to_end") else None
                rows.append(["end to end 10M / 1M", f"{num(e2e)} s / {num(one.get('end_to_end'))} s", "—", num(scale),
                             "≤ 11", verdict(None if scale is None else scale <= 11)])
                for step in ["submit", "run"]:
                    before = one.get("rss_mb", {}).get(step)
                    grow = rss(step) / before if rss(step) and before else None
                    rows.append([f"peak RSS {step} 10M / 1M", f"{num(rss(step), 0)} MB / {num(before, 0)} MB", "—",
                                 num(grow), "≤ 1.0 (±10 %)",
                                 verdict(None if grow is None else grow <= MEMORY_NOISE)])
            else:
                rows.append(["end to end 10M / 1M", "run SIZE=1m first", "—", "—", "≤ 11", "—"])

        table = ["| metric | Huizong | baseline | ratio | goal | met? |", "| --- | ---: | ---: | ---: | ---: | :---: |"]
        table += ["| " + " | ".join(row) + " |" for row in rows]
        step_rows = ["| step | seconds | peak RSS, MB | exit |", "| --- | ---: | ---: | ---: |"]
        for name, step in s.items():
            step_rows.append(f"| {name} | {step['seconds']:.2f} | {num(step['rss_mb'], 0)} | {step['status']} |")

        memory = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.splitlines()
        total_gb = memory[1].split()[1] if len(memory) > 1 else "?"
        header = [
            f"## SIZE={self.size}: {self.units} units × {self.lines} lines "
            f"({len(self.files)} files, {self.rows:,} data rows)",
            "",
            f"- date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
            f"- machine: {os.cpu_count()} cores (nproc {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}), "
            f"{total_gb} GiB memory (free -g)",
            f"- PostgreSQL: {getattr(self, 'pg_version', '?')}",
            "- load average (1, 5, 15 min) before / after: "
            + " / ".join(", ".join(f"{x:.2f}" for x in load) for load in [self.load_before, os.getloadavg()])
            + " (anything else running skews the timings)",
            f"- huizong: {shown(self.binary)}, source {self.source}",
            f"- work dir: {shown(self.work)}",
        ]
        if self.problems:
            header.append("- PROBLEMS: " + "; ".join(self.problems))
        text = "\n".join(header + ["", *table, "", "Steps:", "", *step_rows]) + "\n"
        print("\n" + text)
        (self.work / f"last-{self.size}.md").write_text(text)
        summary = {"size": self.size, "end_to_end": e2e, "rows": self.rows, "problems": self.problems,
                   "source": self.source,
                   "seconds": {k: v["seconds"] for k, v in s.items()},
                   "rss_mb": {k: v["rss_mb"] for k, v in s.items()}}
        (self.work / f"last-{self.size}.json").write_text(json.dumps(summary, indent=2) + "\n")


# ---- setup -------------------------------------------------------------------------------------

def source_state():
    """The commit the source tree is at, and how many files differ from it (read-only git)."""
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        changed = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                                 capture_output=True, text=True, check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    return f"commit {commit}" + (f" + {len(changed)} changed tracked file(s)" if changed else "")


def reachable_by_postgres(path):
    """As root the cluster runs as `postgres`: every directory above it must let others through."""
    if os.geteuid() != 0:
        return True
    try:
        uid = pwd.getpwnam("postgres").pw_uid
    except KeyError:
        return True  # huizong will say so itself
    for directory in [path, *path.parents]:
        if not directory.exists():
            continue
        info = directory.stat()
        if info.st_uid != uid and not info.st_mode & 0o001:
            return False
    return True


def ensure_tools():
    missing = [name for name, path in [("time", "/usr/bin/time"), ("postgresql-client", shutil.which("psql"))]
               if not path or not Path(path).exists()]
    if missing:
        if os.geteuid() != 0:
            raise SystemExit(f"missing {', '.join(missing)}: sudo apt-get install -y {' '.join(missing)}")
        log(f"installing {' '.join(missing)}")
        subprocess.run(["apt-get", "install", "-y", *missing], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def ensure_pandas():
    python = VENV / "bin" / "python"
    if python.exists() and subprocess.run([str(python), "-c", "import pandas"], capture_output=True).returncode == 0:
        return
    log(f"creating {VENV} with pandas")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "pandas"], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="1m")
    parser.add_argument("--binary", required=True, help="the huizong executable (a release build)")
    parser.add_argument("--work", help="work directory (default Benchmarks/work)")
    parser.add_argument("--only", choices=["intake", "rerun"],
                        help="intake: stop after intake (submit against \\copy); "
                             "rerun: then the run and the one-unit rerun, no plain SQL, exports or pandas")
    args = parser.parse_args()

    work = Path(args.work).resolve() if args.work else BENCHMARKS / "work"
    if not reachable_by_postgres(work):
        fallback = Path("/tmp/huizong-bench")
        log(f"note: the postgres user cannot reach {work}; working in {fallback} instead")
        work = fallback
    ensure_tools()
    if args.only is None:
        ensure_pandas()

    bench = Bench(args.size, args.binary, work)
    bench.prepare()
    started = time.perf_counter()
    try:
        bench.generate()
        bench.database()
        bench.intake()
        if args.only != "intake":
            bench.consolidation(plain=args.only is None)
            bench.rerun()
        if args.only is None:
            bench.exports()
            bench.pandas()
    finally:
        bench.stop()
    log(f"bench done in {time.perf_counter() - started:.0f} s")
    bench.report()
    return 1 if bench.problems else 0


if __name__ == "__main__":
    sys.exit(main())

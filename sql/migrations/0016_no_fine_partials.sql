-- 0016: no per-submission expenditure at the finest grain (issue 15, item 3).
--
-- consolidated.partial_fine held each submission's expenditure per kind, project and code
-- pair. Its one reader was 020_class_total, and only when a run has no base to carry the class
-- totals forward from: the first run, a `--full` one, or one under a new stamp, which are
-- exactly the runs that had to compute every partial again from the lines first. So it was
-- written (at 1M lines: 1M rows, 6.1-6.5 s, and as long again to delete on `--full`) to be
-- read once, right after. Such a run now sums the lines of its submissions in force directly.
drop table consolidated.partial_fine;

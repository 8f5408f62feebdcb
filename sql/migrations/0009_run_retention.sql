-- 0009: retention of run results (issue 16).
--
-- `huizong runs prune` (and `retention: keep_runs:` in a pipeline file) deletes the
-- consolidated.* rows of older runs of a node and year; the run row, its stages, inputs,
-- findings, manifest hash and export hashes stay. A pruned run records when it was pruned,
-- so that it is listed as such and `export --run` refuses it instead of exporting nothing.
alter table pipeline.run add column pruned_at timestamptz;

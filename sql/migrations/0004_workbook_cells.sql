-- 0004: submissions uploaded as XLSX workbooks (issue 5). Their findings name cells in
-- A1 style (填报!F12) rather than lines, so a submission remembers its sheet and the
-- column letter of each submission column.

-- The sheet read, and each submission column's letter, e.g. {"actual": "J"}; null for CSV.
alter table intake.submission add column sheet text;
alter table intake.submission add column cell_columns jsonb;

-- The finding's cell (填报!F12), or row (填报!12:12), in the uploaded workbook.
alter table intake.finding add column cell text;

-- Where line `line_no`, column `column_name` of a submission is in its workbook; null for
-- CSV submissions. A row without a column is written as Excel writes a whole row: 填报!12:12.
create function intake.cell_ref(p_submission bigint, p_line int, p_column text) returns text
language sql stable as $$
    select case
               when p_line is null then null
               when p_column is not null and s.cell_columns ? p_column
                   then s.sheet || '!' || (s.cell_columns ->> p_column) || p_line
               else s.sheet || '!' || p_line || ':' || p_line
           end
    from intake.submission s
    where s.id = p_submission and s.sheet is not null
$$;

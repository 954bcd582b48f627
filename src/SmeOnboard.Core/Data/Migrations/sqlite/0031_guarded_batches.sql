-- Nothing to create: SQLite has no stored functions, so DbConnectionFactory registers smeonboard_require on each
-- connection it opens (see the PostgreSQL script of the same number). The number is kept so both folders stay in step.
SELECT 1;

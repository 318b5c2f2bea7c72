-- Archived resources: out of the directory (and the index: archiving logs a delete) but
-- kept whole, so that an archive can be undone. The version goes on counting.
CREATE TABLE archived_resources (
    id TEXT PRIMARY KEY NOT NULL,
    document TEXT NOT NULL,
    version BIGINT NOT NULL,
    archived_at TEXT NOT NULL,
    archived_by TEXT NOT NULL
);

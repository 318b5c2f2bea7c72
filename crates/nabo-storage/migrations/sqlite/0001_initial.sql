-- Resources are stored as their validated JSON document; the columns beside it are what
-- the database itself needs to answer (ids, versions, times).
CREATE TABLE resources (
    id TEXT PRIMARY KEY NOT NULL,
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE areas (
    id TEXT PRIMARY KEY NOT NULL,
    document TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Languages, categories and attributes: one JSON document per kind, from content/.
CREATE TABLE reference_documents (
    kind TEXT PRIMARY KEY NOT NULL,
    document TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Every create, update and delete of a resource, in commit order. The search index
-- follows it and remembers the last sequence it contains.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    resource_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('upsert', 'delete')),
    version INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX change_log_resource ON change_log (resource_id);

-- Browser sessions of accounts: only a hash of the session secret is kept (the secret
-- lives in the browser's HttpOnly cookie). Expired rows are removed as sessions start.
CREATE TABLE sessions (
    secret_hash TEXT PRIMARY KEY NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Every version of every resource is a revision: who made it (NULL for an import), how
-- (import, edit, archive, restore, revert), when, and the document it replaced (NULL when
-- the resource was new). The document of version v is the `previous` of revision v + 1,
-- or the current document for the last one; which fields changed is derived from them.
CREATE TABLE revisions (
    resource_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    author TEXT,
    created_at TEXT NOT NULL,
    previous TEXT,
    PRIMARY KEY (resource_id, version)
);

-- What existed before revisions were kept starts its history at its current version.
INSERT INTO revisions (resource_id, version, kind, author, created_at, previous)
SELECT id, version, 'import', NULL, updated_at, NULL FROM resources;
INSERT INTO revisions (resource_id, version, kind, author, created_at, previous)
SELECT id, version, 'archive', archived_by, archived_at, document FROM archived_resources;

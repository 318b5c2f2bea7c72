-- API keys of partner sites (municipalities, NGOs embedding the search). Like account
-- tokens, the key is shown once and only a hash of it is kept, beside a short public id.
-- `origins` lists the browser origins allowed to use the key, one per line.
CREATE TABLE partner_keys (
    id TEXT PRIMARY KEY NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    origins TEXT NOT NULL,
    per_minute INTEGER NOT NULL CHECK (per_minute > 0),
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

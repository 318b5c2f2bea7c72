-- Accounts of the people who keep the directory (never of the women they help). The
-- account (role, areas, languages, disabled) is its JSON document; the password is
-- stored only as an argon2id hash (PHC string).
CREATE TABLE accounts (
    id TEXT PRIMARY KEY NOT NULL,
    document TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Translations whose source text is not the current one, or that were reviewed: the hash
-- of the source text each was made from (or reviewed against). A translation without a
-- row was made from the current source text. Written with every change of a resource.
CREATE TABLE translation_basis (
    resource_id TEXT NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    reviewed_by TEXT,
    reviewed_at TEXT,
    PRIMARY KEY (resource_id, field, lang)
);
CREATE INDEX translation_basis_lang ON translation_basis (lang);

-- How often each resource's page was shown: a count, nothing about who looked.
CREATE TABLE resource_views (
    resource_id TEXT PRIMARY KEY NOT NULL,
    views BIGINT NOT NULL
);

-- Who last confirmed that a resource is right, and when (the date is also in the
-- resource's own verified_at).
CREATE TABLE verifications (
    resource_id TEXT PRIMARY KEY NOT NULL,
    verified_by TEXT NOT NULL,
    verified_at TEXT NOT NULL
);

-- Reports from the field that something changed. Anonymous: a category, an optional
-- short note, the day; never who sent it.
CREATE TABLE field_reports (
    id BIGSERIAL PRIMARY KEY,
    resource_id TEXT NOT NULL,
    area_id TEXT NOT NULL,
    category TEXT NOT NULL,
    note TEXT NOT NULL,
    reported_on TEXT NOT NULL,
    status TEXT NOT NULL,
    handled_by TEXT,
    handled_at TEXT
);
CREATE INDEX field_reports_open ON field_reports (status, area_id);

-- Translation memory: a stored translation of a source sentence, proposed for the same
-- sentence elsewhere.
CREATE TABLE translation_memory (
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (source_lang, target_lang, source_hash)
);

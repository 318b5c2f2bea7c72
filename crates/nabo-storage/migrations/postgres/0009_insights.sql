-- Insight without personal data (ARCHITECTURE.md, "Insight"). Nothing here names, or
-- can be joined to, a person: no account, no address, no time finer than a day, no free
-- text but searched texts that at least five searches used. A test walks these tables'
-- columns (crates/nabo-storage/tests/privacy.rs): a new column fails it until it is
-- judged and listed there.

-- Referrals as they arrive: the resource (with its area and category then), the woman's
-- language, the day, the volunteer's local group ('' for none), and the id the phone gave
-- the event (so a retry counts once). Kept 90 days, then added to referral_weeks and
-- deleted (nabo insights retain).
CREATE TABLE referrals (
    event_id TEXT PRIMARY KEY NOT NULL,
    resource_id TEXT NOT NULL,
    area_id TEXT NOT NULL,
    category TEXT NOT NULL,
    lang TEXT NOT NULL,
    group_id TEXT NOT NULL,
    day TEXT NOT NULL
);
CREATE INDEX referrals_day ON referrals (day);

-- Referrals older than 90 days, counted by ISO week.
CREATE TABLE referral_weeks (
    week TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    area_id TEXT NOT NULL,
    category TEXT NOT NULL,
    lang TEXT NOT NULL,
    group_id TEXT NOT NULL,
    referrals BIGINT NOT NULL,
    PRIMARY KEY (week, resource_id, area_id, category, lang, group_id)
);

-- Unmet needs counted by ISO week: a search that found nothing or a "nothing fitted",
-- by the searcher's language, the area searched in, the category the words were read
-- as and the category the volunteer said was needed ('' for none).
CREATE TABLE unmet_needs (
    week TEXT NOT NULL,
    kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    area_id TEXT NOT NULL,
    matched TEXT NOT NULL,
    needed TEXT NOT NULL,
    searches BIGINT NOT NULL,
    PRIMARY KEY (week, kind, lang, area_id, matched, needed)
);

-- Texts of unmet searches that at least five searches used in one week (counted in the
-- server's memory, by a keyed digest, until then).
CREATE TABLE unmet_texts (
    week TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    searches BIGINT NOT NULL,
    PRIMARY KEY (week, lang, text)
);

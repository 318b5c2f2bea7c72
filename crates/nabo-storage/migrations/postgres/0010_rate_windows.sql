-- Counters of fixed time windows shared by every replica: the requests a partner key
-- made in a minute, the failed logins of an account in a quarter of an hour. `key` names
-- what is counted (`partner:<key id>`, `login:<account>`), never a person using the
-- public pages; `window_start` is the window's first second (Unix time). Old windows are
-- deleted as they end.
CREATE TABLE rate_windows (
    key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    used BIGINT NOT NULL,
    PRIMARY KEY (key, window_start)
);

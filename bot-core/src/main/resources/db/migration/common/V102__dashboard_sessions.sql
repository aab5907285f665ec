-- The dashboard's sign-ins: a pending one (OpenID Connect state and nonce, minutes long) and a session (the hash of
-- its cookie, who signed in, the form token against cross-site requests). Deleted at sign-out, expiry or forget me.
CREATE TABLE dashboard_signins (
    state       VARCHAR(100) NOT NULL PRIMARY KEY,
    nonce       VARCHAR(100) NOT NULL,
    provider    VARCHAR(32)  NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE dashboard_sessions (
    session_hash  VARCHAR(100) NOT NULL PRIMARY KEY,
    leader_key    VARCHAR(600) NOT NULL,
    display_name  VARCHAR(300) NOT NULL,
    csrf          VARCHAR(100) NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dashboard_sessions_leader ON dashboard_sessions (leader_key);

-- 001: documents and runs.
CREATE TABLE IF NOT EXISTS documents (
    doc_id      VARCHAR PRIMARY KEY,   -- hash of the normalised text
    url         VARCHAR,
    title       VARCHAR,
    published   DATE,
    language    VARCHAR,
    site        VARCHAR,
    origin      VARCHAR,               -- file path, URL or feed it came from
    text        VARCHAR NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_url ON documents (url);

CREATE TABLE IF NOT EXISTS runs (
    run_id          VARCHAR PRIMARY KEY,
    command         VARCHAR NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    status          VARCHAR NOT NULL,  -- running | ok | partial | failed
    version         VARCHAR NOT NULL,  -- mirrorwatch version
    lexicon_version VARCHAR,           -- language-pack digest, for coding runs
    params          JSON,
    stats           JSON
);

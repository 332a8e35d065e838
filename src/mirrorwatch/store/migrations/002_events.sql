-- 002: events (the record of PRODUCT.md, flattened) and the coding ledger.
CREATE TABLE IF NOT EXISTS events (
    event_id           VARCHAR PRIMARY KEY,
    doc_id             VARCHAR,
    sentence_index     INTEGER,
    sentence           VARCHAR,
    span_start         INTEGER,
    span_end           INTEGER,
    source_country     VARCHAR,
    source_sector      VARCHAR,
    source_text        VARCHAR,
    source_attributed  BOOLEAN,
    target_country     VARCHAR,
    target_sector      VARCHAR,
    target_text        VARCHAR,
    target_attributed  BOOLEAN,
    plover             VARCHAR NOT NULL,
    mode               VARCHAR,
    cameo              VARCHAR,
    quad_class         TINYINT,
    intensity          DOUBLE,
    date               DATE,
    date_precision     VARCHAR,
    location_country   VARCHAR,
    location_place     VARCHAR,
    negated            BOOLEAN,
    hypothetical       BOOLEAN,
    confidence         FLOAT,
    evidence           VARCHAR[],
    language           VARCHAR,
    is_symmetric       BOOLEAN,
    dataset            VARCHAR NOT NULL,  -- 'mirrorwatch' for coded events, else gdelt/icews/plover/...
    dataset_id         VARCHAR,
    dataset_goldstein  DOUBLE,
    dataset_quad_class TINYINT,
    run_id             VARCHAR
);

-- Which documents have been coded, by which run and lexicon: `code --db` is incremental over this.
CREATE TABLE IF NOT EXISTS coded (
    doc_id          VARCHAR PRIMARY KEY,
    run_id          VARCHAR NOT NULL,
    lexicon_version VARCHAR,
    n_events        INTEGER NOT NULL,
    coded_at        TIMESTAMPTZ NOT NULL
);

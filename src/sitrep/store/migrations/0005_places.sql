-- Schema 5: places. A place name in the text (span) and the gazetteer entry it resolves to.
-- (Schema 4 is the times layer's.)
CREATE TABLE places (
    doc_id VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    name VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    gazetteer_id VARCHAR,
    feature_type VARCHAR,
    country VARCHAR,
    admin1 VARCHAR,
    candidates INTEGER NOT NULL,
    confidence DOUBLE,
    pipeline_version VARCHAR NOT NULL
);

CREATE INDEX places_doc ON places (doc_id);

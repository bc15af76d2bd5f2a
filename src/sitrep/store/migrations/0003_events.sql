-- Schema 3: events (PLOVER). Evidence span = the clause; trigger span = the word(s) naming it.
CREATE TABLE events (
    doc_id VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    cameo VARCHAR,
    source_actor VARCHAR,
    target_actor VARCHAR,
    place VARCHAR,
    date_value VARCHAR,
    date_earliest DATE,
    date_latest DATE,
    date_source VARCHAR,
    polarity VARCHAR NOT NULL,
    modality VARCHAR NOT NULL,
    reported_by VARCHAR,
    confidence DOUBLE NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE INDEX events_doc ON events (doc_id);

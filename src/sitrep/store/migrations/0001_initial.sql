-- Schema 1: documents and the actors layer. Every extracted row carries its document id, its
-- evidence span [span_start, span_end) into documents.text, and the pipeline version.
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,          -- content hash of text
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    published DATE,
    origin VARCHAR,                  -- file path, path:line or feed#entry it was first read from
    text VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE actors (
    doc_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    aliases VARCHAR[],
    kind VARCHAR NOT NULL,
    country VARCHAR,
    role VARCHAR,
    affiliation VARCHAR,
    known BOOLEAN NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    actor_id VARCHAR,
    role VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL
);

CREATE INDEX actors_doc ON actors (doc_id);
CREATE INDEX mentions_doc ON mentions (doc_id);

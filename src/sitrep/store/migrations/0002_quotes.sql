-- Schema 2: the quotes layer. The content span [span_start, span_end) is the evidence; the cue
-- ("said", "according to") and the speaker are spans of their own, NULL when the text has none.
-- speaker_actor is the actors.actor_id (same doc_id) the speaker resolves to, if any.
CREATE TABLE quotes (
    doc_id VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,           -- direct, indirect or mixed
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_text VARCHAR,
    speaker_actor VARCHAR,
    source_type VARCHAR NOT NULL,    -- named, anonymous, institutional or unknown
    truncated BOOLEAN NOT NULL,      -- a quotation mark that never closed: content capped
    pipeline_version VARCHAR NOT NULL
);

CREATE INDEX quotes_doc ON quotes (doc_id);

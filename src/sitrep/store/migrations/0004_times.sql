-- Schema 4: time expressions (TIMEX3), normalised against the publication date.
CREATE TABLE times (
    doc_id VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    type VARCHAR NOT NULL,       -- DATE | TIME | DURATION | SET
    value VARCHAR,               -- TIMEX3 value: 2024-12-15, 2024-W50, P49Y, PAST_REF, XXXX-WXX-1
    earliest DATE,               -- the interval the expression covers; NULL = open
    latest DATE,
    mod VARCHAR,                 -- APPROX, MORE_THAN, ON_OR_AFTER ('since'), ON_OR_BEFORE ('by') …
    pipeline_version VARCHAR NOT NULL
);

CREATE INDEX times_doc ON times (doc_id);

-- Schema 6: the knowledge base across documents (issue 7). Built from the per-document layers
-- by sitrep.kb, incrementally: every lookup the update makes goes through an indexed key table
-- (kb_actor_names, kb_doc_bands, kb_event_keys), so adding one article does not scan the KB.

-- One row per document the KB has taken in; duplicate_of names the first copy of a syndicated
-- (near-identical) text. signature = MinHash of word 5-shingles.
CREATE TABLE kb_documents (
    doc_id VARCHAR PRIMARY KEY,
    duplicate_of VARCHAR,
    similarity DOUBLE,
    signature UBIGINT[] NOT NULL,
    added_at TIMESTAMP NOT NULL
);
CREATE TABLE kb_doc_bands (band VARCHAR NOT NULL, doc_id VARCHAR NOT NULL);
CREATE INDEX kb_doc_bands_band ON kb_doc_bands (band);

-- Canonical actors. Dictionary ids (HTS, RUS-MIL) are their own canonical id; unknown names get
-- the first document's slug (person:kaja-kallas); descriptions ("an HTS official") stay
-- per document (desc:<doc>:<id>) and point to their affiliation.
CREATE TABLE kb_actors (
    kb_actor_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    country VARCHAR,
    known BOOLEAN NOT NULL,
    scope VARCHAR NOT NULL,          -- global (merges across documents) or document
    affiliation VARCHAR,             -- kb_actor_id of the organisation, for descriptions/persons
    role VARCHAR
);
-- Which document-level actor is which canonical actor, and why (dictionary, name, alias_file,
-- document).
CREATE TABLE kb_actor_members (
    doc_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    kb_actor_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    how VARCHAR NOT NULL
);
CREATE INDEX kb_actor_members_doc ON kb_actor_members (doc_id);
CREATE INDEX kb_actor_members_actor ON kb_actor_members (kb_actor_id);
-- Normalised names and aliases under which a canonical actor is found.
CREATE TABLE kb_actor_names (key VARCHAR NOT NULL, kb_actor_id VARCHAR NOT NULL);
CREATE INDEX kb_actor_names_key ON kb_actor_names (key);

-- Deduplicated events. Attributes are the best evidence among the mentions: canonical actors,
-- the most precise date interval, the first resolved place.
CREATE TABLE kb_events (
    kb_event_id VARCHAR PRIMARY KEY,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    modality VARCHAR NOT NULL,
    source_actor VARCHAR,
    target_actor VARCHAR,
    place VARCHAR,
    place_name VARCHAR,
    gazetteer_id VARCHAR,
    feature_type VARCHAR,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    date_earliest DATE,
    date_latest DATE,
    text VARCHAR NOT NULL,           -- the first mention's evidence clause
    trigger_text VARCHAR NOT NULL    -- and its trigger
);
-- Scratch table: the attributes of KB events one update rewrites (kept empty between updates).
CREATE TABLE kb_events_staged AS SELECT * FROM kb_events LIMIT 0;
-- Lookup keys: type|ISO week for every week the event's interval touches.
CREATE TABLE kb_event_keys (key VARCHAR NOT NULL, kb_event_id VARCHAR NOT NULL);
CREATE INDEX kb_event_keys_key ON kb_event_keys (key);
-- Every mention of a KB event: the document event row (doc_id, span, trigger) it came from.
CREATE TABLE kb_event_mentions (
    kb_event_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    polarity VARCHAR NOT NULL,
    reported_by VARCHAR,             -- kb_actor_id of the speaker when inside a quote
    count_low INTEGER,               -- casualty/people count stated in the clause, if any
    count_high INTEGER,
    how VARCHAR NOT NULL,            -- new, matched (score), duplicate_document
    score DOUBLE
);
CREATE INDEX kb_event_mentions_event ON kb_event_mentions (kb_event_id);
CREATE INDEX kb_event_mentions_doc ON kb_event_mentions (doc_id);

-- Two statements about one KB event that cannot both be true, with both sides' evidence.
CREATE TABLE kb_contradictions (
    kb_event_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,           -- polarity (asserted vs denied) or count
    a_doc_id VARCHAR NOT NULL,
    a_span_start INTEGER NOT NULL,
    a_text VARCHAR NOT NULL,
    a_claim VARCHAR NOT NULL,
    a_reported_by VARCHAR,
    b_doc_id VARCHAR NOT NULL,
    b_span_start INTEGER NOT NULL,
    b_text VARCHAR NOT NULL,
    b_claim VARCHAR NOT NULL,
    b_reported_by VARCHAR
);
CREATE INDEX kb_contradictions_event ON kb_contradictions (kb_event_id);

-- Status of facilities (airbase, port, naval base, airport) and actors over time, each with the
-- event or sentence it was read from.
CREATE TABLE kb_status (
    subject_kind VARCHAR NOT NULL,   -- facility or actor
    subject_id VARCHAR NOT NULL,     -- gazetteer_id or kb_actor_id
    subject_name VARCHAR NOT NULL,
    status VARCHAR NOT NULL,         -- attacked, emptied, withdrawn, reinforced, active, under negotiation
    date_earliest DATE,
    date_latest DATE,
    kb_event_id VARCHAR,
    doc_id VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    reported_by VARCHAR
);
CREATE INDEX kb_status_subject ON kb_status (subject_id);
CREATE INDEX kb_status_doc ON kb_status (doc_id);

-- Read-only views for `sitrep sql` and the Python API (documented in the README).
CREATE VIEW v_event_sources AS
SELECT m.kb_event_id, m.doc_id, d.title, d.source AS outlet, d.published, d.url,
       kd.duplicate_of, m.span_start, m.span_end, m.text, m.polarity, m.reported_by,
       ra.name AS reported_by_name, m.count_low, m.count_high, m.how, m.score
FROM kb_event_mentions m
JOIN documents d ON d.id = m.doc_id
LEFT JOIN kb_documents kd ON kd.doc_id = m.doc_id
LEFT JOIN kb_actors ra ON ra.kb_actor_id = m.reported_by;

CREATE VIEW v_events AS
SELECT e.kb_event_id, e.type, e.mode, e.modality, e.date_earliest, e.date_latest,
       e.source_actor, sa.name AS source_name, e.target_actor, ta.name AS target_name,
       e.place, e.place_name, e.gazetteer_id, e.feature_type, e.country, e.lat, e.lon,
       s.mentions, s.documents, s.independent_documents, s.outlets, s.first_published,
       s.denied, e.text
FROM kb_events e
LEFT JOIN kb_actors sa ON sa.kb_actor_id = e.source_actor
LEFT JOIN kb_actors ta ON ta.kb_actor_id = e.target_actor
JOIN (SELECT kb_event_id, count(*) AS mentions, count(DISTINCT doc_id) AS documents,
             count(DISTINCT coalesce(duplicate_of, doc_id)) AS independent_documents,
             list(DISTINCT outlet ORDER BY outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets,
             min(published) AS first_published,
             count(*) FILTER (WHERE polarity = 'negative') AS denied
      FROM v_event_sources GROUP BY kb_event_id) s ON s.kb_event_id = e.kb_event_id;

CREATE VIEW v_actors AS
SELECT a.kb_actor_id, a.name, a.kind, a.country, a.known, a.scope, a.affiliation,
       af.name AS affiliation_name, a.role,
       list(DISTINCT m.name ORDER BY m.name) AS names,
       count(DISTINCT m.doc_id) AS documents
FROM kb_actors a
LEFT JOIN kb_actors af ON af.kb_actor_id = a.affiliation
LEFT JOIN kb_actor_members m ON m.kb_actor_id = a.kb_actor_id
GROUP BY ALL;

CREATE VIEW v_quotes AS
SELECT q.doc_id, d.title, d.source AS outlet, d.published, q.span_start, q.span_end, q.text,
       q.kind, q.source_type, q.speaker_text, m.kb_actor_id AS speaker, a.name AS speaker_name,
       a.affiliation AS speaker_affiliation
FROM quotes q
JOIN documents d ON d.id = q.doc_id
LEFT JOIN kb_actor_members m ON m.doc_id = q.doc_id AND m.actor_id = q.speaker_actor
LEFT JOIN kb_actors a ON a.kb_actor_id = m.kb_actor_id;

CREATE VIEW v_contradictions AS
SELECT c.kb_event_id, e.type, c.kind,
       c.a_claim, c.a_text, da.source AS a_outlet, da.published AS a_published, c.a_doc_id,
       ra.name AS a_reported_by,
       c.b_claim, c.b_text, db.source AS b_outlet, db.published AS b_published, c.b_doc_id,
       rb.name AS b_reported_by
FROM kb_contradictions c
JOIN kb_events e ON e.kb_event_id = c.kb_event_id
JOIN documents da ON da.id = c.a_doc_id
JOIN documents db ON db.id = c.b_doc_id
LEFT JOIN kb_actors ra ON ra.kb_actor_id = c.a_reported_by
LEFT JOIN kb_actors rb ON rb.kb_actor_id = c.b_reported_by;

CREATE VIEW v_timeline AS
SELECT s.subject_kind, s.subject_id, s.subject_name, s.status, s.date_earliest, s.date_latest,
       s.kb_event_id, s.doc_id, d.source AS outlet, d.published, s.text,
       s.reported_by, ra.name AS reported_by_name, s.span_start, s.span_end
FROM kb_status s
JOIN documents d ON d.id = s.doc_id
LEFT JOIN kb_actors ra ON ra.kb_actor_id = s.reported_by;

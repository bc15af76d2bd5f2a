-- Schema 8: how each event's type was found (Event.typed_by): lexicon (a hand-written entry or
-- rule), learned_lexicon (an entry learned from PLV train), typer (the classifier overrode the
-- lexicon's type), fallback (the classifier alone on a verb the lexicon does not know; about 1 in
-- 10 right on news, so users can leave these out). NULL for events stored before schema 8.
-- The column comes last, after pipeline_version.
ALTER TABLE events ADD COLUMN typed_by VARCHAR;

-- Schema 7: a group speaker's members. 'Obama and Clinton said' is a claim of both: the quotes
-- stage makes a group actor (id joint:…) whose members are the actor ids of each joined phrase.
-- Empty for every other actor; the column comes last, after pipeline_version.
ALTER TABLE actors ADD COLUMN members VARCHAR[];

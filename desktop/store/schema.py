"""The tables of a ``.synoptic`` session file, one DDL block per schema step.

A session is one SQLite database (SQLite as an application file format). A colleague can
open it with any SQLite tool: every table below is plain rows, JSON only where a value is a
free-form dict or list. Offsets are Python ``str`` indices into ``sources.text``.

Never edit a block once released: add a new block and a new migration instead.
"""
from __future__ import annotations

# PRAGMA application_id of every session file: ASCII "SYNO".
APPLICATION_ID = 0x53594E4F

META_TABLE = "meta"

# Schema step 1: the inputs and the user's own work.
CORE = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE sources (
    position INTEGER PRIMARY KEY,          -- column order in the app, 0-based
    hash     TEXT NOT NULL,                -- sha256 hex of text (Source.content_hash)
    name     TEXT NOT NULL,
    path     TEXT,
    title    TEXT,
    kind     TEXT NOT NULL DEFAULT 'text',
    encoding TEXT,
    language TEXT,
    text     TEXT NOT NULL,
    meta     TEXT NOT NULL DEFAULT '{}'    -- JSON object: outlet, date, author, url...
);
CREATE INDEX sources_hash ON sources(hash);
CREATE TABLE options (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    options TEXT NOT NULL                  -- JSON of engine Options
);
CREATE TABLE overrides (
    id      INTEGER PRIMARY KEY,
    action  TEXT NOT NULL CHECK (action IN ('link', 'unlink')),
    a_hash  TEXT NOT NULL, a_start INTEGER NOT NULL, a_end INTEGER NOT NULL,
    b_hash  TEXT NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL,
    created TEXT NOT NULL
);
CREATE UNIQUE INDEX overrides_pair
    ON overrides(a_hash, a_start, a_end, b_hash, b_start, b_end);
CREATE TABLE annotations (
    source_hash TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    verdict     TEXT CHECK (verdict IS NULL OR verdict IN
                    ('corroborated', 'disputed', 'needs check', 'false', 'unverifiable')),
    note        TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL,
    PRIMARY KEY (source_hash, start, "end")
);
"""

# Schema step 2: the last comparison, so a session reopens without re-running the engine.
RESULTS = """
CREATE TABLE run (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    created     TEXT NOT NULL,
    app_version TEXT NOT NULL,
    options     TEXT NOT NULL,             -- JSON of the Options this run used
    overrides   TEXT NOT NULL DEFAULT '[]' -- JSON list of the Overrides this run applied
);
CREATE TABLE sentences (
    source    INTEGER NOT NULL REFERENCES sources(position) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    paragraph INTEGER NOT NULL DEFAULT 0,
    text      TEXT NOT NULL,               -- copy of the span, for people reading the file
    PRIMARY KEY (source, idx)
);
CREATE TABLE removed (
    source INTEGER NOT NULL REFERENCES sources(position) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('boilerplate', 'duplicate', 'other')),
    label  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source, idx)
);
CREATE TABLE groups (
    id    INTEGER PRIMARY KEY,             -- group number in the comparison, 0-based
    score REAL NOT NULL
);
CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    source   INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    PRIMARY KEY (group_id, idx),
    FOREIGN KEY (source, sentence) REFERENCES sentences(source, idx) ON DELETE CASCADE
);
CREATE TABLE group_links (
    group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    a_source   INTEGER NOT NULL, a_sentence INTEGER NOT NULL,
    b_source   INTEGER NOT NULL, b_sentence INTEGER NOT NULL,
    score      REAL NOT NULL,
    manual     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, idx),
    FOREIGN KEY (a_source, a_sentence) REFERENCES sentences(source, idx) ON DELETE CASCADE,
    FOREIGN KEY (b_source, b_sentence) REFERENCES sentences(source, idx) ON DELETE CASCADE
);
CREATE TABLE candidates (
    idx        INTEGER PRIMARY KEY,
    a_source   INTEGER NOT NULL, a_sentence INTEGER NOT NULL,
    b_source   INTEGER NOT NULL, b_sentence INTEGER NOT NULL,
    score      REAL NOT NULL,
    manual     INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (a_source, a_sentence) REFERENCES sentences(source, idx) ON DELETE CASCADE,
    FOREIGN KEY (b_source, b_sentence) REFERENCES sentences(source, idx) ON DELETE CASCADE
);
CREATE TABLE details (
    idx          INTEGER PRIMARY KEY,
    source       INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('unique', 'conflict')),
    type         TEXT NOT NULL DEFAULT 'text',
    group_id     INTEGER REFERENCES groups(id) ON DELETE CASCADE,
    counterparts TEXT NOT NULL DEFAULT '[]', -- JSON list of [source, start, end]
    FOREIGN KEY (source, sentence) REFERENCES sentences(source, idx) ON DELETE CASCADE
);
CREATE VIEW group_sentences AS
    SELECT m.group_id, g.score, s.name AS source_name, m.source, m.sentence, t.text
    FROM group_members m
    JOIN groups g ON g.id = m.group_id
    JOIN sources s ON s.position = m.source
    JOIN sentences t ON t.source = m.source AND t.idx = m.sentence
    ORDER BY m.group_id, m.idx;
"""

# Schema step 3 (also the whole of a standalone cache file): sentence embeddings.
EMBEDDINGS = """
CREATE TABLE IF NOT EXISTS embeddings (
    model  TEXT NOT NULL,                  -- e.g. 'usem3'
    key    TEXT NOT NULL,                  -- the engine's key, e.g. sha1 of the sentence
    dim    INTEGER NOT NULL,
    vector BLOB NOT NULL,                  -- little-endian float32 x dim
    PRIMARY KEY (model, key)
);
"""

# Children before parents: the order to empty the results in.
RESULT_TABLES = ("phrase_cover", "word_matches", "attributions", "details", "candidates", "group_links",
                 "group_members", "groups", "removed", "sentences", "run")

# Step 4: an override may also mark a removed span as report text ("keep": both anchors name the span).
KEEP_OVERRIDES = """
CREATE TABLE overrides_v4 (
    id      INTEGER PRIMARY KEY,
    action  TEXT NOT NULL CHECK (action IN ('link', 'unlink', 'keep')),
    a_hash  TEXT NOT NULL, a_start INTEGER NOT NULL, a_end INTEGER NOT NULL,
    b_hash  TEXT NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL,
    created TEXT NOT NULL
);
INSERT INTO overrides_v4 SELECT id, action, a_hash, a_start, a_end, b_hash, b_start, b_end, created FROM overrides;
DROP TABLE overrides;
ALTER TABLE overrides_v4 RENAME TO overrides;
CREATE UNIQUE INDEX overrides_pair
    ON overrides(a_hash, a_start, a_end, b_hash, b_start, b_end);
"""

# The index of a `synoptic batch` run (OUTDIR/index.sqlite), not a session file: its own database.
# Stories are keyed by the content of their reports (``key``): a story whose key is here with status 'done'
# is not compared again when an interrupted run resumes.
BATCH_INDEX = """
CREATE TABLE IF NOT EXISTS stories (
    name           TEXT PRIMARY KEY,       -- OUTDIR/<name>.json and OUTDIR/<name>.html
    key            TEXT NOT NULL,          -- sha256 of the options and the sorted content hashes of its reports
    status         TEXT NOT NULL CHECK (status IN ('done', 'failed')),
    title          TEXT NOT NULL DEFAULT '',
    sources        TEXT NOT NULL DEFAULT '[]', -- JSON list of source names, in column order
    n_sources      INTEGER NOT NULL DEFAULT 0,
    claims_all     INTEGER,                -- claims every source carries
    claims_some    INTEGER,                -- claims several but not all sources carry
    claims_one     INTEGER,                -- claims only one source carries
    conflicts      INTEGER,                -- claims whose sources disagree on a detail
    anonymous_only INTEGER,                -- claims resting on anonymous sources only
    error          TEXT NOT NULL DEFAULT '',
    seconds        REAL,
    updated        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_key ON stories(key);
CREATE TABLE IF NOT EXISTS reports (
    file   TEXT PRIMARY KEY,               -- as in stories.csv
    story  TEXT NOT NULL DEFAULT '',       -- '' when the report is in no story
    hash   TEXT NOT NULL DEFAULT '',       -- sha256 of its text; '' when it could not be read
    title  TEXT NOT NULL DEFAULT '',
    error  TEXT NOT NULL DEFAULT ''        -- the one-line reason it could not be used
);
"""

# Step 5: who each statement is attributed to (the engine's attribution stage), so a reopened session shows it.
ATTRIBUTIONS = """
CREATE TABLE attributions (
    idx        INTEGER PRIMARY KEY,
    source     INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'outlet', 'anonymous', 'document')),
    cue_start  INTEGER NOT NULL,
    cue_end    INTEGER NOT NULL,
    refers_to  TEXT,
    FOREIGN KEY (source, sentence) REFERENCES sentences(source, idx) ON DELETE CASCADE
);
"""

# Step 6: words of different reports that mean the same (the engine's ``meanings`` table), so that re-grouping a
# reopened session finds the same details without the sentence model.
WORD_MATCHES = """
CREATE TABLE word_matches (
    idx        INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('same', 'expands')),
    word_a     TEXT NOT NULL,          -- 'expands': an acronym the reports define
    word_b     TEXT NOT NULL,          -- 'expands': a word of its long form
    value      REAL NOT NULL           -- 'same': the cosine; 'expands': the word's place in the long form
);
"""

# Step 8: the word-match table also keeps, for the words two linked sentences have in the same place, their cosine
# ('slot'), so that a reopened session tells "said differently" from a reworded sentence as the run did. SQLite
# cannot change a CHECK constraint: the table is rebuilt, its rows kept.
WORD_SLOTS = """
CREATE TABLE word_matches_8 (
    idx        INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('same', 'expands', 'slot')),
    word_a     TEXT NOT NULL,          -- 'expands': an acronym the reports define
    word_b     TEXT NOT NULL,          -- 'expands': a word of its long form
    value      REAL NOT NULL           -- 'same', 'slot': the cosine; 'expands': the word's place in the long form
);
INSERT INTO word_matches_8 (idx, kind, word_a, word_b, value) SELECT idx, kind, word_a, word_b, value FROM word_matches;
DROP TABLE word_matches;
ALTER TABLE word_matches_8 RENAME TO word_matches;
"""

# Step 9: pairs of English words a thesaurus vouches for ('vouched', ``meanings.vouch``: synonyms, and close words
# it reads as neither opposites nor two things of one kind), so that a reopened session reads words as the run did.
WORD_VOUCHED = """
CREATE TABLE word_matches_9 (
    idx        INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('same', 'expands', 'slot', 'vouched')),
    word_a     TEXT NOT NULL,          -- 'expands': an acronym the reports define
    word_b     TEXT NOT NULL,          -- 'expands': a word of its long form
    value      REAL NOT NULL           -- 'same', 'slot': the cosine; 'expands': the word's place; 'vouched': 1
);
INSERT INTO word_matches_9 (idx, kind, word_a, word_b, value) SELECT idx, kind, word_a, word_b, value FROM word_matches;
DROP TABLE word_matches;
ALTER TABLE word_matches_9 RENAME TO word_matches;
"""

# Step 10: the claim a review was written for (the anchors of its versions, a JSON list of [hash, start, end]), so
# that a sentence taken out of the claim leaves the verdict and note with the versions that stay.
REVIEW_CLAIM = """
ALTER TABLE annotations ADD COLUMN claim TEXT NOT NULL DEFAULT '[]';
"""

# Step 7: phrase cosines of the cross-language candidate pairs (the engine's ``phrases`` table), so that
# re-grouping a reopened session finds the same details across languages without the sentence model.
PHRASE_COVER = """
CREATE TABLE phrase_cover (
    idx            INTEGER PRIMARY KEY,
    source         INTEGER NOT NULL,   -- the sentence whose phrase this is
    sentence       INTEGER NOT NULL,
    other_source   INTEGER NOT NULL,   -- the sentence of the other language it is compared with
    other_sentence INTEGER NOT NULL,
    phrase         INTEGER NOT NULL,   -- the phrase's place in its sentence (phrases.phrases)
    cosine         REAL NOT NULL,      -- its best cosine with a phrase of the other
    other_phrase   INTEGER NOT NULL    -- which phrase of the other that is
);
"""

namespace ClaimsGraph.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations; <c>PRAGMA user_version</c> records how many ran. A new
/// schema change is a new entry at the end, never an edit of an old one (databases in the field ran it).
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: nodes, edges (each edge row carries the article that contributed it), full-text indexes.
        """
        CREATE TABLE articles (
            id            TEXT PRIMARY KEY,
            url           TEXT,
            title         TEXT,
            title_folded  TEXT,
            source        TEXT,
            published_at  INTEGER,            -- UTC ticks; null when unknown
            ingested_at   INTEGER NOT NULL,   -- UTC ticks
            word_count    INTEGER NOT NULL,
            content_hash  TEXT NOT NULL,
            text          TEXT NOT NULL
        );
        CREATE INDEX ix_articles_published ON articles (published_at);
        -- The default article order (newest first, unpublished last) read straight off an index.
        CREATE INDEX ix_articles_newest ON articles (published_at IS NULL, published_at DESC, id);
        CREATE INDEX ix_articles_source ON articles (source COLLATE NOCASE, published_at);

        CREATE TABLE entities (
            id           TEXT PRIMARY KEY,
            type         TEXT NOT NULL,       -- EntityType name: the fixed enum, never user text
            name         TEXT NOT NULL,
            name_folded  TEXT NOT NULL,       -- lower-case, accents folded: name and aliases, one per line
            aliases      TEXT NOT NULL,       -- JSON array
            extra        TEXT NOT NULL,       -- JSON object: roles, officialName, demonyms, kind, dateText
            event_type   TEXT,
            event_date   TEXT
        );
        CREATE INDEX ix_entities_type_name ON entities (type, name COLLATE NOCASE, id);
        CREATE INDEX ix_entities_event ON entities (type, event_date, id);

        CREATE TABLE quotes (
            id                  TEXT PRIMARY KEY,
            text                TEXT NOT NULL,
            kind                TEXT NOT NULL,
            confidence          REAL NOT NULL,
            speaker_id          TEXT REFERENCES entities (id),
            source_description  TEXT,
            last_published      INTEGER       -- newest publishedAt of a reporting article, kept on write
        );
        CREATE INDEX ix_quotes_speaker ON quotes (speaker_id, last_published);
        CREATE INDEX ix_quotes_newest ON quotes (last_published IS NULL, last_published DESC, id);

        -- Which nodes (entities and quotes) each article contributed: a node no article holds is an orphan.
        CREATE TABLE article_nodes (
            article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            node_id     TEXT NOT NULL,
            PRIMARY KEY (article_id, node_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_article_nodes_node ON article_nodes (node_id);

        CREATE TABLE mentions (
            article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            entity_id   TEXT NOT NULL REFERENCES entities (id),
            count       INTEGER NOT NULL,
            spans       TEXT NOT NULL,        -- JSON [[start, end], …]
            PRIMARY KEY (article_id, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_mentions_entity ON mentions (entity_id, article_id);

        CREATE TABLE quote_reports (
            quote_id       TEXT NOT NULL REFERENCES quotes (id),
            article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            span_start     INTEGER NOT NULL,
            span_end       INTEGER NOT NULL,
            cue_start      INTEGER,
            cue_end        INTEGER,
            speaker_start  INTEGER,
            speaker_end    INTEGER,
            PRIMARY KEY (quote_id, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_quote_reports_article ON quote_reports (article_id, quote_id);

        CREATE TABLE quote_targets (
            article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            quote_id    TEXT NOT NULL REFERENCES quotes (id),
            entity_id   TEXT NOT NULL REFERENCES entities (id),
            weight      REAL NOT NULL,
            PRIMARY KEY (article_id, quote_id, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_quote_targets_entity ON quote_targets (entity_id, quote_id);
        CREATE INDEX ix_quote_targets_quote ON quote_targets (quote_id, entity_id);

        CREATE TABLE affiliations (
            article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            person_id   TEXT NOT NULL REFERENCES entities (id),
            target_id   TEXT NOT NULL REFERENCES entities (id),
            role        TEXT NOT NULL,
            PRIMARY KEY (article_id, person_id, target_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX ix_affiliations_person ON affiliations (person_id, target_id);
        CREATE INDEX ix_affiliations_target ON affiliations (target_id, person_id);

        CREATE TABLE event_facts (
            article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            event_id       TEXT NOT NULL REFERENCES entities (id),
            located_in_id  TEXT REFERENCES entities (id),
            span_start     INTEGER NOT NULL,
            span_end       INTEGER NOT NULL,
            PRIMARY KEY (article_id, event_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_event_facts_event ON event_facts (event_id, article_id);
        CREATE INDEX ix_event_facts_place ON event_facts (located_in_id, event_id);

        CREATE TABLE event_participants (
            article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            event_id    TEXT NOT NULL REFERENCES entities (id),
            entity_id   TEXT NOT NULL REFERENCES entities (id),
            role        TEXT NOT NULL,
            PRIMARY KEY (article_id, event_id, entity_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX ix_event_participants_event ON event_participants (event_id, entity_id);
        CREATE INDEX ix_event_participants_entity ON event_participants (entity_id, event_id);

        -- Full text: external-content FTS5 tables kept in step by triggers; diacritics folded.
        CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'rowid',
            tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END;
        CREATE TRIGGER quotes_au AFTER UPDATE OF text ON quotes BEGIN
            INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
        END;

        CREATE VIRTUAL TABLE entities_fts USING fts5 (name, aliases, content = 'entities', content_rowid = 'rowid',
            tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER entities_ai AFTER INSERT ON entities BEGIN
            INSERT INTO entities_fts (rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
        END;
        CREATE TRIGGER entities_ad AFTER DELETE ON entities BEGIN
            INSERT INTO entities_fts (entities_fts, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
        END;
        CREATE TRIGGER entities_au AFTER UPDATE OF name, aliases ON entities BEGIN
            INSERT INTO entities_fts (entities_fts, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
            INSERT INTO entities_fts (rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
        END;

        CREATE VIRTUAL TABLE articles_fts USING fts5 (title, content = 'articles', content_rowid = 'rowid',
            tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title) VALUES (new.rowid, coalesce(new.title, ''));
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title) VALUES ('delete', old.rowid, coalesce(old.title, ''));
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title) VALUES ('delete', old.rowid, coalesce(old.title, ''));
            INSERT INTO articles_fts (rowid, title) VALUES (new.rowid, coalesce(new.title, ''));
        END;
        """,

        // 2: read models for the relationship questions, kept exact by triggers inside each write transaction.
        // quote_about holds each (subject, quote) once with the quote's speaker and newest date, so "quotes about X,
        // newest first" is one index range; the counters answer totals and whoSaidAbout without counting.
        """
        CREATE TABLE quote_about (
            entity_id       TEXT NOT NULL,
            quote_id        TEXT NOT NULL,
            speaker_id      TEXT,
            last_published  INTEGER,
            PRIMARY KEY (entity_id, quote_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_quote_about_newest ON quote_about (entity_id, last_published IS NULL, last_published DESC, quote_id);
        CREATE INDEX ix_quote_about_speaker ON quote_about (entity_id, speaker_id, last_published IS NULL, last_published DESC, quote_id);
        CREATE INDEX ix_quote_about_quote ON quote_about (quote_id);

        -- Distinct quotes about a subject per speaker ('' = no identified speaker); rows at zero are removed.
        CREATE TABLE subject_speakers (
            entity_id   TEXT NOT NULL,
            speaker_id  TEXT NOT NULL,
            quotes      INTEGER NOT NULL,
            PRIMARY KEY (entity_id, speaker_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_subject_speakers_rank ON subject_speakers (entity_id, quotes DESC, speaker_id);

        -- Per subject: distinct quotes about it and distinct identified speakers of those quotes.
        CREATE TABLE subject_totals (
            entity_id  TEXT PRIMARY KEY,
            quotes     INTEGER NOT NULL,
            speakers   INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX ix_subject_totals_rank ON subject_totals (quotes DESC, entity_id);

        -- Quotes per identified speaker, for topSpeakers.
        CREATE TABLE speaker_totals (
            speaker_id  TEXT PRIMARY KEY,
            quotes      INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX ix_speaker_totals_rank ON speaker_totals (quotes DESC, speaker_id);

        INSERT INTO quote_about (entity_id, quote_id, speaker_id, last_published)
            SELECT DISTINCT t.entity_id, t.quote_id, q.speaker_id, q.last_published
            FROM quote_targets t JOIN quotes q ON q.id = t.quote_id;
        INSERT INTO subject_speakers (entity_id, speaker_id, quotes)
            SELECT entity_id, coalesce(speaker_id, ''), count(*) FROM quote_about GROUP BY entity_id, coalesce(speaker_id, '');
        INSERT INTO subject_totals (entity_id, quotes, speakers)
            SELECT entity_id, sum(quotes), count(*) FILTER (WHERE speaker_id <> '') FROM subject_speakers GROUP BY entity_id;
        INSERT INTO speaker_totals (speaker_id, quotes)
            SELECT speaker_id, count(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id;

        -- quote_targets (one row per reporting article) → quote_about (one row per subject and quote).
        CREATE TRIGGER quote_targets_about_ai AFTER INSERT ON quote_targets BEGIN
            INSERT INTO quote_about (entity_id, quote_id, speaker_id, last_published)
                SELECT new.entity_id, new.quote_id, q.speaker_id, q.last_published FROM quotes q WHERE q.id = new.quote_id
                ON CONFLICT DO NOTHING;
        END;
        CREATE TRIGGER quote_targets_about_ad AFTER DELETE ON quote_targets BEGIN
            DELETE FROM quote_about WHERE entity_id = old.entity_id AND quote_id = old.quote_id
                AND NOT EXISTS (SELECT 1 FROM quote_targets t WHERE t.quote_id = old.quote_id AND t.entity_id = old.entity_id);
        END;
        CREATE TRIGGER quotes_about_au AFTER UPDATE OF speaker_id, last_published ON quotes BEGIN
            UPDATE quote_about SET speaker_id = new.speaker_id, last_published = new.last_published
                WHERE quote_id = new.id AND (speaker_id IS NOT new.speaker_id OR last_published IS NOT new.last_published);
        END;

        -- quote_about → per-subject counters.
        CREATE TRIGGER quote_about_ai AFTER INSERT ON quote_about BEGIN
            INSERT INTO subject_totals (entity_id, quotes, speakers) VALUES (new.entity_id, 1, 0)
                ON CONFLICT DO UPDATE SET quotes = quotes + 1;
            INSERT INTO subject_speakers (entity_id, speaker_id, quotes) VALUES (new.entity_id, coalesce(new.speaker_id, ''), 1)
                ON CONFLICT DO UPDATE SET quotes = quotes + 1;
        END;
        CREATE TRIGGER quote_about_ad AFTER DELETE ON quote_about BEGIN
            UPDATE subject_speakers SET quotes = quotes - 1 WHERE entity_id = old.entity_id AND speaker_id = coalesce(old.speaker_id, '');
            UPDATE subject_totals SET quotes = quotes - 1 WHERE entity_id = old.entity_id;
            DELETE FROM subject_totals WHERE entity_id = old.entity_id AND quotes = 0;
        END;
        CREATE TRIGGER quote_about_speaker_au AFTER UPDATE OF speaker_id ON quote_about
        WHEN old.speaker_id IS NOT new.speaker_id BEGIN
            UPDATE subject_speakers SET quotes = quotes - 1 WHERE entity_id = old.entity_id AND speaker_id = coalesce(old.speaker_id, '');
            INSERT INTO subject_speakers (entity_id, speaker_id, quotes) VALUES (new.entity_id, coalesce(new.speaker_id, ''), 1)
                ON CONFLICT DO UPDATE SET quotes = quotes + 1;
        END;
        CREATE TRIGGER subject_speakers_ai AFTER INSERT ON subject_speakers WHEN new.speaker_id <> '' BEGIN
            UPDATE subject_totals SET speakers = speakers + 1 WHERE entity_id = new.entity_id;
        END;
        CREATE TRIGGER subject_speakers_emptied AFTER UPDATE OF quotes ON subject_speakers WHEN new.quotes = 0 BEGIN
            DELETE FROM subject_speakers WHERE entity_id = new.entity_id AND speaker_id = new.speaker_id;
            UPDATE subject_totals SET speakers = speakers - 1 WHERE entity_id = new.entity_id AND new.speaker_id <> '';
        END;

        -- quotes → per-speaker counter.
        CREATE TRIGGER quotes_speaker_ai AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL BEGIN
            INSERT INTO speaker_totals (speaker_id, quotes) VALUES (new.speaker_id, 1) ON CONFLICT DO UPDATE SET quotes = quotes + 1;
        END;
        CREATE TRIGGER quotes_speaker_ad AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL BEGIN
            UPDATE speaker_totals SET quotes = quotes - 1 WHERE speaker_id = old.speaker_id;
            DELETE FROM speaker_totals WHERE speaker_id = old.speaker_id AND quotes = 0;
        END;
        CREATE TRIGGER quotes_speaker_au AFTER UPDATE OF speaker_id ON quotes WHEN old.speaker_id IS NOT new.speaker_id BEGIN
            UPDATE speaker_totals SET quotes = quotes - 1 WHERE speaker_id = old.speaker_id;
            DELETE FROM speaker_totals WHERE speaker_id = old.speaker_id AND quotes = 0;
            INSERT INTO speaker_totals (speaker_id, quotes) SELECT new.speaker_id, 1 WHERE new.speaker_id IS NOT NULL
                ON CONFLICT DO UPDATE SET quotes = quotes + 1;
        END;
        """,

        // 3: entity_links — two entities joined through a quote (one spoke about the other, or both are its subjects),
        // with how many quotes join them. The path search walks entities through it, two hops at a time, instead of
        // fanning out over every quote of a prolific speaker. Both directions are stored so either end is an index prefix.
        """
        CREATE TABLE entity_links (
            a       TEXT NOT NULL,
            b       TEXT NOT NULL,
            quotes  INTEGER NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;

        INSERT INTO entity_links (a, b, quotes)
            SELECT a, b, count(*) FROM (
                SELECT speaker_id AS a, entity_id AS b FROM quote_about WHERE speaker_id IS NOT NULL AND speaker_id <> entity_id
                UNION ALL SELECT entity_id, speaker_id FROM quote_about WHERE speaker_id IS NOT NULL AND speaker_id <> entity_id
                UNION ALL SELECT x.entity_id, y.entity_id FROM quote_about x JOIN quote_about y ON y.quote_id = x.quote_id AND y.entity_id <> x.entity_id)
            GROUP BY a, b;

        CREATE TRIGGER quote_about_links_ai AFTER INSERT ON quote_about BEGIN
            INSERT INTO entity_links (a, b, quotes) SELECT new.speaker_id, new.entity_id, 1
                WHERE new.speaker_id IS NOT NULL AND new.speaker_id <> new.entity_id ON CONFLICT DO UPDATE SET quotes = quotes + 1;
            INSERT INTO entity_links (a, b, quotes) SELECT new.entity_id, new.speaker_id, 1
                WHERE new.speaker_id IS NOT NULL AND new.speaker_id <> new.entity_id ON CONFLICT DO UPDATE SET quotes = quotes + 1;
            INSERT INTO entity_links (a, b, quotes) SELECT y.entity_id, new.entity_id, 1 FROM quote_about y
                WHERE y.quote_id = new.quote_id AND y.entity_id <> new.entity_id ON CONFLICT DO UPDATE SET quotes = quotes + 1;
            INSERT INTO entity_links (a, b, quotes) SELECT new.entity_id, y.entity_id, 1 FROM quote_about y
                WHERE y.quote_id = new.quote_id AND y.entity_id <> new.entity_id ON CONFLICT DO UPDATE SET quotes = quotes + 1;
        END;
        CREATE TRIGGER quote_about_links_ad AFTER DELETE ON quote_about BEGIN
            UPDATE entity_links SET quotes = quotes - 1 WHERE old.speaker_id IS NOT NULL AND old.speaker_id <> old.entity_id
                AND ((a = old.speaker_id AND b = old.entity_id) OR (a = old.entity_id AND b = old.speaker_id));
            UPDATE entity_links SET quotes = quotes - 1 WHERE a = old.entity_id
                AND b IN (SELECT y.entity_id FROM quote_about y WHERE y.quote_id = old.quote_id AND y.entity_id <> old.entity_id);
            UPDATE entity_links SET quotes = quotes - 1 WHERE b = old.entity_id
                AND a IN (SELECT y.entity_id FROM quote_about y WHERE y.quote_id = old.quote_id AND y.entity_id <> old.entity_id);
        END;
        CREATE TRIGGER quote_about_links_speaker_au AFTER UPDATE OF speaker_id ON quote_about
        WHEN old.speaker_id IS NOT new.speaker_id BEGIN
            UPDATE entity_links SET quotes = quotes - 1 WHERE old.speaker_id IS NOT NULL AND old.speaker_id <> old.entity_id
                AND ((a = old.speaker_id AND b = old.entity_id) OR (a = old.entity_id AND b = old.speaker_id));
            INSERT INTO entity_links (a, b, quotes) SELECT new.speaker_id, new.entity_id, 1
                WHERE new.speaker_id IS NOT NULL AND new.speaker_id <> new.entity_id ON CONFLICT DO UPDATE SET quotes = quotes + 1;
            INSERT INTO entity_links (a, b, quotes) SELECT new.entity_id, new.speaker_id, 1
                WHERE new.speaker_id IS NOT NULL AND new.speaker_id <> new.entity_id ON CONFLICT DO UPDATE SET quotes = quotes + 1;
        END;
        CREATE TRIGGER entity_links_emptied AFTER UPDATE OF quotes ON entity_links WHEN new.quotes = 0 BEGIN
            DELETE FROM entity_links WHERE a = new.a AND b = new.b;
        END;
        """,

        // 4: entity_edges — the one-hop entity edges (0 AFFILIATED_WITH, 1 INVOLVES, 2 LOCATED_IN) once each, both
        // directions, with how many article rows support them. The edge tables hold one row per reporting article,
        // so a prolific speaker's affiliation is tens of thousands of rows there and one row here.
        """
        CREATE TABLE entity_edges (
            a         TEXT NOT NULL,
            b         TEXT NOT NULL,
            rel       INTEGER NOT NULL,
            articles  INTEGER NOT NULL,
            PRIMARY KEY (a, b, rel)
        ) WITHOUT ROWID;

        INSERT INTO entity_edges (a, b, rel, articles)
            SELECT a, b, rel, count(*) FROM (
                SELECT person_id AS a, target_id AS b, 0 AS rel FROM affiliations
                UNION ALL SELECT target_id, person_id, 0 FROM affiliations
                UNION ALL SELECT event_id, entity_id, 1 FROM event_participants
                UNION ALL SELECT entity_id, event_id, 1 FROM event_participants
                UNION ALL SELECT event_id, located_in_id, 2 FROM event_facts WHERE located_in_id IS NOT NULL
                UNION ALL SELECT located_in_id, event_id, 2 FROM event_facts WHERE located_in_id IS NOT NULL)
            GROUP BY a, b, rel;

        CREATE TRIGGER affiliations_edges_ai AFTER INSERT ON affiliations BEGIN
            INSERT INTO entity_edges (a, b, rel, articles) VALUES (new.person_id, new.target_id, 0, 1), (new.target_id, new.person_id, 0, 1)
                ON CONFLICT DO UPDATE SET articles = articles + 1;
        END;
        CREATE TRIGGER affiliations_edges_ad AFTER DELETE ON affiliations BEGIN
            UPDATE entity_edges SET articles = articles - 1
                WHERE rel = 0 AND ((a = old.person_id AND b = old.target_id) OR (a = old.target_id AND b = old.person_id));
        END;
        CREATE TRIGGER event_participants_edges_ai AFTER INSERT ON event_participants BEGIN
            INSERT INTO entity_edges (a, b, rel, articles) VALUES (new.event_id, new.entity_id, 1, 1), (new.entity_id, new.event_id, 1, 1)
                ON CONFLICT DO UPDATE SET articles = articles + 1;
        END;
        CREATE TRIGGER event_participants_edges_ad AFTER DELETE ON event_participants BEGIN
            UPDATE entity_edges SET articles = articles - 1
                WHERE rel = 1 AND ((a = old.event_id AND b = old.entity_id) OR (a = old.entity_id AND b = old.event_id));
        END;
        CREATE TRIGGER event_facts_edges_ai AFTER INSERT ON event_facts WHEN new.located_in_id IS NOT NULL BEGIN
            INSERT INTO entity_edges (a, b, rel, articles) VALUES (new.event_id, new.located_in_id, 2, 1), (new.located_in_id, new.event_id, 2, 1)
                ON CONFLICT DO UPDATE SET articles = articles + 1;
        END;
        CREATE TRIGGER event_facts_edges_ad AFTER DELETE ON event_facts WHEN old.located_in_id IS NOT NULL BEGIN
            UPDATE entity_edges SET articles = articles - 1
                WHERE rel = 2 AND ((a = old.event_id AND b = old.located_in_id) OR (a = old.located_in_id AND b = old.event_id));
        END;
        CREATE TRIGGER entity_edges_emptied AFTER UPDATE OF articles ON entity_edges WHEN new.articles = 0 BEGIN
            DELETE FROM entity_edges WHERE a = new.a AND b = new.b AND rel = new.rel;
        END;
        """,

        // 5: the pieces of an utterance an article gives in several pieces (“Q1,” she said. “Q2.”): JSON
        // [[start, end], …] in text order, the first being span_start/span_end; NULL when the quote is one piece,
        // which is every row written before this column existed, so an upgraded database reads them as one piece.
        """
        ALTER TABLE quote_reports ADD COLUMN pieces TEXT;
        """,
    ];
}

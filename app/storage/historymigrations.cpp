// The history's schema: numbered migrations, each run in one transaction that also sets
// user_version. A database from a newer Parley is refused, never "downgraded".
#include "historystore.h"

#include <QtCore/QDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Each migration runs in its own transaction and sets user_version; never edit a released one.
const char *const Migrations[] = {
        // 1: conversations, the message tree, full-text search kept in step by triggers.
        R"sql(
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            active_leaf_id INTEGER,
            deleted_at INTEGER
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER,
            role TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'complete',
            error TEXT NOT NULL DEFAULT '',
            finish_reason TEXT NOT NULL DEFAULT '',
            ttft_ms INTEGER NOT NULL DEFAULT -1,
            tokens_per_second REAL NOT NULL DEFAULT 0,
            prompt_tokens INTEGER NOT NULL DEFAULT -1,
            completion_tokens INTEGER NOT NULL DEFAULT -1,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
        CREATE VIRTUAL TABLE messages_fts USING fts5(
            content, content='messages', content_rowid='id', tokenize='unicode61');
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
        END;
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        )sql",
        // 2: blind comparisons' votes. A vote keeps its lanes' models and provider names, so the
        // tally outlives the conversation (deleting it only forgets which one it was).
        R"sql(
        CREATE TABLE votes (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
            user_message_id INTEGER,
            outcome TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE vote_lanes (
            vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            model TEXT NOT NULL,
            provider TEXT NOT NULL,
            message_id INTEGER,
            result TEXT NOT NULL,
            PRIMARY KEY (vote_id, position)
        );
        CREATE INDEX vote_lanes_by_model ON vote_lanes(model, provider);
        )sql",
        // 3: a reply being streamed is written once a second, and each write made the index
        // forget and learn its whole text again, so a long reply cost more every second. A
        // streaming row is now indexed when it stops streaming (finished, stopped, failed, or
        // interrupted at the next start); the index holds exactly the rows not streaming. The
        // streaming rows an older Parley indexed leave the index here, as they are now.
        R"sql(
        DROP TRIGGER IF EXISTS messages_fts_insert;
        DROP TRIGGER IF EXISTS messages_fts_delete;
        DROP TRIGGER IF EXISTS messages_fts_update;
        INSERT INTO messages_fts(messages_fts, rowid, content)
            SELECT 'delete', id, content FROM messages WHERE state = 'streaming';
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
            WHEN new.state <> 'streaming' BEGIN
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
            WHEN old.state <> 'streaming' BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
        END;
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, state ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content)
                SELECT 'delete', old.id, old.content WHERE old.state <> 'streaming';
            INSERT INTO messages_fts(rowid, content)
                SELECT new.id, new.content WHERE new.state <> 'streaming';
        END;
        )sql",
};
static_assert(std::size(Migrations) == HistoryStore::SchemaVersion);

} // namespace

int HistoryStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : -1;
}

bool HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const int version = schemaVersion();
    if (version < 0)
        return fail(QSqlQuery(db), tr("Could not read the history"));
    if (version > SchemaVersion) {
        m_error = tr("The history at %1 was written by a newer version of Parley. Update Parley to "
                     "open it.")
                          .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    for (int next = version + 1; next <= SchemaVersion; ++next) {
        if (!db.transaction())
            return fail(QSqlQuery(db), tr("Could not update the history"));
        bool ok = true;
        const QStringList statements = QString::fromUtf8(Migrations[next - 1]).split(u";\n"_s);
        QString pending;
        for (const QString &part : statements) {
            // Trigger bodies contain ";": keep collecting until the statement is complete.
            pending += part;
            if (pending.trimmed().isEmpty())
                continue;
            if (pending.contains("BEGIN"_L1) && !pending.trimmed().endsWith("END"_L1)) {
                pending += u";\n"_s;
                continue;
            }
            QSqlQuery query(db);
            if (!query.exec(pending)) {
                fail(query, tr("Could not update the history to version %1").arg(next));
                ok = false;
                break;
            }
            pending.clear();
        }
        QSqlQuery setVersion(db);
        if (ok && !setVersion.exec(u"PRAGMA user_version = %1"_s.arg(next))) {
            fail(setVersion, tr("Could not update the history"));
            ok = false;
        }
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!db.commit())
            return fail(QSqlQuery(db), tr("Could not update the history"));
    }
    return true;
}

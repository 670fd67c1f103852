#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

class HistoryStore;
class QWidget;

// A conversation to a file and back: Markdown (the versions on screen) or JSON (every version,
// for import), written completely or not at all. Errors come back as the words to show.
class ConversationFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ConversationFiles)

public:
    enum class Format {
        Markdown, // the versions on screen
        Json, // every version, for import
    };

    // Returns an empty string when written, else what went wrong.
    static QString write(HistoryStore *store, qint64 id, const QString &path, Format format);
    // Returns the new conversation's id, or 0 with *error set.
    static qint64 read(HistoryStore *store, const QString &path, QString *error);
    // The file dialogs; an empty path when the user cancelled.
    static QString askExportPath(QWidget *parent, const QString &title, Format format);
    static QString askImportPath(QWidget *parent);
};

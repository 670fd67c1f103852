#include "conversationfiles.h"

#include "storage/historystore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QFileDialog>

using namespace Qt::Literals::StringLiterals;

QString ConversationFiles::write(HistoryStore *store, qint64 id, const QString &path, Format format)
{
    const QByteArray bytes =
            format == Format::Json ? store->exportJson(id) : store->exportMarkdown(id);
    QSaveFile file(path); // written completely or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not export to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

qint64 ConversationFiles::read(HistoryStore *store, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
                tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return 0;
    }
    const qint64 id = store->importJson(file.readAll());
    if (!id)
        *error = store->errorString();
    return id;
}

QString ConversationFiles::askExportPath(QWidget *parent, const QString &title, Format format)
{
    const bool json = format == Format::Json;
    QString name = title;
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + u'/' + (name.isEmpty() ? tr("Conversation") : name) + (json ? u".json"_s : u".md"_s);
    return QFileDialog::getSaveFileName(parent, tr("Export conversation"), suggested,
                                        json ? tr("Parley conversation (*.json)")
                                             : tr("Markdown (*.md)"));
}

QString ConversationFiles::askImportPath(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Import conversation"), QString(),
                                        tr("Parley conversation (*.json)"));
}

#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

// What the demo models say and how fast: deterministic replies that show off what the chat
// window renders (headings, lists, a table, code, a quote), in Korean when the prompt is Korean.
struct DemoModel
{
    QString id;
    int msPerToken;
    bool thinksFirst;
};

namespace DemoReply {

const QList<DemoModel> &models();
const DemoModel *model(const QString &id);

QString content(const QString &modelId, const QString &prompt);
QString reasoning(const QString &prompt);
// Splits text into the pieces a model would stream: each word with the spaces before it.
QStringList tokens(const QString &text);

} // namespace DemoReply

#pragma once

// What a rendering of a message is made of, to compare two renderings: the text of each block
// and what kind of block it is.
#include "messagedocument.h"

#include <QtCore/QStringList>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextDocument>
#include <QtGui/QTextList>
#include <QtGui/QTextTable>

namespace DocumentShape {

// The text of each block and what kind of block it is, to compare two renderings.
inline QStringList shape(const MessageDocument &message)
{
    QStringList out;
    for (QTextDocument *doc : message.documents())
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text().isEmpty() && !b.textList())
                continue; // separators between blocks do not change what a reader sees
            QString kind = QStringLiteral("p");
            if (b.blockFormat().headingLevel() > 0)
                kind = QStringLiteral("h%1").arg(b.blockFormat().headingLevel());
            else if (b.textList())
                kind = QStringLiteral("li");
            else if (b.blockFormat().nonBreakableLines())
                kind = QStringLiteral("code");
            else if (QTextCursor(b).currentTable())
                kind = QStringLiteral("td");
            out.append(kind + QStringLiteral(": ") + b.text());
        }
    return out;
}

// What each setText() rendered (in characters of markdown) as text grows by each of pieces,
// streamed into message; text ends as all of them.
inline QList<int> renderedPerPiece(MessageDocument *message, const QStringList &pieces,
                                   QString *text)
{
    QList<int> rendered;
    for (const QString &piece : pieces) {
        *text += piece;
        const int before = message->renderedCharacters();
        message->setText(*text, MessageDocument::Stage::Streaming);
        rendered.append(message->renderedCharacters() - before);
    }
    return rendered;
}

inline qint64 sum(const QList<int> &values, qsizetype from, qsizetype count)
{
    qint64 total = 0;
    for (qsizetype i = from; i < from + count; ++i)
        total += values.at(i);
    return total;
}

} // namespace DocumentShape

#include "codetail.h"

#include "markdownblocks.h"

#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextDocument>
#include <QtGui/QTextLayout>

using MarkdownBlocks::isCodeBlock;

namespace CodeTail {

bool canGrow(QStringView fence, QStringView open)
{
    if (fence.isEmpty() || fence.front().isSpace())
        return false;
    const qsizetype newline = open.indexOf(u'\n');
    return !open.first(newline < 0 ? open.size() : newline).isEmpty();
}

namespace {

// The line being written could be a closing fence once it is complete: the importer would end the
// block there, so it is rendered whole.
bool mayClose(QStringView line)
{
    qsizetype at = 0;
    while (at < line.size() && at < 3 && line.at(at) == u' ')
        ++at;
    const QStringView rest = line.sliced(at);
    return rest.startsWith(u'`') || rest.startsWith(u'~') || (rest.isEmpty() && at > 0);
}

} // namespace

bool grow(QTextDocument *doc, QStringView delta, bool *newlinePending, qreal *changedTop)
{
    if (delta.isEmpty())
        return true;
    // The importer turns these into something else (a line break, spaces to the next tab stop,
    // a replacement character).
    for (const QChar c : delta)
        if (c == u'\r' || c == u'\t' || c == QChar(0) || c == QChar::ParagraphSeparator
            || c == u'\f' || c == u'\v')
            return false;
    QTextBlock last = doc->lastBlock();
    if (!last.isValid() || !isCodeBlock(last))
        return false;
    // The line that will be last once delta is in: it must not look like a closing fence.
    const qsizetype lastBreak = delta.lastIndexOf(u'\n');
    const QString lastLine = lastBreak >= 0 || *newlinePending
            ? delta.sliced(lastBreak + 1).toString()
            : last.text() + delta.toString();
    if (mayClose(lastLine))
        return false;
    // The code's character format, as the importer gave it: from the nearest line with text.
    QTextCharFormat chars;
    bool found = false;
    for (QTextBlock b = last; b.isValid() && isCodeBlock(b) && !found; b = b.previous())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            chars = it.fragment().charFormat();
            found = true;
        }
    if (!found)
        return false;

    const QTextLayout *layout = last.layout();
    *changedTop = layout ? layout->position().y() : 0;
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    // A new line: the last one loses the bottom margin of the block's end, the new one has it.
    auto newLine = [&] {
        QTextBlockFormat previous = cursor.blockFormat();
        QTextBlockFormat next = previous;
        next.clearProperty(QTextFormat::BlockTopMargin);
        previous.clearProperty(QTextFormat::BlockBottomMargin);
        cursor.setBlockFormat(previous);
        cursor.insertBlock(next, chars);
    };
    for (qsizetype i = 0; i < delta.size();) {
        if (delta.at(i) == u'\n') {
            if (*newlinePending)
                newLine(); // an empty line
            *newlinePending = true;
            ++i;
            continue;
        }
        qsizetype end = delta.indexOf(u'\n', i);
        if (end < 0)
            end = delta.size();
        if (*newlinePending) {
            newLine();
            *newlinePending = false;
        }
        cursor.insertText(delta.sliced(i, end - i).toString(), chars);
        i = end;
    }
    cursor.endEditBlock();
    return true;
}

} // namespace CodeTail

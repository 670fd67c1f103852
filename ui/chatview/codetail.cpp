#include "codetail.h"

#include "markdownblocks.h"

#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextDocument>
#include <QtGui/QTextLayout>

#include <algorithm>

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
// block there, so it is rendered whole. A line of up to three spaces so far shows as those
// spaces, as the importer shows it; a fence after them is caught when it comes.
bool mayClose(QStringView line)
{
    qsizetype at = 0;
    while (at < line.size() && at < 3 && line.at(at) == u' ')
        ++at;
    const QStringView rest = line.sliced(at);
    return rest.startsWith(u'`') || rest.startsWith(u'~');
}

// Characters the importer turns into something else (a line break, a replacement character).
bool changedByImporter(QStringView text)
{
    for (const QChar c : text)
        if (c == u'\r' || c == QChar(0) || c == QChar::ParagraphSeparator || c == u'\f'
            || c == u'\v')
            return true;
    return false;
}

bool allSpaces(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c == u' '; });
}

// text as the importer shows it at column of a line whose text so far is all spaces: a tab in
// the line's indent is spaces to the next multiple of four columns; a tab after it stays a tab.
QString shownAt(QStringView text, qsizetype column)
{
    QString shown;
    qsizetype i = 0;
    for (; i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'); ++i) {
        const qsizetype next = text.at(i) == u'\t' ? (column / 4 + 1) * 4 : column + 1;
        shown.append(QString(next - column, u' '));
        column = next;
    }
    shown.append(text.sliced(i));
    return shown;
}

// The code's character format, as the importer gave it: from the nearest line with text up
// from last.
bool codeFormat(QTextBlock last, QTextCharFormat *chars)
{
    for (QTextBlock b = last; b.isValid() && isCodeBlock(b); b = b.previous()) {
        bool found = false;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            *chars = it.fragment().charFormat();
            found = true;
        }
        if (found)
            return true;
    }
    return false;
}

} // namespace

bool start(QTextDocument *doc, const QTextDocument *first, QStringView line)
{
    const QTextBlock model = first->begin();
    QTextCharFormat chars;
    if (line.isEmpty() || line.contains(u'\n') || mayClose(line) || changedByImporter(line)
        || !doc->isEmpty() || !model.isValid() || !isCodeBlock(model) || first->blockCount() != 1
        || !codeFormat(model, &chars))
        return false;
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.setBlockFormat(model.blockFormat());
    cursor.setBlockCharFormat(model.charFormat());
    cursor.insertText(shownAt(line, 0), chars);
    cursor.endEditBlock();
    return true;
}

bool grow(QTextDocument *doc, QStringView delta, bool *newlinePending, qreal *changedTop)
{
    if (delta.isEmpty())
        return true;
    if (changedByImporter(delta))
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
    QTextCharFormat chars;
    if (!codeFormat(last, &chars))
        return false;

    const QTextLayout *layout = last.layout();
    *changedTop = layout ? layout->position().y() : 0;
    QTextCursor cursor(doc);
    cursor.beginEditBlock(); // first: a cursor moved outside one lays the line out to find x
    cursor.movePosition(QTextCursor::End);
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
        const QStringView text = delta.sliced(i, end - i);
        if (text.contains(u'\t')) {
            const QString before = cursor.block().text();
            cursor.insertText(allSpaces(before) ? shownAt(text, before.size()) : text.toString(),
                              chars);
        } else {
            cursor.insertText(text.toString(), chars);
        }
        i = end;
    }
    cursor.endEditBlock();
    return true;
}

} // namespace CodeTail

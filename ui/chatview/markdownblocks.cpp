#include "markdownblocks.h"

#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextDocument>
#include <QtGui/QTextLayout>

#include <algorithm>

namespace MarkdownBlocks {

namespace {

// The run of fence characters a line starts with, after its indent.
QStringView fenceRun(QStringView trimmed)
{
    if (trimmed.isEmpty() || (trimmed.front() != u'`' && trimmed.front() != u'~'))
        return {};
    qsizetype length = 1;
    while (length < trimmed.size() && trimmed.at(length) == trimmed.front())
        ++length;
    return length >= 3 ? trimmed.first(length) : QStringView();
}

} // namespace

bool isFence(QStringView line)
{
    const QStringView t = line.trimmed();
    const QStringView run = fenceRun(t);
    return !run.isEmpty() && (run.front() == u'~' || !t.sliced(run.size()).contains(u'`'));
}

bool closesFence(QStringView line, QStringView opening)
{
    const QStringView t = line.trimmed();
    const QStringView run = fenceRun(t);
    const QStringView open = fenceRun(opening.trimmed());
    return !run.isEmpty() && !open.isEmpty() && run.front() == open.front()
            && run.size() >= open.size() && t.size() == run.size();
}

bool continuesBlock(QStringView line)
{
    if (line.startsWith(u"  ") || line.startsWith(u'\t'))
        return true;
    const QStringView t = line.trimmed();
    if (t.startsWith(u"- ") || t.startsWith(u"* ") || t.startsWith(u"+ "))
        return true;
    qsizetype digits = 0;
    while (digits < t.size() && t.at(digits).isDigit())
        ++digits;
    return digits > 0 && digits < t.size() && (t.at(digits) == u'.' || t.at(digits) == u')');
}

// Fenced code has a fence; code indented by four spaces only a (blank) language.
bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence)
            || format.hasProperty(QTextFormat::BlockCodeLanguage) || format.nonBreakableLines();
}

// A line that starts something other than a paragraph.
bool startsStructure(QStringView tail)
{
    const QStringView t = tail.first(std::min<qsizetype>(tail.size(), 8));
    if (tail.startsWith(u"    ") || tail.startsWith(u'\t'))
        return true;
    const QStringView s = t.trimmed();
    if (s.isEmpty())
        return true;
    const QChar c = s.front();
    if (c == u'#' || c == u'>' || c == u'|' || c == u'<' || c == u'`' || c == u'~' || c == u'='
        || c == u'-' || c == u'*' || c == u'+' || c == u'!' || c == u'[')
        return true;
    return c.isDigit(); // perhaps "1." or "1)"
}

bool isTableRow(QStringView line)
{
    qsizetype at = 0;
    while (at < line.size() && at < 3 && line.at(at) == u' ')
        ++at;
    return at < line.size() && line.at(at) == u'|';
}

bool startsTable(QStringView tail)
{
    const qsizetype headerEnd = tail.indexOf(u'\n');
    if (headerEnd < 0 || !isTableRow(tail.first(headerEnd)))
        return false;
    const qsizetype delimiterEnd = tail.indexOf(u'\n', headerEnd + 1);
    if (delimiterEnd < 0)
        return false;
    const QStringView delimiter = tail.sliced(headerEnd + 1, delimiterEnd - headerEnd - 1);
    if (!isTableRow(delimiter) || !delimiter.contains(u'-'))
        return false;
    return std::all_of(delimiter.cbegin(), delimiter.cend(), [](QChar c) {
        return c == u'|' || c == u'-' || c == u':' || c == u' ' || c == u'\t';
    });
}

// Markup that must not be cut in two when a paragraph is frozen at a line's end.
bool balanced(QStringView text)
{
    int stars = 0;
    int ticks = 0;
    int tildes = 0;
    int underscores = 0;
    int brackets = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool inWord = i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber()
                && text.at(i + 1).isLetterOrNumber();
        if (c == u'\\' || c == u'<' || c == u'&')
            return false; // escapes, HTML and entities: left to the whole rendering
        if (c == u'*')
            ++stars;
        else if (c == u'`')
            ++ticks;
        else if (c == u'~')
            ++tildes;
        else if (c == u'_' && !inWord)
            ++underscores;
        else if (c == u'[' || c == u'(')
            ++brackets;
        else if (c == u']' || c == u')')
            --brackets;
    }
    return stars % 2 == 0 && ticks % 2 == 0 && tildes % 2 == 0 && underscores % 2 == 0
            && brackets == 0;
}

// Where in the markdown source a position of its rendered paragraph is: the rendering drops
// markup (emphasis, link addresses) and turns soft line breaks into spaces. -1 when the two
// cannot be followed side by side.
qsizetype sourceOffset(QStringView source, const QString &rendered, qsizetype renderedEnd)
{
    qsizetype i = 0;
    while (i < source.size() && source.at(i).isSpace())
        ++i;
    qsizetype j = 0;
    while (j < renderedEnd) {
        if (i >= source.size())
            return -1;
        const QChar sc = source.at(i);
        const QChar rc = rendered.at(j);
        if (sc == rc || (sc == u'\n' && (rc == u' ' || rc == QChar::LineSeparator))) {
            ++i;
            ++j;
        } else if (sc == u'*' || sc == u'_' || sc == u'`' || sc == u'~' || sc == u'[') {
            ++i;
        } else if (sc == u']' && i + 1 < source.size() && source.at(i + 1) == u'(') {
            const qsizetype close = source.indexOf(u')', i);
            if (close < 0)
                return -1;
            i = close + 1;
        } else {
            return -1;
        }
    }
    return i;
}

// The end of the last finished block in text: a blank line outside code followed by a line that
// starts a new block, or the end of a closing code fence. The scan goes on where it stopped, so
// a token costs only its own characters.
qsizetype Scan::advance(const QString &text, qsizetype finishedLength)
{
    qsizetype boundary = finishedLength;
    Scan &scan = *this;
    for (qsizetype lineStart = scan.pos; lineStart < text.size();) {
        const qsizetype newline = text.indexOf(u'\n', lineStart);
        if (newline < 0)
            break; // the last line is still being written
        const QStringView line = QStringView(text).sliced(lineStart, newline - lineStart);
        if (scan.inFence) {
            if (closesFence(line, scan.fence)) {
                scan.inFence = false;
                boundary = newline + 1;
            }
        } else if (isFence(line)) {
            scan.inFence = true;
            scan.fence = line.toString();
            if (scan.previousBlank)
                boundary = scan.blankEnd; // the text before the fence is complete
            scan.previousBlank = false;
        } else if (line.trimmed().isEmpty()) {
            scan.previousBlank = true;
            scan.blankEnd = newline + 1;
        } else {
            if (scan.previousBlank && !continuesBlock(line))
                boundary = scan.blankEnd;
            scan.previousBlank = false;
        }
        lineStart = newline + 1;
        scan.pos = lineStart;
        // One block at a time: where blocks end must not depend on how the text arrived.
        if (boundary > finishedLength)
            return boundary;
    }
    // The block before a blank line is finished as soon as the line after it has begun with
    // something that cannot continue it: a paragraph is not rendered with the next one while
    // that one is written. It ends where it would once that line is complete.
    if (!scan.inFence && scan.previousBlank && scan.blankEnd > finishedLength
        && cannotContinue(QStringView(text).sliced(scan.pos)))
        boundary = scan.blankEnd;
    return boundary;
}

// Whether a line of which only the start has come can no longer continue the block before a
// blank line, however it goes on: whatever its first characters cannot turn into continuesBlock()
// (a fence ends the block too). Undecided is false.
bool cannotContinue(QStringView start)
{
    if (start.startsWith(u"  ") || start.startsWith(u'\t'))
        return false;
    const QStringView s = start.startsWith(u' ') ? start.sliced(1) : start;
    // "[" may begin a link reference definition, which the block before it can use.
    if (s.isEmpty() || s.front().isSpace() || s.front() == u'[')
        return false;
    const QChar c = s.front();
    if (c == u'-' || c == u'*' || c == u'+')
        return s.size() > 1 && s.at(1) != u' ';
    qsizetype digits = 0;
    while (digits < s.size() && s.at(digits).isDigit())
        ++digits;
    if (digits == 0)
        return true;
    return digits < s.size() && s.at(digits) != u'.' && s.at(digits) != u')';
}

namespace {

bool plainCharacter(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u",.;?'\"%/-").contains(c);
}

} // namespace

qsizetype appendsAsText(QStringView shown, QStringView added)
{
    if (shown.isEmpty() || !plainCharacter(shown.back()) || shown.contains(u'\n')
        || shown.contains(u'['))
        return -1;
    QStringView text = added;
    while (!text.isEmpty() && (text.back() == u' ' || text.back() == u'\n'))
        text.chop(1);
    if (text.isEmpty())
        return -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' ? i > 0 && text.at(i - 1) == u' ' : !plainCharacter(c))
            return -1;
    }
    // The words the new text is in, the one it may continue among them.
    const QString words = shown.sliced(shown.lastIndexOf(u' ') + 1).toString() + text;
    for (const QStringView word : QStringView(words).split(u' ')) {
        if (word.contains(u'@') || word.contains(u':') || word.contains(u'&')
            || word.contains(u"www.", Qt::CaseInsensitive))
            return -1;
    }
    return text.size();
}

// Code blocks get a background and room for their header (language and Copy); quotes get an
// indent and italics, so they read as quotes.
void styleBlocks(QTextDocument *doc, int codeHeaderHeight)
{
    QTextCursor cursor(doc);
    cursor.beginEditBlock(); // a cursor moved outside one lays the document out, every time
    bool previousWasCode = false;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const bool code = isCodeBlock(block);
        QTextBlockFormat format = block.blockFormat();
        if (code) {
            // The background (with the header in it) is painted by the view around the text,
            // so the margins here only make room for it.
            format.setLeftMargin(8);
            format.setRightMargin(8);
            if (!previousWasCode)
                format.setTopMargin(codeHeaderHeight);
            const QTextBlock next = block.next();
            if (!next.isValid() || !isCodeBlock(next))
                format.setBottomMargin(8);
            // Code is laid out without OpenType shaping where its script allows (Latin, CJK,
            // Hangul): a monospace font has no kerning, and code shows the characters it has
            // rather than ligatures; each line of a streaming block is laid out for less.
            QTextCharFormat unshaped;
            unshaped.setFontStyleStrategy(QFont::PreferNoShaping);
            cursor.setPosition(block.position());
            cursor.mergeBlockCharFormat(unshaped);
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(unshaped);
        } else if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
            format.setLeftMargin(16.0 * format.intProperty(QTextFormat::BlockQuoteLevel));
            QTextCharFormat italic;
            italic.setFontItalic(true);
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(italic);
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
        previousWasCode = code;
    }
    cursor.endEditBlock();
}

void keepShaped(QTextDocument *doc)
{
    for (QTextBlock block = doc->lastBlock(); block.isValid() && !block.layout()->cacheEnabled();
         block = block.previous())
        block.layout()->setCacheEnabled(true);
}

} // namespace MarkdownBlocks

// The open block of a streaming reply: what kind it is, and how its paragraph or code fence is
// kept as a chain of frozen parts and an open part that grows.
#include "codetail.h"
#include "markdownblocks.h"
#include "messagedocument.h"

#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextLayout>

using namespace MarkdownBlocks;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int CodeLinesPerPart = 8; // lines of an open code block frozen together
constexpr int ParagraphLinesOpen = 4; // laid-out lines of a paragraph rendered again per token

} // namespace

void MessageDocument::streamTail(QStringView tail)
{
    TailKind kind = TailKind::Whole;
    const qsizetype newline = tail.indexOf(u'\n');
    if (isFence(tail.first(newline < 0 ? tail.size() : newline)))
        kind = newline < 0 ? TailKind::Whole : TailKind::Code; // the fence line is complete
    else if (m_markdown && startsTable(tail))
        kind = TailKind::Table;
    else if (!startsStructure(tail))
        kind = TailKind::Paragraph;
    if (kind != m_tailKind) {
        clearTail();
        m_tailKind = kind;
    }
    switch (kind) {
    case TailKind::Code:
        streamCode(tail);
        return;
    case TailKind::Paragraph:
        streamParagraph(tail);
        return;
    case TailKind::Table:
        if (streamTable(tail))
            return;
        // Rendered whole, as it is from now on until it finishes.
        clearTail();
        m_tailKind = TailKind::Table;
        m_tableWhole = true;
        m_tail = makeDocument(tail.toString());
        m_tailShown = tail.size();
        return;
    case TailKind::Whole:
    case TailKind::None: {
        qreal changedTop = 0;
        if (growList(tail, &changedTop)) {
            m_tailChangedTop = changedTop;
            return;
        }
        m_tail = makeDocument(tail.toString());
        m_tailShown = tail.size();
        return;
    }
    }
}

void MessageDocument::freeze(std::unique_ptr<SafeTextDocument> doc)
{
    // The next part continues this one. The space under its last block is no part of its
    // height (a document has none under its last block), so it is left as it is: changing it
    // would lay that block out and shape it again.
    m_parts.push_back({std::move(doc), !m_parts.empty()});
    m_partsDirty = true;
}

// An open code block: every CodeLinesPerPart complete lines are frozen into a part of their own
// (as a closed block of the same fence, without colours); only the lines after it are rendered
// again.
void MessageDocument::streamCode(QStringView tail)
{
    if (m_fence.isEmpty()) {
        const qsizetype newline = tail.indexOf(u'\n');
        m_fence = tail.first(newline).toString();
        m_tailFrozen = newline + 1;
    }
    QStringView open = tail.sliced(m_tailFrozen);
    const qreal topBefore = m_tail ? tailTop() : -1;
    bool first = true; // the first part frozen in this call is the open part as it was shown
    // Every CodeLinesPerPart complete lines are frozen, as many parts as there are: a burst of
    // text (a stalled network catching up) is frozen at once, not rendered again frame by frame.
    for (;;) {
        qsizetype cut = -1;
        int lines = 0;
        for (qsizetype at = open.indexOf(u'\n'); at >= 0 && cut < 0;
             at = open.indexOf(u'\n', at + 1))
            if (++lines == CodeLinesPerPart)
                cut = at + 1;
        // Blank lines go with the lines before them (an open part never starts with one: the
        // importer would drop it), and something stays open, so the open part is never empty.
        while (cut > 0 && cut < open.size() && open.at(cut) == u'\n')
            ++cut;
        if (cut <= 0 || cut >= open.size())
            break;
        // The open part as it grew shows those lines already (a closed fence renders the same
        // as an open one): it is frozen as it is, not rendered again.
        qreal changedTop = 0;
        if (growTail(open, cut, &changedTop)) {
            if (first && topBefore >= 0)
                m_changedFrom = topBefore + changedTop; // above it, the part looks as it did
            freeze(std::move(m_tail));
        } else {
            // Closed by the same fence: as many of the same characters as it opened with.
            const QString fence = m_fence.trimmed();
            qsizetype length = 0;
            while (length < fence.size() && fence.at(length) == fence.front())
                ++length;
            freeze(makeDocument(m_fence + u'\n' + open.first(cut).toString()
                                + QString(length, fence.front()) + u'\n'));
        }
        first = false;
        m_tailFrozen += cut;
        open = open.sliced(cut);
        m_tail.reset();
        m_tailShown = 0;
    }
    m_tailContinues = !m_parts.empty();
    // A new open part after a frozen one takes the formats the importer gives the block's
    // lines: its first line costs that line, not a document rendered from markdown.
    bool started = false;
    if (!m_tail && !m_parts.empty() && m_markdown && CodeTail::canGrow(m_fence, open)) {
        const qsizetype newline = open.indexOf(u'\n');
        const QStringView line = open.first(newline < 0 ? open.size() : newline);
        if (!m_codeStart) // rendered once for the block: "x" stands for any line
            m_codeStart = makeDocument(m_fence + u"\nx"_s);
        std::unique_ptr<SafeTextDocument> doc = blankDocument();
        if (CodeTail::start(doc.get(), m_codeStart.get(), line)) {
            keepShaped(doc.get());
            m_tail = std::move(doc);
            m_renderedCharacters += line.size();
            m_tailShown = line.size();
            m_newlinePending = false;
            started = true;
        }
    }
    // Grown in place while it can be; rendered from its text when not (its first token, a line
    // that could close the fence).
    qreal changedTop = 0;
    if (open.size() == m_tailShown && started)
        return; // a new open part: painted whole
    if (open.size() > m_tailShown && growTail(open, open.size(), &changedTop)) {
        if (!started)
            m_tailChangedTop = changedTop;
        return;
    }
    m_tail = makeDocument(m_fence + u'\n' + open.toString());
    m_tailShown = open.size();
    m_newlinePending = open.endsWith(u'\n');
}

// The open code part grown in place to show open.first(end); false when it cannot be (it is
// rendered from its text then).
bool MessageDocument::growTail(QStringView open, qsizetype end, qreal *changedTop)
{
    if (!m_tail || m_tailShown > end || !CodeTail::canGrow(m_fence, open)
        || !CodeTail::grow(m_tail.get(), open.sliced(m_tailShown, end - m_tailShown),
                           &m_newlinePending, changedTop))
        return false;
    keepShaped(m_tail.get()); // the lines it added
    m_renderedCharacters += end - m_tailShown;
    m_tailShown = end;
    return true;
}

// An open paragraph: once its rendering has more than ParagraphLinesOpen lines, all but the
// last two are frozen into a part rendered from exactly their source. Line breaking is greedy,
// so those lines break the same alone as in the whole paragraph; the open part starts where the
// next line starts.
void MessageDocument::streamParagraph(QStringView tail)
{
    const QStringView open = tail.sliced(m_tailFrozen);
    const bool shown = m_tail != nullptr;
    const qreal topBefore = m_tail ? tailTop() : -1;
    m_tailContinues = !m_parts.empty();
    qreal grownTop = 0;
    std::unique_ptr<SafeTextDocument> before; // when rendered anew, the rendering it replaces
    if (growParagraph(open, &grownTop)) {
        m_tailChangedTop = grownTop;
    } else if (growList(open, &grownTop)) {
        m_tailChangedTop = grownTop; // a list after the paragraph: not frozen
        return;
    } else {
        before = std::move(m_tail);
        m_tail = makeDocument(open.toString());
        m_tailShown = open.size();
        if (m_width <= 0 || m_tail->blockCount() != 1)
            return;
    }
    QTextBlock block = m_tail->begin();
    m_tail->documentLayout()->documentSize(); // lays it out
    if (before)
        m_tailChangedTop = firstChangedLine(before.get(), m_tail.get());
    const QTextLayout *layout = block.layout();
    const int lines = layout->lineCount();
    if (lines <= ParagraphLinesOpen)
        return;
    const QTextLine keep = layout->lineAt(lines - 3);
    const qsizetype renderedEnd = keep.textStart() + keep.textLength();
    const qsizetype cut = sourceOffset(open, block.text(), renderedEnd);
    if (cut <= 0 || !balanced(open.first(cut)))
        return; // tried again at a later line
    std::unique_ptr<SafeTextDocument> frozen = makeDocument(open.first(cut).toString());
    frozen->documentLayout()->documentSize();
    if (frozen->blockCount() != 1 || frozen->begin().layout()->lineCount() != lines - 2
        || frozen->begin().text() != block.text().first(renderedEnd).trimmed())
        return; // it would not look the same: keep it open
    // Its lines are the open part's first lines as they were shown: what changed on screen
    // starts where the two renderings first differed, or at the new open part.
    if (shown && m_tailChangedTop >= 0)
        m_changedFrom = topBefore + m_tailChangedTop;
    freeze(std::move(frozen));
    m_tailFrozen += cut;
    m_tail = makeDocument(tail.sliced(m_tailFrozen).toString());
    m_tailShown = tail.size() - m_tailFrozen;
    m_tailContinues = true;
    m_tailChangedTop = -1; // a new open part: painted whole
}

// The open paragraph grown in place by the text after what it shows, when that text is plain
// words that continue it (see appendsAsText()): no document is parsed, styled and laid out
// again for a token. changedTop: the top of its last line before, where the change starts
// (greedy line breaking leaves the lines above it as they are).
bool MessageDocument::growParagraph(QStringView open, qreal *changedTop)
{
    if (!m_tail || !m_markdown || m_width <= 0 || m_tailShown <= 0 || m_tailShown > open.size()
        || m_tail->blockCount() != 1)
        return false;
    // Spaces it ended with render as nothing yet: they come before the new words.
    qsizetype shown = m_tailShown;
    while (shown > 0 && open.at(shown - 1) == u' ')
        --shown;
    const qsizetype length = appendsAsText(open.first(shown), open.sliced(shown));
    const QTextBlock block = m_tail->begin();
    const QTextLayout *layout = block.layout();
    if (length < 0 || !layout || layout->lineCount() == 0)
        return false;
    QTextCursor cursor(m_tail.get());
    cursor.beginEditBlock(); // first: a cursor moved outside one lays the line out to find x
    cursor.movePosition(QTextCursor::End);
    // The words go on in the format of the text before them, which must be plain text.
    const QTextCharFormat format = cursor.charFormat();
    if (format.isAnchor() || format.fontFixedPitch() || format.fontWeight() > QFont::Normal
        || format.fontItalic() || format.fontStrikeOut()) {
        cursor.endEditBlock();
        return false;
    }
    *changedTop = layout->position().y() + layout->lineAt(layout->lineCount() - 1).y();
    cursor.insertText(open.sliced(shown, length).toString());
    cursor.endEditBlock();
    keepShaped(m_tail.get());
    m_renderedCharacters += length;
    m_tailShown = open.size();
    return true;
}

// A paragraph that finished in one open part: that part, brought up to the finished text, is
// the finished block (a paragraph has no code to colour), so the lines on screen stay as they
// are instead of being rendered, laid out and painted again. Null when it cannot be.
std::unique_ptr<SafeTextDocument> MessageDocument::adoptParagraph(QStringView finished)
{
    // One paragraph only: a list grown under it (see growList()) is rendered whole when it ends,
    // since trailing spaces it cannot take off may mean something there ("* " is an item).
    if (m_tailKind != TailKind::Paragraph || !m_tail || !m_parts.empty() || m_width <= 0
        || m_tail->blockCount() != 1)
        return {};
    QStringView source = finished; // trailing blank lines and spaces render as nothing
    while (!source.isEmpty() && source.back().isSpace())
        source.chop(1);
    if (m_tailShown > finished.size())
        return {}; // it shows the start of what follows too
    qsizetype shown = m_tailShown; // what it shows, without the spaces that render as nothing
    while (shown > 0 && finished.at(shown - 1).isSpace())
        --shown;
    const qreal top = tailTop();
    qreal changedTop = m_tail->documentLayout()->documentSize().height(); // nothing new
    if (source.size() != shown) {
        m_tailChangedTop = -1;
        streamParagraph(source);
        if (!m_parts.empty() || m_tailChangedTop < 0)
            return {}; // frozen into parts, or not compared: rendered whole
        changedTop = m_tailChangedTop;
    }
    for (QTextBlock block = m_tail->begin(); block.isValid(); block = block.next())
        if (isCodeBlock(block))
            return {};
    m_adoptedFrom = top + changedTop;
    m_tailChangedTop = -1;
    m_changedFrom = -1;
    return std::move(m_tail);
}

// A code block that finished (its fence closed, or the reply completed) while it streamed as a
// chain of frozen parts: the parts stay as they are laid out, the lines after them are rendered
// as the open part shows them (a few lines: *last, or none when only the closing fence is left),
// and the whole chain's colours are worked out once, as the block rendered whole would get them;
// each part takes them in place when it is first painted. The lines already shown are not
// parsed, styled and laid out again. False, with nothing changed,
// when it cannot be: the open block is no such chain, or block is not the text it shows.
bool MessageDocument::adoptCode(QStringView block, std::unique_ptr<SafeTextDocument> *last)
{
    if (m_tailKind != TailKind::Code || m_parts.empty() || !m_markdown || m_fence.isEmpty()
        || block.size() <= m_tailFrozen || !block.startsWith(m_fence)
        || block.at(m_fence.size()) != u'\n')
        return false;
    const QStringView rest = block.sliced(m_tailFrozen);
    const qsizetype newline = rest.indexOf(u'\n');
    std::unique_ptr<SafeTextDocument> doc;
    if (!closesFence(rest.first(newline < 0 ? rest.size() : newline), m_fence.trimmed())) {
        doc = makeDocument(m_fence + u'\n' + rest.toString());
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            if (!isCodeBlock(b))
                return false; // not only code lines: rendered whole
    }
    QList<QTextDocument *> chain;
    for (const Part &part : m_parts)
        chain.append(part.doc.get());
    if (doc)
        chain.append(doc.get());
    QList<QList<CodeHighlighter::Placement>> colours;
    m_colouredBlocks += CodeHighlighter::planColours(chain, m_theme, &colours);
    // A part gets its colours when it is painted: the lines out of sight cost nothing now.
    for (size_t i = 0; i < m_parts.size(); ++i)
        m_parts[i].doc->colourLater(colours.at(qsizetype(i)));
    if (doc)
        CodeHighlighter::setColours(doc.get(), colours.last()); // measured once it has them
    m_partsCleared = true; // coloured: painted again from the block's top
    *last = std::move(doc);
    return true;
}

// Where two renderings of an open paragraph first differ: the top of the first line whose text
// or width is not the same. Lines break greedily, so what a token adds changes its own line and
// those after it, unless it closes markup (the delimiters then vanish from an earlier line).
qreal MessageDocument::firstChangedLine(const QTextDocument *before, const QTextDocument *after)
{
    if (before->blockCount() != 1 || after->blockCount() != 1)
        return 0;
    const QTextBlock a = before->begin();
    const QTextBlock b = after->begin();
    const QTextLayout *la = a.layout();
    const QTextLayout *lb = b.layout();
    if (!la || !lb || la->lineCount() == 0 || lb->lineCount() == 0
        || la->position() != lb->position())
        return 0;
    const QString ta = a.text();
    const QString tb = b.text();
    for (int i = 0; i < la->lineCount() && i < lb->lineCount(); ++i) {
        const QTextLine x = la->lineAt(i);
        const QTextLine y = lb->lineAt(i);
        if (x.textStart() != y.textStart() || x.textLength() != y.textLength()
            || x.naturalTextWidth() != y.naturalTextWidth() || x.y() != y.y()
            || x.height() != y.height()
            || QStringView(ta).sliced(x.textStart(), x.textLength())
                    != QStringView(tb).sliced(y.textStart(), y.textLength()))
            return lb->position().y() + y.y();
    }
    // The lines both have are the same: what changed is the first new one (or, when there is
    // none, the last, to be safe).
    const int common = std::min(la->lineCount(), lb->lineCount());
    return lb->position().y() + lb->lineAt(std::min(common, lb->lineCount() - 1)).y();
}

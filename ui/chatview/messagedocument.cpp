#include "messagedocument.h"

#include "chat/safemarkdown.h"
#include "codetail.h"
#include "markdownblocks.h"

#include <QtCore/QScopeGuard>
#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QFontMetricsF>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextLayout>

using namespace Qt::Literals::StringLiterals;
using namespace MarkdownBlocks;

namespace {

constexpr int CodeLinesPerPart = 8; // lines of an open code block frozen together
constexpr int ParagraphLinesOpen = 4; // laid-out lines of a paragraph rendered again per token
constexpr auto Features = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                          | QTextDocument::MarkdownNoHTML);

} // namespace

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    ++m_requests;
    if (type == QTextDocument::ImageResource) {
        QImage placeholder(16, 16, QImage::Format_ARGB32);
        placeholder.fill(Qt::gray);
        return placeholder;
    }
    return {};
}

MessageDocument::MessageDocument(Format format, const QFont &font, Theme theme)
    : m_font(font)
    , m_markdown(format == Format::Markdown)
    , m_theme(theme)
{ }

int MessageDocument::codeHeaderHeight() const
{
    QFont small = m_font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return qCeil(QFontMetricsF(small).height()) + 8;
}

// The code blocks of one document placed at y, appended to out.
void MessageDocument::appendCodeBlocks(QTextDocument *doc, qreal y, QList<CodeBlock> *out) const
{
    bool open = false;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block)) {
            open = false;
            continue;
        }
        // Where the text really is (a layout's position excludes the block's margins), grown
        // by the header above it and a little air around it.
        const QTextLayout *text = block.layout();
        const QRectF r = QRectF(text->position(), text->boundingRect().size())
                                 .translated(0, y)
                                 .adjusted(-8, open ? 0 : -codeHeaderHeight(), 8, 6);
        if (!open) {
            out->append({r, block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage),
                         block.text()});
            open = true;
        } else {
            out->last().rect = out->last().rect.united(r);
            out->last().code += u'\n' + block.text();
        }
    }
}

QList<MessageDocument::CodeBlock> MessageDocument::codeBlocks() const
{
    refreshFinished();
    refreshTail();
    QList<CodeBlock> out = m_finishedCode;
    QTextDocument *first = !m_parts.empty() ? m_parts.front().doc.get() : m_tail.get();
    if (!first)
        return out;
    const qreal top = m_finishedHeight + spaceBefore(first, m_finishedHeight == 0);
    for (CodeBlock block : m_partsCode) {
        block.rect.translate(0, top);
        out.append(block);
    }
    if (m_tail && !m_tail->isEmpty()) {
        QList<CodeBlock> tail;
        appendCodeBlocks(m_tail.get(), top + (m_parts.empty() ? 0 : m_partsHeight), &tail);
        // The open part of a code block continues the frozen one: one block, one Copy.
        if (m_tailContinues && !tail.isEmpty() && !out.isEmpty()) {
            out.last().rect = out.last().rect.united(tail.first().rect);
            out.last().code += u'\n' + tail.takeFirst().code;
        }
        out.append(tail);
    }
    return out;
}

MessageDocument::~MessageDocument() = default;

std::unique_ptr<SafeTextDocument> MessageDocument::makeDocument(const QString &text,
                                                                Colouring colouring) const
{
    auto doc = std::make_unique<SafeTextDocument>();
    doc->setDefaultFont(m_font);
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    m_renderedCharacters += text.size();
    if (m_markdown) {
        doc->setMarkdown(SafeMarkdown::prepare(text), Features);
        styleBlocks(doc.get(), codeHeaderHeight());
        if (colouring == Colouring::Coloured)
            m_colouredBlocks += CodeHighlighter::colourDocument(doc.get(), m_theme);
    } else
        doc->setPlainText(text); // what the user typed, as typed
    if (m_width > 0)
        doc->setTextWidth(m_width);
    return doc;
}

qreal MessageDocument::gap() const
{
    return QFontMetricsF(m_font).height() * 0.6;
}

// The space above a document: the gap between blocks, and room for a code header when the
// document starts with code (QTextDocument ignores the top margin of its first block).
qreal MessageDocument::spaceBefore(QTextDocument *doc, bool first) const
{
    qreal space = first ? 0 : gap();
    if (doc->begin().isValid() && isCodeBlock(doc->begin()))
        space += codeHeaderHeight();
    return space;
}

void MessageDocument::setTextWidth(qreal width)
{
    if (qFuzzyCompare(m_width, width))
        return;
    m_width = width;
    m_finishedDirty = true;
    for (const auto &block : m_blocks)
        block->setTextWidth(width);
    if (m_tailKind == TailKind::Paragraph && !m_parts.empty()) {
        // A paragraph's frozen lines were broken at the old width: it is laid out whole again
        // and frozen anew as it grows.
        const QString tail = m_text.mid(m_finishedLength);
        clearTail();
        m_tailKind = TailKind::Paragraph;
        m_tail = makeDocument(tail);
        return;
    }
    for (const Part &part : m_parts)
        part.doc->setTextWidth(width);
    m_partsDirty = true;
    m_partsCounted = 0;
    if (m_tail)
        m_tail->setTextWidth(width);
}

void MessageDocument::refreshFinished() const
{
    if (!m_finishedDirty)
        return;
    m_finishedHeight = 0;
    m_finishedWidth = 0;
    m_finishedIdealWidth = 0;
    m_finishedCode.clear();
    for (const auto &block : m_blocks) {
        const QSizeF s = block->documentLayout()->documentSize();
        m_finishedHeight += spaceBefore(block.get(), m_finishedHeight == 0);
        appendCodeBlocks(block.get(), m_finishedHeight, &m_finishedCode);
        m_finishedHeight += s.height();
        m_finishedWidth = std::max(m_finishedWidth, s.width());
        m_finishedIdealWidth = std::max(m_finishedIdealWidth, block->idealWidth());
    }
    m_finishedDirty = false;
}

qreal MessageDocument::stableHeight() const
{
    if (m_unchangedHeight >= 0)
        return m_unchangedHeight;
    refreshFinished();
    return m_finishedHeight;
}

// The height of the finished blocks and the frozen parts of the open block, as laid out now.
qreal MessageDocument::frozenHeight() const
{
    refreshFinished();
    refreshTail();
    if (m_parts.empty())
        return m_finishedHeight;
    return m_finishedHeight + spaceBefore(m_parts.front().doc.get(), m_finishedHeight == 0)
            + m_partsHeight;
}

// The documents of the open block laid out once: their height, width and code blocks.
void MessageDocument::refreshTail() const
{
    if (!m_partsDirty)
        return;
    // Parts are only ever added at the end (or all replaced): count the new ones alone, so a
    // long code block costs the same at its end as at its start.
    if (m_partsCounted == 0 || m_partsCounted > m_parts.size()) {
        m_partsCounted = 0;
        m_partsHeight = 0;
        m_partsWidth = 0;
        m_partsIdealWidth = 0;
        m_partsCode.clear();
    }
    for (auto it = m_parts.begin() + qsizetype(m_partsCounted); it != m_parts.end(); ++it) {
        const Part &part = *it;
        QList<CodeBlock> code;
        appendCodeBlocks(part.doc.get(), m_partsHeight, &code);
        if (part.continuation && !code.isEmpty() && !m_partsCode.isEmpty()) {
            m_partsCode.last().rect = m_partsCode.last().rect.united(code.first().rect);
            m_partsCode.last().code += u'\n' + code.takeFirst().code;
        }
        m_partsCode.append(code);
        const QSizeF size = part.doc->documentLayout()->documentSize();
        m_partsHeight += size.height();
        m_partsWidth = std::max(m_partsWidth, size.width());
        m_partsIdealWidth = std::max(m_partsIdealWidth, part.doc->idealWidth());
    }
    m_partsCounted = m_parts.size();
    m_partsDirty = false;
}

// Every document with where it is: the finished blocks with the gaps between them, then the
// open block's parts, which follow each other without one.
QList<MessageDocument::Placed> MessageDocument::placed() const
{
    QList<Placed> out;
    qreal y = 0;
    auto place = [&](QTextDocument *doc, bool continuation) {
        if (!continuation)
            y += spaceBefore(doc, y == 0);
        const qreal height = doc->documentLayout()->documentSize().height();
        out.append({doc, y, height});
        y += height;
    };
    for (const auto &block : m_blocks)
        place(block.get(), false);
    for (const Part &part : m_parts)
        place(part.doc.get(), part.continuation);
    if (m_tail && !m_tail->isEmpty())
        place(m_tail.get(), m_tailContinues);
    return out;
}

QSizeF MessageDocument::size() const
{
    refreshFinished();
    refreshTail();
    qreal height = m_finishedHeight;
    qreal width = m_finishedWidth;
    QTextDocument *first = !m_parts.empty() ? m_parts.front().doc.get() : m_tail.get();
    if (first && (!m_parts.empty() || !m_tail->isEmpty())) {
        height += spaceBefore(first, height == 0) + m_partsHeight;
        width = std::max(width, m_partsWidth);
        if (m_tail && !m_tail->isEmpty()) {
            const QSizeF s = m_tail->documentLayout()->documentSize();
            height += s.height();
            width = std::max(width, s.width());
        }
    }
    return {width, height};
}

qreal MessageDocument::idealWidth() const
{
    refreshFinished();
    refreshTail();
    return std::max({m_finishedIdealWidth, m_partsIdealWidth,
                     m_tail && !m_tail->isEmpty() ? m_tail->idealWidth() : 0.0});
}

std::vector<QTextDocument *> MessageDocument::documents() const
{
    std::vector<QTextDocument *> out;
    out.reserve(m_blocks.size() + m_parts.size() + 1);
    for (const auto &block : m_blocks)
        out.push_back(block.get());
    for (const Part &part : m_parts)
        out.push_back(part.doc.get());
    if (m_tail && !m_tail->isEmpty())
        out.push_back(m_tail.get());
    return out;
}

int MessageDocument::resourceRequests() const
{
    int total = m_tail ? m_tail->resourceRequests() : 0;
    for (const auto &block : m_blocks)
        total += block->resourceRequests();
    for (const Part &part : m_parts)
        total += part.doc->resourceRequests();
    return total;
}

void MessageDocument::draw(QPainter *painter, const QPointF &origin, const QRectF &clip,
                           const QColor &textColor) const
{
    for (const Placed &p : placed()) {
        const QRectF area(origin.x(), origin.y() + p.top, m_width, p.height);
        if (!area.intersects(clip))
            continue;
        painter->save();
        painter->translate(area.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, textColor);
        context.clip = clip.translated(-area.topLeft());
        painter->setClipRect(context.clip);
        p.doc->documentLayout()->draw(painter, context);
        painter->restore();
    }
}

QString MessageDocument::anchorAt(const QPointF &point) const
{
    for (const Placed &p : placed())
        if (point.y() >= p.top && point.y() < p.top + p.height)
            return p.doc->documentLayout()->anchorAt(point - QPointF(0, p.top));
    return {};
}

void MessageDocument::setText(const QString &text, Stage stage)
{
    const bool complete = stage == Stage::Complete;
    if (text == m_text && complete == m_complete
        && (m_tail || !m_blocks.empty() || !m_parts.empty()))
        return;
    // What this change cannot touch: the finished blocks and the frozen parts as they are now.
    // Anything that replaces the parts (a block finishing, the reply completing) lowers it.
    m_unchangedHeight = -1;
    const qreal finishedBefore = stableHeight();
    const qreal frozenBefore = m_markdown ? frozenHeight() : 0;
    m_tailChangedTop = -1;
    const auto settle = qScopeGuard([this, finishedBefore, frozenBefore] {
        m_unchangedHeight = m_partsCleared ? finishedBefore : frozenBefore;
        if (m_tailChangedTop >= 0 && !m_partsCleared && m_tail) {
            // The open part changed from a line down (code grown in place, a paragraph whose
            // earlier lines stayed): everything above that line is as it was.
            const qreal frozen = frozenHeight();
            m_unchangedHeight = frozen
                    + (m_tailContinues ? 0 : spaceBefore(m_tail.get(), frozen == 0))
                    + m_tailChangedTop;
        }
        m_partsCleared = false;
    });
    if (!m_markdown) {
        m_tail = makeDocument(text);
        m_text = text;
        m_complete = complete;
        return;
    }
    if (!QStringView(text).startsWith(QStringView(m_text).first(m_finishedLength))) {
        m_blocks.clear(); // not a continuation (an edit): start over
        m_finishedLength = 0;
        m_finishedDirty = true;
        m_scan = {};
        clearTail();
    } else if (!QStringView(text).startsWith(m_text)) {
        m_scan = MarkdownBlocks::Scan{m_finishedLength}; // the open block changed: scan it again
        clearTail();
    }
    m_text = text;
    m_complete = complete;
    for (qsizetype boundary = m_scan.advance(text, m_finishedLength); boundary > m_finishedLength;
         boundary = m_scan.advance(text, m_finishedLength)) {
        // Finished: rendered (and its code coloured) once, and never touched again. Blank lines
        // alone (after a closing fence) are no block: an empty document would add a gap that
        // the text rendered whole does not have.
        const QStringView finished =
                QStringView(text).sliced(m_finishedLength, boundary - m_finishedLength);
        if (!finished.trimmed().isEmpty())
            m_blocks.push_back(makeDocument(finished.toString(), Colouring::Coloured));
        m_finishedLength = boundary;
        m_finishedDirty = true;
        clearTail();
    }
    const QStringView tail = QStringView(text).sliced(m_finishedLength);
    if (tail.trimmed().isEmpty()) {
        clearTail();
        return;
    }
    if (complete) {
        // The whole message: the open block rendered once as it stays, like a fresh rendering.
        clearTail();
        m_tailKind = TailKind::Whole;
        m_tail = makeDocument(tail.toString(), Colouring::Coloured);
        return;
    }
    streamTail(tail);
}

void MessageDocument::clearTail()
{
    m_partsCleared = m_partsCleared || !m_parts.empty();
    m_tailKind = TailKind::None;
    m_parts.clear();
    m_tailFrozen = 0;
    m_fence.clear();
    m_tail.reset();
    m_tailShown = 0;
    m_tailContinues = false;
    m_partsDirty = true;
    m_partsCounted = 0;
}

void MessageDocument::streamTail(QStringView tail)
{
    TailKind kind = TailKind::Whole;
    const qsizetype newline = tail.indexOf(u'\n');
    if (isFence(tail.first(newline < 0 ? tail.size() : newline)))
        kind = newline < 0 ? TailKind::Whole : TailKind::Code; // the fence line is complete
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
    case TailKind::Whole:
    case TailKind::None:
        m_tail = makeDocument(tail.toString());
        return;
    }
}

void MessageDocument::freeze(std::unique_ptr<SafeTextDocument> doc)
{
    // The next part continues this one: no space under its last block.
    QTextBlock last = doc->lastBlock();
    QTextBlockFormat format = last.blockFormat();
    format.setBottomMargin(0);
    QTextCursor(last).setBlockFormat(format);
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
        if (m_tail && m_tailShown <= cut && CodeTail::canGrow(m_fence, open)
            && CodeTail::grow(m_tail.get(), open.sliced(m_tailShown, cut - m_tailShown),
                              &m_newlinePending, &changedTop)) {
            m_renderedCharacters += cut - m_tailShown;
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
        m_tailFrozen += cut;
        open = open.sliced(cut);
        m_tail.reset();
        m_tailShown = 0;
    }
    m_tailContinues = !m_parts.empty();
    // Grown in place while it can be; rendered from its text when not (its first token, a line
    // that could close the fence).
    qreal changedTop = 0;
    if (m_tail && open.size() > m_tailShown && CodeTail::canGrow(m_fence, open)
        && CodeTail::grow(m_tail.get(), open.sliced(m_tailShown), &m_newlinePending, &changedTop)) {
        m_renderedCharacters += open.size() - m_tailShown;
        m_tailShown = open.size();
        m_tailChangedTop = changedTop;
        return;
    }
    m_tail = makeDocument(m_fence + u'\n' + open.toString());
    m_tailShown = open.size();
    m_newlinePending = open.endsWith(u'\n');
}

// An open paragraph: once its rendering has more than ParagraphLinesOpen lines, all but the
// last two are frozen into a part rendered from exactly their source. Line breaking is greedy,
// so those lines break the same alone as in the whole paragraph; the open part starts where the
// next line starts.
void MessageDocument::streamParagraph(QStringView tail)
{
    const QStringView open = tail.sliced(m_tailFrozen);
    const std::unique_ptr<SafeTextDocument> before = std::move(m_tail);
    m_tail = makeDocument(open.toString());
    m_tailContinues = !m_parts.empty();
    if (m_width <= 0 || m_tail->blockCount() != 1)
        return;
    QTextBlock block = m_tail->begin();
    m_tail->documentLayout()->documentSize(); // lays it out
    const QTextLayout *layout = block.layout();
    const int lines = layout->lineCount();
    if (before)
        m_tailChangedTop = firstChangedLine(before.get(), m_tail.get());
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
    freeze(std::move(frozen));
    m_tailFrozen += cut;
    m_tail = makeDocument(tail.sliced(m_tailFrozen).toString());
    m_tailContinues = true;
    m_tailChangedTop = -1; // a new open part: painted whole
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

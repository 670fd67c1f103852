#include "messagedocument.h"

#include "chat/safemarkdown.h"
#include "markdownblocks.h"

#include <QtCore/QScopeGuard>
#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QFontMetricsF>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace MarkdownBlocks;

namespace {

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

void SafeTextDocument::colourNow()
{
    if (m_later.isEmpty())
        return;
    const QList<CodeHighlighter::Placement> colours = std::exchange(m_later, {});
    // Its height places what follows it; its width does not (a reply takes the bubble's width,
    // and italics are a little wider).
    const qreal height = documentLayout()->documentSize().height();
    QTextCursor cursor(this);
    cursor.setPosition(colours.first().position + 1);
    const QTextCharFormat code = cursor.charFormat(); // a code block's text has one format
    CodeHighlighter::setColours(this, colours);
    if (documentLayout()->documentSize().height() == height)
        return;
    cursor.beginEditBlock();
    for (const CodeHighlighter::Placement &colour : colours) {
        QTextCharFormat format = code;
        format.setForeground(colour.format.foreground());
        cursor.setPosition(colour.position);
        cursor.setPosition(colour.position + colour.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
    cursor.endEditBlock();
}

namespace {

int headerHeight(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return qCeil(QFontMetricsF(small).height()) + 8;
}

} // namespace

MessageDocument::MessageDocument(Format format, const QFont &font, Theme theme)
    : m_font(font)
    , m_markdown(format == Format::Markdown)
    , m_theme(theme)
    , m_codeHeaderHeight(headerHeight(font))
    , m_gap(QFontMetricsF(font).height() * 0.6)
{ }

// The code blocks of one document placed at y, appended to out.
void MessageDocument::appendCodeBlocks(QTextDocument *doc, qreal y, QList<CodeRun> *out) const
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
            out->append({{r, block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage)},
                         block.text()});
            open = true;
        } else {
            out->last().block.rect = out->last().block.rect.united(r);
            out->last().code += u'\n' + block.text();
        }
    }
}

// The code blocks of the finished blocks, the frozen parts and the open part, with their text
// when asked: an open block's text grows with it, and is copied only for Copy.
QList<MessageDocument::CodeRun> MessageDocument::codeRuns(bool withText) const
{
    refreshFinished();
    refreshTail();
    QList<CodeRun> out;
    const auto add = [&out, withText](const CodeRun &run, qreal dy) {
        out.append({{run.block.rect.translated(0, dy), run.block.language},
                    withText ? run.code : QString()});
    };
    for (const CodeRun &run : m_finishedCode)
        add(run, 0);
    QTextDocument *first = !m_parts.empty() ? m_parts.front().doc.get() : m_tail.get();
    if (!first)
        return out;
    const qreal top = m_finishedHeight + spaceBefore(first, m_finishedHeight == 0);
    for (const CodeRun &run : m_partsCode)
        add(run, top);
    if (m_tail && !m_tail->isEmpty()) {
        QList<CodeRun> tail;
        appendCodeBlocks(m_tail.get(), top + (m_parts.empty() ? 0 : m_partsHeight) - m_tailTrimTop,
                         &tail);
        // The open part of a code block continues the frozen one: one block, one Copy.
        if (m_tailContinues && !tail.isEmpty() && !out.isEmpty()) {
            out.last().block.rect = out.last().block.rect.united(tail.first().block.rect);
            if (withText)
                out.last().code += u'\n' + tail.first().code;
            tail.removeFirst();
        }
        for (const CodeRun &run : std::as_const(tail))
            add(run, 0);
    }
    return out;
}

QList<MessageDocument::CodeBlock> MessageDocument::codeBlocks() const
{
    QList<CodeBlock> out;
    for (const CodeRun &run : codeRuns(false))
        out.append(run.block);
    return out;
}

QString MessageDocument::codeText(qsizetype index) const
{
    const QList<CodeRun> runs = codeRuns(true);
    return index >= 0 && index < runs.size() ? runs.at(index).code : QString();
}

MessageDocument::~MessageDocument() = default;

std::unique_ptr<SafeTextDocument> MessageDocument::blankDocument() const
{
    auto doc = std::make_unique<SafeTextDocument>();
    doc->setDefaultFont(m_font);
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    if (m_width > 0)
        doc->setTextWidth(m_width); // whatever lays it out while it is built, at its width
    return doc;
}

std::unique_ptr<SafeTextDocument> MessageDocument::makeDocument(const QString &text,
                                                                Colouring colouring) const
{
    std::unique_ptr<SafeTextDocument> doc = blankDocument();
    m_renderedCharacters += text.size();
    if (m_markdown) {
        doc->setMarkdown(SafeMarkdown::prepare(text), Features);
        styleBlocks(doc.get(), codeHeaderHeight());
        if (colouring == Colouring::Coloured)
            m_colouredBlocks += CodeHighlighter::colourDocuments({doc.get()}, m_theme);
        else
            keepShaped(doc.get()); // a streaming part: painted again as it grows
    } else
        doc->setPlainText(text); // what the user typed, as typed
    Q_ASSERT(m_width <= 0 || doc->textWidth() == m_width);
    return doc;
}

// The space above a document: the gap between blocks, and room for a code header when the
// document starts with code (QTextDocument ignores the top margin of its first block).
qreal MessageDocument::spaceBefore(QTextDocument *doc, bool first) const
{
    qreal space = first ? 0 : m_gap;
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
    m_finishedPlaced.clear(); // every block counted again at the new width
    for (const Part &block : m_blocks)
        block.doc->setTextWidth(width);
    if ((m_tailKind == TailKind::Paragraph && !m_parts.empty()) || m_tailKind == TailKind::Table) {
        // A paragraph's frozen lines were broken at the old width, a table's columns may not
        // fit the new one: it is laid out whole again and split anew as it grows.
        const QString tail = m_text.mid(m_finishedLength);
        const TailKind kind = m_tailKind;
        clearTail();
        m_tailKind = kind == TailKind::Table ? TailKind::Whole : kind;
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
    // Blocks are only ever added at the end (or all replaced, or laid out at a new width, which
    // counts them all again): count the new ones alone, so a block finishing costs itself.
    if (m_finishedPlaced.size() > qsizetype(m_blocks.size()))
        m_finishedPlaced.clear();
    if (m_finishedPlaced.isEmpty()) {
        m_finishedHeight = 0;
        m_finishedWidth = 0;
        m_finishedIdealWidth = 0;
        m_finishedCode.clear();
    }
    for (auto it = m_blocks.begin() + m_finishedPlaced.size(); it != m_blocks.end(); ++it) {
        SafeTextDocument *block = it->doc.get();
        const QSizeF s = block->documentLayout()->documentSize();
        if (!it->continuation)
            m_finishedHeight += spaceBefore(block, m_finishedHeight == 0);
        QList<CodeRun> code;
        appendCodeBlocks(block, m_finishedHeight, &code);
        if (it->continuation && !code.isEmpty() && !m_finishedCode.isEmpty()) {
            CodeRun &last = m_finishedCode.last(); // the code block it continues
            last.block.rect = last.block.rect.united(code.first().block.rect);
            last.code += u'\n' + code.takeFirst().code;
        }
        m_finishedCode.append(code);
        m_finishedPlaced.append({block, m_finishedHeight, s.height()});
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

// Where the open part starts, as laid out now.
qreal MessageDocument::tailTop() const
{
    const qreal frozen = frozenHeight();
    return frozen + (m_tailContinues || !m_tail ? 0 : spaceBefore(m_tail.get(), frozen == 0));
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
        m_partsPlaced.clear();
    }
    for (auto it = m_parts.begin() + qsizetype(m_partsCounted); it != m_parts.end(); ++it) {
        const Part &part = *it;
        QList<CodeRun> code;
        appendCodeBlocks(part.doc.get(), m_partsHeight, &code);
        if (part.continuation && !code.isEmpty() && !m_partsCode.isEmpty()) {
            CodeRun &last = m_partsCode.last();
            last.block.rect = last.block.rect.united(code.first().block.rect);
            last.code += u'\n' + code.takeFirst().code; // not shared: grows in place
        }
        m_partsCode.append(code);
        const QSizeF size = part.doc->documentLayout()->documentSize();
        const qreal height = size.height() - part.trimTop - part.trimBottom;
        m_partsPlaced.append({part.doc.get(), m_partsHeight, height, part.trimTop});
        m_partsHeight += height;
        m_partsWidth = std::max(m_partsWidth, size.width());
        m_partsIdealWidth = std::max(m_partsIdealWidth, part.doc->idealWidth());
    }
    m_partsCounted = m_parts.size();
    m_partsDirty = false;
}

// Every document with where it is: the finished blocks with the gaps between them, then the
// open block's parts, which follow each other without one.
// Those that meet the band [top, bottom) alone, found by halving: painting the newest line of a
// long reply costs the same as painting its first.
QList<MessageDocument::Placed> MessageDocument::placed(qreal top, qreal bottom) const
{
    refreshFinished();
    refreshTail();
    QList<Placed> out;
    auto take = [&](const QList<Placed> &list, qreal offset) {
        auto it = std::partition_point(list.cbegin(), list.cend(), [&](const Placed &p) {
            return offset + p.top + p.height <= top;
        });
        for (; it != list.cend() && offset + it->top < bottom; ++it)
            out.append({it->doc, offset + it->top, it->height, it->skip});
    };
    take(m_finishedPlaced, 0);
    if (!m_parts.empty())
        take(m_partsPlaced,
             m_finishedHeight + spaceBefore(m_parts.front().doc.get(), m_finishedHeight == 0));
    if (m_tail && !m_tail->isEmpty()) {
        const qreal y = tailTop();
        const qreal height = m_tail->documentLayout()->documentSize().height() - m_tailTrimTop;
        if (y + height > top && y < bottom)
            out.append({m_tail.get(), y, height, m_tailTrimTop});
    }
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
            height += s.height() - m_tailTrimTop;
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

int MessageDocument::finishedBlocks() const
{
    return int(std::count_if(m_blocks.cbegin(), m_blocks.cend(),
                             [](const Part &block) { return !block.continuation; }));
}

std::vector<QTextDocument *> MessageDocument::documents() const
{
    std::vector<QTextDocument *> out;
    out.reserve(m_blocks.size() + m_parts.size() + 1);
    for (const Part &block : m_blocks)
        out.push_back(block.doc.get());
    for (const Part &part : m_parts)
        out.push_back(part.doc.get());
    if (m_tail && !m_tail->isEmpty())
        out.push_back(m_tail.get());
    for (QTextDocument *doc : out) // as they are painted
        static_cast<SafeTextDocument *>(doc)->colourNow();
    return out;
}

int MessageDocument::documentsColouredLater() const
{
    int count = 0;
    for (const Part &block : m_blocks)
        count += block.doc->hasColoursLater();
    for (const Part &part : m_parts)
        count += part.doc->hasColoursLater();
    return count;
}

int MessageDocument::resourceRequests() const
{
    int total = m_tail ? m_tail->resourceRequests() : 0;
    for (const Part &block : m_blocks)
        total += block.doc->resourceRequests();
    for (const Part &part : m_parts)
        total += part.doc->resourceRequests();
    return total;
}

void MessageDocument::draw(QPainter *painter, const QPointF &origin, const QRectF &clip,
                           const QColor &textColor) const
{
    if (clip.right() < origin.x() || clip.left() > origin.x() + m_width)
        return;
    for (const Placed &p : placed(clip.top() - origin.y(), clip.bottom() - origin.y())) {
        const QRectF area(origin.x(), origin.y() + p.top, m_width, p.height);
        if (!area.intersects(clip))
            continue;
        painter->save();
        // A table's piece shows a band of its document: the rest is clipped away.
        const QPointF docTop = area.topLeft() - QPointF(0, p.skip);
        painter->translate(docTop);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, textColor);
        context.clip = clip.intersected(area).translated(-docTop);
        painter->setClipRect(context.clip);
        p.doc->colourNow();
        p.doc->documentLayout()->draw(painter, context);
        painter->restore();
    }
}

QString MessageDocument::anchorAt(const QPointF &point) const
{
    for (const Placed &p : placed(point.y(), point.y() + 1))
        if (point.y() >= p.top && point.y() < p.top + p.height)
            return p.doc->documentLayout()->anchorAt(point - QPointF(0, p.top - p.skip));
    return {};
}

bool MessageDocument::setText(const QString &text, Stage stage)
{
    const bool complete = stage == Stage::Complete;
    if (text == m_text && complete == m_complete
        && (m_tail || !m_blocks.empty() || !m_parts.empty()))
        return false;
    // What this change cannot touch: the finished blocks and the frozen parts as they are now.
    // Anything that replaces the parts (a block finishing, the reply completing) lowers it.
    m_unchangedHeight = -1;
    const qreal finishedBefore = stableHeight();
    const qreal frozenBefore = m_markdown ? frozenHeight() : 0;
    m_tailChangedTop = -1;
    m_changedFrom = -1;
    m_adoptedFrom = -1;
    const auto settle = qScopeGuard([this, finishedBefore, frozenBefore] {
        m_unchangedHeight = m_partsCleared ? finishedBefore : frozenBefore;
        if (!m_partsCleared && m_adoptedFrom >= 0) {
            // A paragraph finished as it was shown (and what comes after it is new).
            m_unchangedHeight = m_adoptedFrom;
        } else if (!m_partsCleared && m_tail && (m_tailChangedTop >= 0 || m_changedFrom >= 0)) {
            // The open part changed from a line down (code grown in place, a paragraph whose
            // earlier lines stayed), or was frozen as it was shown with a new part after it:
            // everything above that line is as it was.
            const qreal top = tailTop();
            m_unchangedHeight = m_tailChangedTop >= 0 ? top + m_tailChangedTop : top;
            if (m_changedFrom >= 0)
                m_unchangedHeight = std::min(m_unchangedHeight, m_changedFrom);
        }
        m_partsCleared = false;
    });
    if (!m_markdown) {
        m_tail = makeDocument(text);
        m_text = text;
        m_complete = complete;
        return true;
    }
    if (m_tailColoured)
        clearTail(); // coloured as complete: rendered from its text again
    if (!QStringView(text).startsWith(QStringView(m_text).first(m_finishedLength))) {
        m_blocks.clear(); // not a continuation (an edit): start over
        m_finishedPlaced.clear();
        m_finishedLength = 0;
        m_finishedDirty = true;
        m_scan = {};
        clearTail();
    } else if (!QStringView(text).startsWith(m_text)) {
        m_scan = {}; // the open block changed: scan it again
        m_scan.pos = m_finishedLength;
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
        std::unique_ptr<SafeTextDocument> last;
        if (finished.trimmed().isEmpty()) {
            // no block
        } else if (adoptCode(finished, &last)) {
            // A long code block: the parts that showed it, coloured in place.
            for (Part &part : m_parts)
                m_blocks.push_back(std::move(part));
            m_parts.clear();
            if (last)
                m_blocks.push_back({std::move(last), true});
        } else {
            std::unique_ptr<SafeTextDocument> block = adoptParagraph(finished);
            m_blocks.push_back({block ? std::move(block)
                                      : makeDocument(finished.toString(), Colouring::Coloured),
                                false});
        }
        m_finishedLength = boundary;
        m_finishedDirty = true;
        clearTail();
    }
    const QStringView tail = QStringView(text).sliced(m_finishedLength);
    if (tail.trimmed().isEmpty()) {
        clearTail();
        return true;
    }
    if (complete) {
        // The whole message: the open block rendered once as it stays, like a fresh rendering;
        // a long code block coloured in place, its lines as they were laid out.
        std::unique_ptr<SafeTextDocument> last;
        if (adoptCode(tail, &last)) {
            m_tail = std::move(last);
            m_tailContinues = true;
            m_tailColoured = true;
            m_partsDirty = true;
            m_partsCounted = 0; // counted again in their colours
            return true;
        }
        clearTail();
        m_tailKind = TailKind::Whole;
        m_tail = makeDocument(tail.toString(), Colouring::Coloured);
        return true;
    }
    streamTail(tail);
    return true;
}

void MessageDocument::clearTail()
{
    m_partsCleared = m_partsCleared || !m_parts.empty();
    m_tailKind = TailKind::None;
    m_parts.clear();
    m_tailFrozen = 0;
    m_fence.clear();
    m_codeStart.reset();
    m_tail.reset();
    m_tailShown = 0;
    m_tailTrimTop = 0;
    m_tableHead.clear();
    m_tableFrozenWidths.clear();
    m_tableTailWidths.clear();
    m_tableWidths.clear();
    m_tableWhole = false;
    m_tailContinues = false;
    m_tailColoured = false;
    m_partsDirty = true;
    m_partsCounted = 0;
    m_listItems.clear();
    m_listItemsUpTo = 0;
}

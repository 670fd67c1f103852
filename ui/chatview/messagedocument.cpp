#include "messagedocument.h"

#include "chat/safemarkdown.h"

#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QFontMetricsF>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto Features = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                          | QTextDocument::MarkdownNoHTML);

bool isFence(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(u"```") || t.startsWith(u"~~~");
}

// A line that continues the block before a blank line: a list item or indented content.
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

MessageDocument::MessageDocument(Format format, const QFont &font)
    : m_font(font)
    , m_markdown(format == Format::Markdown)
{ }

int MessageDocument::codeHeaderHeight() const
{
    QFont small = m_font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return qCeil(QFontMetricsF(small).height()) + 8;
}

namespace {

bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) || format.nonBreakableLines();
}

} // namespace

// Code blocks get a background and room for their header (language and Copy); quotes get an
// indent and italics, so they read as quotes.
void MessageDocument::styleBlocks(QTextDocument *doc) const
{
    QTextCursor cursor(doc);
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
                format.setTopMargin(codeHeaderHeight());
            const QTextBlock next = block.next();
            if (!next.isValid() || !isCodeBlock(next))
                format.setBottomMargin(8);
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
    QList<CodeBlock> out = m_finishedCode;
    if (m_tail && !m_tail->isEmpty())
        appendCodeBlocks(m_tail.get(),
                         m_finishedHeight + spaceBefore(m_tail.get(), m_finishedHeight == 0), &out);
    return out;
}

MessageDocument::~MessageDocument() = default;

std::unique_ptr<SafeTextDocument> MessageDocument::makeDocument(const QString &text) const
{
    auto doc = std::make_unique<SafeTextDocument>();
    doc->setDefaultFont(m_font);
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    if (m_markdown) {
        doc->setMarkdown(SafeMarkdown::prepare(text), Features);
        styleBlocks(doc.get());
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
    refreshFinished();
    return m_finishedHeight;
}

QSizeF MessageDocument::size() const
{
    refreshFinished();
    qreal height = m_finishedHeight;
    qreal width = m_finishedWidth;
    if (m_tail && !m_tail->isEmpty()) {
        const QSizeF s = m_tail->documentLayout()->documentSize();
        height += spaceBefore(m_tail.get(), height == 0) + s.height();
        width = std::max(width, s.width());
    }
    return {width, height};
}

qreal MessageDocument::idealWidth() const
{
    refreshFinished();
    return std::max(m_finishedIdealWidth,
                    m_tail && !m_tail->isEmpty() ? m_tail->idealWidth() : 0.0);
}

std::vector<QTextDocument *> MessageDocument::documents() const
{
    std::vector<QTextDocument *> out;
    out.reserve(m_blocks.size() + 1);
    for (const auto &block : m_blocks)
        out.push_back(block.get());
    if (m_tail && !m_tail->isEmpty())
        out.push_back(m_tail.get());
    return out;
}

int MessageDocument::resourceRequests() const
{
    int total = m_tail ? m_tail->resourceRequests() : 0;
    for (const auto &block : m_blocks)
        total += block->resourceRequests();
    return total;
}

void MessageDocument::draw(QPainter *painter, const QPointF &origin, const QRectF &clip,
                           const QColor &textColor) const
{
    qreal y = 0;
    for (QTextDocument *doc : documents()) {
        const qreal height = doc->documentLayout()->documentSize().height();
        y += spaceBefore(doc, y == 0);
        const QRectF area(origin.x(), origin.y() + y, m_width, height);
        if (area.intersects(clip)) {
            painter->save();
            painter->translate(area.topLeft());
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette.setColor(QPalette::Text, textColor);
            context.clip = clip.translated(-area.topLeft());
            painter->setClipRect(context.clip);
            doc->documentLayout()->draw(painter, context);
            painter->restore();
        }
        y += height;
    }
}

QString MessageDocument::anchorAt(const QPointF &point) const
{
    qreal y = 0;
    for (QTextDocument *doc : documents()) {
        const qreal height = doc->documentLayout()->documentSize().height();
        y += spaceBefore(doc, y == 0);
        if (point.y() >= y && point.y() < y + height)
            return doc->documentLayout()->anchorAt(point - QPointF(0, y));
        y += height;
    }
    return {};
}

// The end of the last finished block in text after from: a blank line outside code followed by a
// line that starts a new block, or the end of a closing code fence.
qsizetype MessageDocument::finishedBoundary(const QString &text, qsizetype from) const
{
    qsizetype boundary = from;
    bool inFence = false;
    bool previousBlank = false;
    qsizetype blankEnd = -1;
    for (qsizetype lineStart = from; lineStart < text.size();) {
        const qsizetype newline = text.indexOf(u'\n', lineStart);
        if (newline < 0)
            break; // the last line is still being written
        const QStringView line = QStringView(text).sliced(lineStart, newline - lineStart);
        if (inFence) {
            if (isFence(line)) {
                inFence = false;
                boundary = newline + 1;
            }
        } else if (isFence(line)) {
            inFence = true;
            if (previousBlank)
                boundary = blankEnd; // the text before the fence is complete
            previousBlank = false;
        } else if (line.trimmed().isEmpty()) {
            previousBlank = true;
            blankEnd = newline + 1;
        } else {
            if (previousBlank && !continuesBlock(line))
                boundary = blankEnd;
            previousBlank = false;
        }
        lineStart = newline + 1;
    }
    return boundary;
}

void MessageDocument::setText(const QString &text)
{
    if (text == m_text && (m_tail || !m_blocks.empty()))
        return;
    if (!m_markdown) {
        m_tail = makeDocument(text);
        m_text = text;
        return;
    }
    if (!text.startsWith(QStringView(m_text).first(m_finishedLength))) {
        m_blocks.clear(); // not a continuation (an edit): start over
        m_finishedLength = 0;
        m_finishedDirty = true;
    }
    m_text = text;
    const qsizetype boundary = finishedBoundary(text, m_finishedLength);
    if (boundary > m_finishedLength) {
        // Finished: rendered once and never touched again.
        m_blocks.push_back(makeDocument(text.mid(m_finishedLength, boundary - m_finishedLength)));
        m_finishedLength = boundary;
        m_finishedDirty = true;
    }
    const QString tail = text.mid(m_finishedLength);
    m_tail = tail.trimmed().isEmpty() ? nullptr : makeDocument(tail);
}

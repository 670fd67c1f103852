#pragma once

#include <QtGui/QColor>
#include <QtGui/QTextDocument>

#include <memory>
#include <vector>

class QPainter;

// A QTextDocument that never loads anything: no file, no network, no resource. Whatever a reply
// references is shown as a placeholder by SafeMarkdown before it gets here; this is the second
// wall.
class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;
    int resourceRequests() const { return m_requests; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_requests = 0;
};

// One message's text, laid out for painting. A markdown reply is split into blocks: a block that
// is finished (followed by a blank line and a new block, or a closed code fence) gets a document
// of its own, rendered and laid out once; only the open tail is rendered again as tokens arrive,
// so a token near the end costs the same as one near the start. User text is shown as typed.
class MessageDocument final
{
public:
    // A fenced code block as laid out: where it is (relative to the message's top left), its
    // language and its text, for the label and the Copy button drawn over its header.
    struct CodeBlock
    {
        QRectF rect;
        QString language;
        QString code;
    };

    enum class Format {
        Markdown, // a model's text: rendered safely as markdown
        PlainText, // the user's own text: shown as written
    };
    MessageDocument(Format format, const QFont &font);
    ~MessageDocument();
    Q_DISABLE_COPY_MOVE(MessageDocument)

    void setText(const QString &text);
    void setTextWidth(qreal width);
    QSizeF size() const;
    qreal idealWidth() const; // the width the text needs, up to the text width
    void draw(QPainter *painter, const QPointF &origin, const QRectF &clip,
              const QColor &textColor) const;
    QString anchorAt(const QPointF &point) const; // point relative to the message's top left
    // The documents, oldest first, the tail last (for tests).
    std::vector<QTextDocument *> documents() const;
    int finishedBlocks() const { return int(m_blocks.size()); }
    QList<CodeBlock> codeBlocks() const;
    // The height of the finished blocks: what a new token can never change.
    qreal stableHeight() const;
    int codeHeaderHeight() const;
    int resourceRequests() const;

private:
    std::unique_ptr<SafeTextDocument> makeDocument(const QString &text) const;
    qsizetype finishedBoundary(const QString &text, qsizetype from) const;
    qreal gap() const;
    qreal spaceBefore(QTextDocument *doc, bool first) const;
    void appendCodeBlocks(QTextDocument *doc, qreal y, QList<CodeBlock> *out) const;

    void styleBlocks(QTextDocument *doc) const;

    QFont m_font;
    bool m_markdown;
    QString m_text;
    qsizetype m_finishedLength = 0; // characters of m_text that are in finished blocks
    qreal m_width = -1;
    std::vector<std::unique_ptr<SafeTextDocument>> m_blocks;
    std::unique_ptr<SafeTextDocument> m_tail;
    // What the finished documents add up to, so a token costs nothing per finished block.
    void refreshFinished() const;
    mutable bool m_finishedDirty = true;
    mutable qreal m_finishedHeight = 0;
    mutable qreal m_finishedWidth = 0;
    mutable qreal m_finishedIdealWidth = 0;
    mutable QList<CodeBlock> m_finishedCode;
};

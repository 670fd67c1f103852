#pragma once

#include "codehighlighter.h"
#include "markdownblocks.h"

#include <QtCore/QHash>
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

    // Colours worked out for it, held until it is first painted: a long code block's lines out
    // of sight cost nothing when it finishes.
    void colourLater(QList<CodeHighlighter::Placement> colours) { m_later = std::move(colours); }
    bool hasColoursLater() const { return !m_later.isEmpty(); }
    // Sets the colours held for later. It was measured without them: where italics or bold
    // would change its height (a fallback font with other metrics), it gets the colours alone.
    void colourNow();

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_requests = 0;
    QList<CodeHighlighter::Placement> m_later;
};

// One message's text, laid out for painting. A markdown reply is split into blocks: a block that
// is finished (followed by a blank line and a new block, or a closed code fence) gets a document
// of its own, rendered and laid out once, and its code blocks coloured then. While a reply
// streams, the open block is a chain: the part already laid out is frozen in documents that are
// never rendered again (whole lines of a paragraph, whole lines of a code fence), and only the
// last few lines are rendered as tokens arrive, so a token costs the same at the start of a long
// paragraph or a 2,000-line code block as at its end. Once the block finishes, or the message is
// complete, it is rendered whole, once, exactly as a fresh rendering would. User text is shown as
// typed.
class MessageDocument final
{
public:
    // A fenced code block as laid out: where it is (relative to the message's top left) and its
    // language, for the label and the Copy button drawn over its header. Its text is
    // codeText(): a long block's text is gathered only when it is copied, not on every frame.
    struct CodeBlock
    {
        QRectF rect;
        QString language;
    };

    enum class Format {
        Markdown, // a model's text: rendered safely as markdown
        PlainText, // the user's own text: shown as written
    };
    enum class Stage {
        Streaming, // more text may follow: the open block is kept as a chain
        Complete, // the whole text: rendered as it will stay
    };
    using Theme = CodeHighlighter::Theme;
    MessageDocument(Format format, const QFont &font, Theme theme = Theme::Dark);
    ~MessageDocument();
    Q_DISABLE_COPY_MOVE(MessageDocument)

    // False when the text and stage are what it shows already.
    bool setText(const QString &text, Stage stage = Stage::Complete);
    void setTextWidth(qreal width);
    QSizeF size() const;
    qreal idealWidth() const; // the width the text needs, up to the text width
    void draw(QPainter *painter, const QPointF &origin, const QRectF &clip,
              const QColor &textColor) const;
    QString anchorAt(const QPointF &point) const; // point relative to the message's top left
    // The documents, oldest first, the tail last (for tests).
    std::vector<QTextDocument *> documents() const; // with all their colours
    int documentsColouredLater() const; // not yet painted since their colours were worked out
    int finishedBlocks() const;
    QList<CodeBlock> codeBlocks() const;
    QString codeText(qsizetype index) const; // of codeBlocks().at(index), without colours
    // The height above which the last setText() changed nothing (the finished blocks, and the
    // frozen parts of the open block unless they were replaced): what has to be painted again
    // starts there.
    qreal stableHeight() const;
    int codeHeaderHeight() const { return m_codeHeaderHeight; }
    int resourceRequests() const;
    // Code blocks coloured so far (each once, when it finished), and renderings of markdown (for
    // tests and benchmarks: a token must not render what was already rendered).
    int colouredBlocks() const { return m_colouredBlocks; }
    int renderedCharacters() const { return int(m_renderedCharacters); }
    int frozenParts() const { return int(m_parts.size()); }

private:
    enum class Colouring {
        Plain, // an open block: colours come when it finishes
        Coloured,
    };
    enum class TailKind {
        None,
        Whole, // rendered whole on every change (quotes, headings), lists grown in place
        Paragraph,
        Code,
        Table, // its header and each row a table of their own, with the whole table's columns
    };
    // A frozen piece of the open block; a continuation follows the one before without a gap.
    // Of a table's piece, only the band between trimTop and its height less trimBottom shows:
    // the borders where it joins the pieces above and below it.
    struct Part
    {
        std::unique_ptr<SafeTextDocument> doc;
        bool continuation = false;
        qreal trimTop = 0;
        qreal trimBottom = 0;
    };
    struct Placed
    {
        SafeTextDocument *doc;
        qreal top;
        qreal height;
        qreal skip = 0; // the document's top that is not shown
    };

    std::unique_ptr<SafeTextDocument> blankDocument() const;
    std::unique_ptr<SafeTextDocument> makeDocument(const QString &text,
                                                   Colouring colouring = Colouring::Plain) const;
    void clearTail();
    void streamTail(QStringView tail);
    void streamCode(QStringView tail);
    bool growTail(QStringView open, qsizetype end, qreal *changedTop);
    void streamParagraph(QStringView tail);
    bool growParagraph(QStringView open, qreal *changedTop);
    bool growList(QStringView open, qreal *changedTop);
    std::unique_ptr<SafeTextDocument> adoptParagraph(QStringView finished);
    bool streamTable(QStringView tail);
    std::unique_ptr<SafeTextDocument> tablePiece(QStringView line, QList<qreal> *widths) const;
    bool fitTableColumns(bool tailRendered);
    bool adoptCode(QStringView block, std::unique_ptr<SafeTextDocument> *last);
    void freeze(std::unique_ptr<SafeTextDocument> doc);
    static qreal firstChangedLine(const QTextDocument *before, const QTextDocument *after);
    QList<Placed> placed(qreal top, qreal bottom) const;
    void refreshTail() const;
    qreal frozenHeight() const;
    qreal tailTop() const;
    qreal spaceBefore(QTextDocument *doc, bool first) const;
    struct CodeRun
    {
        CodeBlock block;
        QString code;
    };
    void appendCodeBlocks(QTextDocument *doc, qreal y, QList<CodeRun> *out) const;
    QList<CodeRun> codeRuns(bool withText) const;

    QFont m_font;
    bool m_markdown;
    Theme m_theme;
    int m_codeHeaderHeight;
    qreal m_gap; // between blocks
    QString m_text;
    bool m_complete = true;
    qsizetype m_finishedLength = 0; // characters of m_text that are in finished blocks
    qreal m_width = -1;
    // The finished blocks: a document each, or for a code block that finished as it streamed,
    // the parts that showed it (continuations), coloured in place.
    std::vector<Part> m_blocks;
    MarkdownBlocks::Scan m_scan; // goes on where it stopped, so a token scans only itself
    // The open block: frozen parts, then the part rendered as tokens arrive.
    TailKind m_tailKind = TailKind::None;
    std::vector<Part> m_parts;
    qsizetype m_tailFrozen = 0; // characters of the open block that are in m_parts
    QString m_fence; // the opening fence line of an open code block
    // That block's fence line and one line, as the importer renders them: where the open parts
    // after the first take their formats from (see CodeTail::start()).
    std::unique_ptr<SafeTextDocument> m_codeStart;
    std::unique_ptr<SafeTextDocument> m_tail;
    bool m_tailContinues = false; // m_tail follows the last part without a gap
    // The open code block, parts and all, was coloured in place when the reply completed: any
    // change renders it again from its text.
    bool m_tailColoured = false;
    qsizetype m_tailShown = 0; // characters of the open block (past the frozen) m_tail shows
    qreal m_tailTrimTop = 0; // of m_tail, as of a Part
    // An open table: its header and delimiter lines, the widths of its columns that each frozen
    // piece needs (at most), the open row's, and those its pieces are laid out at; whether it
    // is rendered whole instead (its columns do not fit, or its rows are not all plain rows).
    QString m_tableHead;
    QList<qreal> m_tableFrozenWidths;
    QList<qreal> m_tableTailWidths;
    QList<qreal> m_tableWidths;
    bool m_tableWhole = false;
    bool m_newlinePending = false; // they end with a line break
    qreal m_tailChangedTop = -1; // where in m_tail the last setText() grew it; -1: rendered anew
    // The complete lines of an open list (by where they start, past m_listItemsBase) that are
    // items ListLines knows, worked out down to m_listItemsUpTo.
    QHash<qsizetype, bool> m_listItems;
    qsizetype m_listItemsUpTo = 0;
    qsizetype m_listItemsBase = 0;
    // Where the last setText() first changed the open part it found, when it froze that part as
    // it was shown (relative to the message's top); -1: not known.
    qreal m_changedFrom = -1;
    // Where a paragraph that finished as it was shown first changed (see adoptParagraph()).
    qreal m_adoptedFrom = -1;
    mutable bool m_partsDirty = true;
    mutable std::size_t m_partsCounted = 0; // parts already in the totals below
    mutable qreal m_partsHeight = 0;
    mutable qreal m_partsWidth = 0;
    mutable qreal m_partsIdealWidth = 0;
    mutable QList<CodeRun> m_partsCode; // relative to the top of the first part
    mutable QList<Placed> m_partsPlaced; // likewise
    qreal m_unchangedHeight = -1; // see stableHeight(); -1: the finished blocks' height
    bool m_partsCleared = false; // the frozen parts were replaced during this setText()
    mutable int m_colouredBlocks = 0;
    mutable qsizetype m_renderedCharacters = 0;
    // What the finished documents add up to, so a token costs nothing per finished block.
    void refreshFinished() const;
    mutable bool m_finishedDirty = true;
    mutable qreal m_finishedHeight = 0;
    mutable qreal m_finishedWidth = 0;
    mutable qreal m_finishedIdealWidth = 0;
    mutable QList<CodeRun> m_finishedCode;
    mutable QList<Placed> m_finishedPlaced; // each finished block with where it is
};

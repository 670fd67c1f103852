// An open table grown a row at a time: its header and each row are a table of their own, laid
// out once with the columns the whole table has so far, and joined without a seam. Only the row
// being written is rendered as tokens arrive; a row that widens a column lays the others out at
// the new width. A table whose columns do not fit the width is rendered whole, as Qt shares out
// the width between its columns then.
#include "markdownblocks.h"
#include "messagedocument.h"

#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextFrame>
#include <QtGui/QTextTable>

#include <algorithm>

using namespace MarkdownBlocks;

namespace {

// The table a document is, alone: nothing around it but empty blocks.
QTextTable *onlyTable(QTextDocument *doc)
{
    const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
    QTextTable *table = frames.size() == 1 ? qobject_cast<QTextTable *>(frames.front()) : nullptr;
    if (!table || !table->childFrames().isEmpty())
        return nullptr;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        if (!block.text().isEmpty() && !QTextCursor(block).currentTable())
            return nullptr;
    return table;
}

void setColumns(QTextDocument *doc, const QList<qreal> &widths)
{
    QTextTable *table = onlyTable(doc);
    QTextTableFormat format = table->format();
    QList<QTextLength> constraints;
    for (qreal width : widths)
        constraints.append(QTextLength(QTextLength::FixedLength, width));
    format.setColumnWidthConstraints(constraints);
    table->setFormat(format);
}

} // namespace

// A piece of an open table laid out at its own column widths (into *widths): the header (line
// empty), or one row rendered under the header, which is then taken away, so its cells have the
// formats the importer gives a body row. Null when it is not such a table.
std::unique_ptr<SafeTextDocument> MessageDocument::tablePiece(QStringView line,
                                                              QList<qreal> *widths) const
{
    const bool header = line.isEmpty();
    std::unique_ptr<SafeTextDocument> doc =
            makeDocument(header ? m_tableHead : m_tableHead + line.toString());
    QTextTable *table = onlyTable(doc.get());
    if (!table || table->rows() != (header ? 1 : 2) || table->format().borderCollapse()
        || (!m_tableWidths.isEmpty() && table->columns() != m_tableWidths.size()))
        return {};
    if (!header)
        table->removeRows(0, 1);
    // A cell merged over the columns after it (the importer merges two or more empty cells
    // into the one before them, as in a row just begun) needs no width of its own: it is as
    // wide as the columns it spans, where Qt would share its width out between them.
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    widths->clear();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(0, column);
        widths->append(
                cell.columnSpan() > 1
                        ? 0
                        : layout->blockBoundingRect(cell.firstCursorPosition().block()).width());
    }
    return doc;
}

// The columns every piece is laid out at: each as wide as its widest cell so far, as Qt lays
// out the whole table when it fits the width. False when it does not fit: Qt would share out
// the width then, and wrap cells the pieces would not.
bool MessageDocument::fitTableColumns(bool tailRendered)
{
    QList<qreal> widths = m_tableFrozenWidths;
    for (qsizetype i = 0; i < m_tableTailWidths.size(); ++i) {
        if (i < widths.size())
            widths[i] = std::max(widths[i], m_tableTailWidths[i]);
        else
            widths.append(m_tableTailWidths[i]);
    }
    QTextDocument *first = !m_parts.empty() ? m_parts.front().doc.get() : m_tail.get();
    const QTextTableFormat format = onlyTable(first)->format();
    const qreal border = format.border();
    const qreal spacing = format.cellSpacing();
    qreal total = 2 * border + spacing * qreal(widths.size() + 1);
    for (qreal width : std::as_const(widths))
        total += width + 2 * border;
    if (m_width <= 0 || total >= m_width) // a column squeezed to fit would fill it exactly
        return false;
    if (widths != m_tableWidths) {
        for (const Part &part : m_parts)
            setColumns(part.doc.get(), widths);
        m_partsCleared = m_partsCleared || !m_parts.empty(); // laid out anew
        m_partsDirty = true;
        m_partsCounted = 0;
        m_tableWidths = widths;
        tailRendered = true;
    }
    if (m_tail && tailRendered)
        setColumns(m_tail.get(), widths);
    return true;
}

// The open block is a table: every piece but the last (the header, then each row) is frozen as
// it was shown; the last is rendered again as it grows. False when it cannot be streamed so (a
// line that is not a row, a table that does not fit): it is rendered whole then.
bool MessageDocument::streamTable(QStringView tail)
{
    if (m_tableWhole || !m_markdown || m_width <= 0)
        return false;
    if (m_tableHead.isEmpty()) {
        const qsizetype headerEnd = tail.indexOf(u'\n');
        m_tableHead = tail.first(tail.indexOf(u'\n', headerEnd + 1) + 1).toString();
        m_tailFrozen = 0;
    }
    const auto pieceEnd = [&](qsizetype from) {
        if (from == 0)
            return m_tableHead.size();
        const qsizetype newline = tail.indexOf(u'\n', from);
        return newline < 0 ? tail.size() : newline + 1;
    };
    const auto trims = [&](bool header, bool last) {
        QTextDocument *first = !m_parts.empty() ? m_parts.front().doc.get() : m_tail.get();
        const QTextTableFormat format = onlyTable(first)->format();
        // A row shows from its top border down to the next row's, the header from the table's
        // top; the last piece shows the table's bottom border too.
        return std::pair<qreal, qreal>(header ? 0 : format.border() + format.cellSpacing(),
                                       last ? 0 : format.border());
    };
    for (qsizetype end = pieceEnd(m_tailFrozen); end < tail.size(); end = pieceEnd(m_tailFrozen)) {
        // A piece with more after it: frozen, as it was shown when it was.
        const QStringView line = tail.sliced(m_tailFrozen, end - m_tailFrozen);
        const bool header = m_tailFrozen == 0;
        if (!header && !isTableRow(line))
            return false;
        std::unique_ptr<SafeTextDocument> doc;
        QList<qreal> widths;
        const bool shown = m_tail && m_tailShown == line.size();
        if (shown) {
            doc = std::move(m_tail);
            widths = m_tableTailWidths;
        } else {
            doc = tablePiece(header ? QStringView() : line, &widths);
            if (!doc)
                return false;
        }
        if (m_tableFrozenWidths.isEmpty())
            m_tableFrozenWidths = widths;
        for (qsizetype i = 0; i < widths.size() && i < m_tableFrozenWidths.size(); ++i)
            m_tableFrozenWidths[i] = std::max(m_tableFrozenWidths[i], widths[i]);
        m_tail = std::move(doc); // for trims(), while there are no parts
        const auto [top, bottom] = trims(header, false);
        m_parts.push_back({std::move(m_tail), !m_parts.empty(), top, bottom});
        m_partsDirty = true;
        if (!shown)
            setColumns(m_parts.back().doc.get(), m_tableWidths.isEmpty() ? widths : m_tableWidths);
        m_tailFrozen = end;
        m_tailShown = 0;
        m_tableTailWidths.clear();
    }
    const QStringView open = tail.sliced(m_tailFrozen);
    const bool header = m_tailFrozen == 0;
    if (!header && !isTableRow(open))
        return false;
    const bool rendered = !m_tail || m_tailShown != open.size();
    if (rendered) {
        m_tail = tablePiece(header ? QStringView() : open, &m_tableTailWidths);
        if (!m_tail)
            return false;
        m_tailShown = open.size();
    }
    m_tailTrimTop = trims(header, true).first;
    m_tailContinues = !m_parts.empty();
    return fitTableColumns(rendered);
}

#include "chatview.h"

#include "chat/conversationmodel.h"
#include "messagedocument.h"
#include "safetext.h"
#include "storage/storedmessage.h"

#include <QtCore/QEvent>
#include <QtGui/QFontDatabase>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QApplication>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QToolTip>

#include <climits>
#include <memory>

namespace {

constexpr int OuterMargin = 16; // between the view's edge and a bubble
constexpr int MaxBubbleWidth = 820;
constexpr int CacheSize = 400; // layouts kept; the rest are rebuilt when scrolled back to

using Role = ConversationModel::Role;

} // namespace

struct ChatView::RowLayout
{
    qint64 id = 0;
    int revision = -1;
    int width = -1;
    bool user = false;
    MessageState state = MessageState::Complete;
    std::unique_ptr<MessageDocument> content;
    std::unique_ptr<MessageDocument> reasoning;
    bool thinkingOpen = false;
    int height = 0;
    QRect bubble; // relative to the row's top-left corner
    QPoint contentOrigin;
    QPoint reasoningOrigin;
    QRect thinkingHeader;
    QRect indicator;
    QString status;
    QRect statusRect;
    QString notice; // Stopped, Failed ... and why
    QRect noticeRect;
    QString meta;
    QRect metaRect;
    QHash<int, QRect> buttons; // ChatView::Button -> rect
    QHash<int, QString> buttonText;
    QString versionText;
    QRect versionRect;
    QList<MessageDocument::CodeBlock> code; // relative to the row, like the rest
    QList<QRect> codeCopy;
};

ChatView::ChatView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_cache(CacheSize)
{
    setObjectName(QStringLiteral("chatView"));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so its appearing cannot change the width (and every height) under the text.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_programmaticScroll)
            setFollowBottom(value >= verticalScrollBar()->maximum() - 2);
    });
    m_indicatorTimer.setInterval(350);
    connect(&m_indicatorTimer, &QTimer::timeout, this, &ChatView::animateIndicators);

    m_jumpButton = new QToolButton(this);
    m_jumpButton->setObjectName(QStringLiteral("jumpToLatest"));
    m_jumpButton->setText(tr("Jump to latest ↓"));
    m_jumpButton->setCursor(Qt::PointingHandCursor);
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, &ChatView::scrollToBottom);
}

ChatView::~ChatView() = default;

void ChatView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ChatView::resetRows);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { rowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChatView::resetRows);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) {
                    for (int row = from.row(); row <= to.row(); ++row)
                        rowChanged(row);
                });
    }
    resetRows();
}

int ChatView::bubbleWidth() const
{
    return qMax(120, qMin(viewport()->width() - 2 * OuterMargin, MaxBubbleWidth));
}

int ChatView::estimateHeight(int row) const
{
    const QString text = m_model->index(row, 0).data(Role::ContentRole).toString();
    const QFontMetrics fm(font());
    const int inner = bubbleWidth() - 2 * m_padding;
    const int perLine = qMax(10, inner / qMax(1, fm.averageCharWidth()));
    const int lines = int(text.size() / perLine) + int(text.count(u'\n')) + 1;
    return lines * fm.lineSpacing() + 2 * m_padding + 2 * m_rowGap + 2 * fm.lineSpacing();
}

void ChatView::resetRows()
{
    m_cache.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    QList<int> heights;
    heights.reserve(rows);
    for (int row = 0; row < rows; ++row)
        heights.append(estimateHeight(row));
    m_heights.reset(heights);
    m_exact.fill(false, rows);
    updateScrollRange();
    setFollowBottom(true);
    scrollToBottom();
    viewport()->update();
}

void ChatView::rowsInserted(int first, int last)
{
    if (first != m_heights.count()) {
        resetRows(); // an insertion in the middle: rare (a branch switch), start over
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_heights.append(estimateHeight(row));
        m_exact.append(false);
    }
    // Measure the new rows now, so following the bottom lands exactly on them.
    for (int row = first; row <= last; ++row)
        rowChanged(row);
    updateScrollRange();
    if (m_followBottom)
        scrollToBottom();
    viewport()->update();
}

void ChatView::rowChanged(int row)
{
    if (!m_model || row < 0 || row >= m_heights.count())
        return;
    const int oldHeight = m_heights.height(row);
    const qint64 top = m_heights.offset(row);
    const int scrollTop = verticalScrollBar()->value();
    const bool onScreen = top + oldHeight >= scrollTop && top <= scrollTop + viewport()->height();
    const bool isLast = row == m_heights.count() - 1;
    if (!onScreen && !(isLast && m_followBottom)) {
        // Off screen: measured again when it is next painted.
        m_exact[row] = false;
        return;
    }
    // What can have changed: from the start of the open tail (finished blocks never change) to
    // the row's end. A streaming reply repaints only that, plus what a scroll uncovers. When a
    // block has just finished, the tail started higher before: repaint from there.
    const qint64 id = m_model->index(row, 0).data(Role::IdRole).toLongLong();
    int stableBefore = INT_MAX;
    if (const RowLayout *cached = m_cache.object(id); cached && cached->content)
        stableBefore = cached->contentOrigin.y() + int(cached->content->stableHeight());
    RowLayout *layout = layoutFor(row);
    const int newHeight = layout->height;
    const int scroll = verticalScrollBar()->value();
    const int stable = std::min(stableBefore,
                                layout->contentOrigin.y() + int(layout->content->stableHeight()));
    if (newHeight != oldHeight) {
        m_heights.set(row, newHeight);
        updateScrollRange();
        if (m_followBottom) {
            scrollToBottom(); // blits what was on screen; the uncovered strip is repainted by Qt
        } else if (top + oldHeight <= scroll) {
            // A row above the screen changed: keep what the user is reading in place.
            m_programmaticScroll = true;
            verticalScrollBar()->setValue(scroll + newHeight - oldHeight);
            m_programmaticScroll = false;
        }
        const int rowTop = int(top - verticalScrollBar()->value());
        const bool last = row == m_heights.count() - 1;
        viewport()->update(QRect(0, rowTop + stable, viewport()->width(),
                                 last ? newHeight - stable : viewport()->height()));
    } else {
        const QRect r = rowRect(row);
        viewport()->update(r.adjusted(0, stable, 0, 0));
    }
}

void ChatView::updateScrollRange()
{
    const qint64 total = m_heights.total() + m_rowGap;
    verticalScrollBar()->setPageStep(viewport()->height());
    m_programmaticScroll = true;
    verticalScrollBar()->setRange(0, int(qMax<qint64>(0, total - viewport()->height())));
    m_programmaticScroll = false;
}

void ChatView::scrollToBottom()
{
    m_programmaticScroll = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_programmaticScroll = false;
    setFollowBottom(true);
}

void ChatView::setFollowBottom(bool follow)
{
    const bool changed = follow != m_followBottom;
    m_followBottom = follow;
    m_jumpButton->setVisible(!follow && m_heights.count() > 0);
    placeJumpButton();
    if (changed)
        Q_EMIT followingChanged(follow);
}

void ChatView::placeJumpButton()
{
    m_jumpButton->adjustSize();
    const QSize size = m_jumpButton->sizeHint();
    m_jumpButton->move(viewport()->width() - size.width() - OuterMargin,
                       viewport()->height() - size.height() - OuterMargin);
}

QRect ChatView::rowRect(int row) const
{
    if (row < 0 || row >= m_heights.count())
        return {};
    return QRect(0, int(m_heights.offset(row) - verticalScrollBar()->value()), viewport()->width(),
                 m_heights.height(row));
}

int ChatView::rowAtViewportY(int y) const
{
    return m_heights.rowAt(qint64(verticalScrollBar()->value()) + y);
}

ChatView::RowLayout *ChatView::layoutFor(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    const qint64 id = index.data(Role::IdRole).toLongLong();
    const int revision = index.data(Role::RevisionRole).toInt();
    const int width = viewport()->width();
    RowLayout *layout = m_cache.object(id);
    if (layout && layout->revision == revision && layout->width == width)
        return layout;
    if (!layout) {
        layout = new RowLayout;
        layout->id = id;
        m_cache.insert(id, layout);
    }
    layout->revision = revision;
    layout->width = width;
    layout->user = index.data(Role::AuthorRole).toString() == QLatin1String("user");
    layout->state = MessageState(index.data(Role::StateRole).toInt());
    if (!layout->content)
        layout->content =
                std::make_unique<MessageDocument>(layout->user ? MessageDocument::Format::PlainText
                                                               : MessageDocument::Format::Markdown,
                                                  font());

    const QFontMetrics fm(font());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetrics smallFm(small);
    const int bubble = bubbleWidth();
    const int inner = bubble - 2 * m_padding;
    int y = m_padding;

    // Thinking: open while the model thinks, closed once the answer starts, unless the user chose.
    const QString reasoning = index.data(Role::ReasoningRole).toString();
    const QString content = index.data(Role::ContentRole).toString();
    layout->thinkingHeader = {};
    if (!reasoning.isEmpty()) {
        layout->thinkingOpen = m_thinkingOpen.contains(id)
                || (content.isEmpty() && !m_thinkingClosed.contains(id));
        layout->thinkingHeader = QRect(m_padding, y, inner, smallFm.height());
        y += smallFm.height() + 4;
        if (layout->thinkingOpen) {
            if (!layout->reasoning)
                layout->reasoning =
                        std::make_unique<MessageDocument>(MessageDocument::Format::Markdown, small);
            layout->reasoning->setText(reasoning);
            layout->reasoning->setTextWidth(inner);
            layout->reasoningOrigin = QPoint(m_padding, y);
            y += int(layout->reasoning->size().height()) + 8;
        }
    }

    layout->content->setText(content);
    layout->content->setTextWidth(inner);
    const QSizeF textSize = layout->content->size();
    layout->contentOrigin = QPoint(m_padding, y);
    y += int(textSize.height());
    layout->code = layout->content->codeBlocks();

    layout->indicator = {};
    if (index.data(Role::AwaitingFirstTokenRole).toBool() && content.isEmpty()) {
        layout->indicator = QRect(m_padding, y, 36, fm.height());
        y += fm.height();
    }
    layout->status = index.data(Role::StatusRole).toString();
    layout->statusRect = {};
    if (!layout->status.isEmpty()) {
        layout->statusRect = QRect(m_padding, y + 2, inner, smallFm.height());
        y += smallFm.height() + 2;
    }

    // What happened to a reply that did not complete, and why.
    layout->notice.clear();
    layout->noticeRect = {};
    if (!layout->user) {
        const QString error = index.data(Role::ErrorRole).toString();
        switch (layout->state) {
        case MessageState::Stopped:
            layout->notice = tr("Stopped");
            break;
        case MessageState::Incomplete:
            layout->notice = tr("Incomplete: the reply ended early");
            break;
        case MessageState::Failed:
            layout->notice = tr("Failed");
            break;
        case MessageState::Interrupted:
            layout->notice = tr("Interrupted: Parley closed while this reply was arriving");
            break;
        default:
            break;
        }
        if (!layout->notice.isEmpty() && !error.isEmpty())
            layout->notice += QStringLiteral(": ") + error;
        if (!layout->notice.isEmpty()) {
            const QRect need = smallFm.boundingRect(QRect(0, 0, inner, 10000), Qt::TextWordWrap,
                                                    layout->notice);
            layout->noticeRect = QRect(m_padding, y + 6, inner, need.height());
            y += need.height() + 6;
        }
    }

    // The metadata line under a finished reply.
    layout->meta.clear();
    layout->metaRect = {};
    if (!layout->user && layout->state != MessageState::Streaming) {
        QStringList parts;
        const QString model = index.data(Role::ModelNameRole).toString();
        if (!model.isEmpty())
            parts << model;
        const qint64 ttft = index.data(Role::TimeToFirstTokenRole).toLongLong();
        if (ttft >= 0)
            parts << tr("%1 ms to first token").arg(ttft);
        const double tps = index.data(Role::TokensPerSecondRole).toDouble();
        if (tps > 0)
            parts << tr("%1 tokens/s").arg(QString::number(tps, 'f', 1));
        const qint64 tokens = index.data(Role::CompletionTokensRole).toLongLong();
        if (tokens > 0)
            parts << tr("%n token(s)", nullptr, int(tokens));
        const QString finish = index.data(Role::FinishReasonRole).toString();
        if (!finish.isEmpty())
            parts << finish;
        layout->meta = parts.join(QStringLiteral(" · "));
        if (!layout->meta.isEmpty()) {
            layout->metaRect = QRect(m_padding, y + 6, inner, smallFm.height());
            y += smallFm.height() + 6;
        }
    }

    // Actions: text buttons in one row.
    layout->buttons.clear();
    layout->buttonText.clear();
    int x = m_padding;
    y += 6;
    auto addButton = [&](Button button, const QString &text) {
        const int w = smallFm.horizontalAdvance(text) + 2;
        layout->buttons.insert(int(button), QRect(x, y, w, smallFm.height()));
        layout->buttonText.insert(int(button), text);
        x += w + 14;
    };
    const bool streaming = layout->state == MessageState::Streaming;
    if (!streaming) {
        addButton(Button::Copy, tr("Copy"));
        if (layout->user) {
            addButton(Button::Edit, tr("Edit"));
        } else if (layout->state == MessageState::Complete) {
            addButton(Button::Regenerate, tr("Regenerate"));
        } else {
            addButton(Button::Retry, tr("Retry"));
        }
    }
    if (!reasoning.isEmpty())
        layout->buttons.insert(int(Button::Thinking), layout->thinkingHeader);
    const int versions = index.data(Role::SiblingCountRole).toInt();
    layout->versionRect = {};
    if (versions > 1) {
        const int current = index.data(Role::SiblingIndexRole).toInt();
        addButton(Button::PreviousVersion, QStringLiteral("<"));
        layout->versionText = QStringLiteral("%1/%2").arg(current).arg(versions);
        const int w = smallFm.horizontalAdvance(layout->versionText);
        layout->versionRect = QRect(x - 10, y, w, smallFm.height());
        x += w + 4;
        addButton(Button::NextVersion, QStringLiteral(">"));
    }
    if (!layout->buttons.isEmpty() && (layout->buttons.size() > 1 || reasoning.isEmpty()))
        y += smallFm.height();
    y += m_padding;

    // User bubbles hug their text on the right; replies take the width.
    int bubbleWidthUsed = bubble;
    if (layout->user) {
        const int textWidth = qCeil(layout->content->idealWidth());
        bubbleWidthUsed = qBound(qMin(bubble, x + m_padding), textWidth + 2 * m_padding, bubble);
    }
    const int left = layout->user ? width - OuterMargin - bubbleWidthUsed : OuterMargin;
    layout->bubble = QRect(left, m_rowGap, bubbleWidthUsed, y);
    // Shift everything inside the bubble to its left edge.
    const QPoint shift(left, m_rowGap);
    layout->contentOrigin += shift;
    layout->reasoningOrigin += shift;
    layout->thinkingHeader.translate(shift);
    layout->indicator.translate(shift);
    layout->statusRect.translate(shift);
    layout->noticeRect.translate(shift);
    layout->metaRect.translate(shift);
    layout->versionRect.translate(shift);
    for (QRect &r : layout->buttons)
        r.translate(shift);
    layout->codeCopy.clear();
    const QString copyText = tr("Copy");
    for (MessageDocument::CodeBlock &block : layout->code) {
        block.rect.translate(layout->contentOrigin);
        const int w = smallFm.horizontalAdvance(copyText) + 2;
        layout->codeCopy.append(QRect(int(block.rect.right()) - w - 8, int(block.rect.top()) + 4, w,
                                      smallFm.height()));
    }
    layout->height = y + 2 * m_rowGap;
    return layout;
}

void ChatView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_model || m_heights.count() == 0)
        return;
    const QRect clip = event->rect();
    const int scroll = verticalScrollBar()->value();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QPalette pal = palette();
    bool anyIndicator = false;

    for (int row = rowAtViewportY(clip.top()); row < m_heights.count(); ++row) {
        const int top = int(m_heights.offset(row) - scroll);
        if (top > clip.bottom())
            break;
        RowLayout *layout = layoutFor(row);
        if (layout->height != m_heights.height(row)) {
            // Measured for the first time: a correction that stays small, so no jump to fix.
            m_heights.set(row, layout->height);
            m_exact[row] = true;
            // Estimates became measurements: the range changes, and a view that follows the
            // newest message must stay at its end.
            QMetaObject::invokeMethod(
                    this,
                    [this] {
                        updateScrollRange();
                        if (m_followBottom)
                            scrollToBottom();
                    },
                    Qt::QueuedConnection);
        }
        const QPoint origin(0, top);
        const QRect bubble = layout->bubble.translated(origin);
        QPainterPath path;
        path.addRoundedRect(bubble, 14, 14);
        // The user's bubble is a muted accent: darker on a dark theme, lighter on a light one.
        const bool darkTheme = pal.color(QPalette::Base).lightness() < 128;
        const QColor accent = pal.color(QPalette::Highlight);
        const QColor fill = layout->user ? (darkTheme ? accent.darker(160) : accent.lighter(175))
                                         : pal.color(QPalette::AlternateBase);
        painter.fillPath(path, fill);
        const QColor text = pal.color(QPalette::Text);
        const QColor dim = pal.color(QPalette::PlaceholderText);

        painter.setFont(small);
        if (!layout->thinkingHeader.isNull()) {
            painter.setPen(dim);
            painter.drawText(layout->thinkingHeader.translated(origin),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             (layout->thinkingOpen ? QStringLiteral("▾ ") : QStringLiteral("▸ "))
                                     + tr("Thinking"));
            if (layout->thinkingOpen && layout->reasoning)
                layout->reasoning->draw(&painter, layout->reasoningOrigin + origin, clip, dim);
        }
        // Code blocks: a panel behind the text, the language on the left of its header and
        // Copy on the right.
        // Only what meets the clip is drawn: a long reply has many code blocks, and text is
        // shaped anew for every drawText.
        for (const MessageDocument::CodeBlock &block : std::as_const(layout->code)) {
            if (!block.rect.translated(origin).intersects(clip))
                continue;
            QPainterPath panel;
            panel.addRoundedRect(block.rect.translated(origin), 6, 6);
            painter.fillPath(panel, pal.color(QPalette::Base));
        }
        layout->content->draw(&painter, layout->contentOrigin + origin, clip, text);
        for (qsizetype i = 0; i < layout->code.size(); ++i) {
            const QRectF r = layout->code.at(i).rect.translated(origin);
            if (!r.intersects(clip))
                continue;
            const QRectF header(r.left() + 8, r.top() + 4, r.width() - 16,
                                QFontMetrics(small).height());
            painter.setFont(small);
            painter.setPen(dim);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                             layout->code.at(i).language.isEmpty() ? tr("code")
                                                                   : layout->code.at(i).language);
            painter.setPen(pal.color(QPalette::Link));
            painter.drawText(layout->codeCopy.at(i).translated(origin),
                             Qt::AlignLeft | Qt::AlignVCenter, tr("Copy"));
        }

        if (!layout->indicator.isNull()) {
            anyIndicator = true;
            const QRect r = layout->indicator.translated(origin);
            for (int dot = 0; dot < 3; ++dot) {
                QColor c = dim;
                c.setAlphaF(dot == m_indicatorPhase % 3 ? 1.0 : 0.35);
                painter.setBrush(c);
                painter.setPen(Qt::NoPen);
                painter.drawEllipse(QPointF(r.left() + 6 + dot * 12, r.center().y() + 1), 3.5, 3.5);
            }
        }
        painter.setFont(small);
        if (!layout->status.isEmpty()) {
            painter.setPen(dim);
            painter.drawText(layout->statusRect.translated(origin),
                             Qt::AlignLeft | Qt::AlignVCenter, layout->status);
        }
        if (!layout->notice.isEmpty()) {
            painter.setPen(layout->state == MessageState::Failed ? pal.color(QPalette::BrightText)
                                                                 : dim);
            painter.drawText(layout->noticeRect.translated(origin), Qt::TextWordWrap,
                             layout->notice);
        }
        if (!layout->meta.isEmpty()) {
            painter.setPen(dim);
            painter.drawText(layout->metaRect.translated(origin), Qt::AlignLeft | Qt::AlignVCenter,
                             layout->meta);
        }
        painter.setPen(pal.color(QPalette::Link));
        for (auto it = layout->buttonText.cbegin(); it != layout->buttonText.cend(); ++it) {
            const QRect r = layout->buttons.value(it.key()).translated(origin);
            if (r.intersects(clip))
                painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, it.value());
        }
        if (!layout->versionRect.isNull()) {
            painter.setPen(dim);
            painter.drawText(layout->versionRect.translated(origin), Qt::AlignCenter,
                             layout->versionText);
        }
    }
    if (anyIndicator && !m_indicatorTimer.isActive())
        m_indicatorTimer.start();
    else if (!anyIndicator)
        m_indicatorTimer.stop();
}

void ChatView::animateIndicators()
{
    ++m_indicatorPhase;
    // Repaint only the dots, not the rows around them.
    const int scroll = verticalScrollBar()->value();
    const int first = rowAtViewportY(0);
    for (int row = first; row < m_heights.count(); ++row) {
        const int top = int(m_heights.offset(row) - scroll);
        if (top > viewport()->height())
            break;
        if (RowLayout *layout =
                    m_cache.object(m_model->index(row, 0).data(Role::IdRole).toLongLong());
            layout && !layout->indicator.isNull())
            viewport()->update(layout->indicator.translated(0, top).adjusted(-2, -2, 2, 2));
    }
}

void ChatView::relayoutAll()
{
    m_cache.clear();
    resetRows();
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    placeJumpButton();
}

// The viewport's size is what the layout depends on (it changes without the view resizing, when
// a scroll bar comes or goes): every height is an estimate again until painted.
void ChatView::viewportResized()
{
    const bool follow = m_followBottom;
    if (viewport()->width() == m_layoutWidth) { // only taller or shorter: the rows stay as they are
        updateScrollRange();
        if (follow)
            scrollToBottom();
        placeJumpButton();
        return;
    }
    m_layoutWidth = viewport()->width();
    // Widths changed: every height is an estimate again until it is painted.
    QList<int> heights;
    heights.reserve(m_heights.count());
    for (int row = 0; row < m_heights.count(); ++row)
        heights.append(estimateHeight(row));
    m_heights.reset(heights);
    m_exact.fill(false, heights.size());
    updateScrollRange();
    if (follow)
        scrollToBottom();
    placeJumpButton();
}

void ChatView::scrollContentsBy(int dx, int dy)
{
    viewport()->scroll(dx, dy);
}

QRect ChatView::buttonRect(int row, Button button)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    RowLayout *layout = layoutFor(row);
    const QRect r = layout->buttons.value(int(button));
    return r.isNull() ? QRect() : r.translated(0, rowRect(row).top());
}

QList<QRect> ChatView::codeCopyRects(int row)
{
    QList<QRect> out;
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return out;
    RowLayout *layout = layoutFor(row);
    for (const QRect &r : std::as_const(layout->codeCopy))
        out.append(r.translated(0, rowRect(row).top()));
    return out;
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAtViewportY(pos.y());
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (m_model && row < m_model->rowCount()) {
        RowLayout *layout = layoutFor(row);
        const QPoint local = pos - QPoint(0, rowRect(row).top());
        for (const QRect &r : std::as_const(layout->buttons))
            if (r.contains(local))
                shape = Qt::PointingHandCursor;
        for (const QRect &r : std::as_const(layout->codeCopy))
            if (r.contains(local))
                shape = Qt::PointingHandCursor;
        const QString anchor = layout->content->anchorAt(local - layout->contentOrigin);
        if (!anchor.isEmpty()) {
            shape = Qt::PointingHandCursor;
            // A link's address comes from the model: shown literally, never as rich text.
            QToolTip::showText(event->globalPosition().toPoint(), SafeText::toolTip(anchor),
                               viewport());
        }
    }
    viewport()->setCursor(shape);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_model)
        return;
    const QPoint pos = event->position().toPoint();
    const int row = rowAtViewportY(pos.y());
    if (row >= m_model->rowCount())
        return;
    RowLayout *layout = layoutFor(row);
    const QPoint local = pos - QPoint(0, rowRect(row).top());
    const qint64 id = layout->id;
    for (qsizetype i = 0; i < layout->codeCopy.size(); ++i) {
        if (layout->codeCopy.at(i).contains(local)) {
            Q_EMIT codeCopyRequested(layout->code.at(i).code);
            return;
        }
    }
    for (auto it = layout->buttons.cbegin(); it != layout->buttons.cend(); ++it) {
        if (!it.value().contains(local))
            continue;
        switch (Button(it.key())) {
        case Button::Copy:
            Q_EMIT copyRequested(id);
            return;
        case Button::Edit:
            Q_EMIT editRequested(id);
            return;
        case Button::Regenerate:
        case Button::Retry:
            Q_EMIT regenerateRequested(id);
            return;
        case Button::PreviousVersion:
            Q_EMIT versionRequested(id, -1);
            return;
        case Button::NextVersion:
            Q_EMIT versionRequested(id, +1);
            return;
        case Button::Thinking:
            if (layout->thinkingOpen) {
                m_thinkingOpen.remove(id);
                m_thinkingClosed.insert(id);
            } else {
                m_thinkingClosed.remove(id);
                m_thinkingOpen.insert(id);
            }
            layout->revision = -1; // lay out again
            rowChanged(row);
            viewport()->update();
            return;
        }
    }
    // Links open only on a click, and only through the window's confirmation.
    const QString anchor = layout->content->anchorAt(local - layout->contentOrigin);
    if (!anchor.isEmpty())
        Q_EMIT linkActivated(QUrl(anchor));
}

void ChatView::setDensity(Preferences::Density density)
{
    const bool compact = density == Preferences::Density::Compact;
    const int gap = compact ? 2 : 6;
    const int padding = compact ? 8 : 12;
    m_density = density; // kept, never read back from the padding
    if (gap == m_rowGap && padding == m_padding)
        return;
    m_rowGap = gap;
    m_padding = padding;
    relayoutAll();
}

void ChatView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_jumpButton->setText(tr("Jump to latest ↓"));
        relayoutAll();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        relayoutAll();
    }
    QAbstractScrollArea::changeEvent(event);
}

bool ChatView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        viewport()->setCursor(Qt::ArrowCursor);
    if (event->type() == QEvent::Resize)
        viewportResized();
    return QAbstractScrollArea::viewportEvent(event);
}

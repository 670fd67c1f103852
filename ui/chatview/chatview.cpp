#include "chatview.h"

#include "bubblelayout.h"
#include "bubblepainter.h"
#include "chat/conversationmodel.h"
#include "chatscrollbar.h"
#include "safetext.h"

#include <QtCore/QEvent>
#include <QtGui/QFontDatabase>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QToolTip>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int CacheSize = 400; // layouts kept; the rest are rebuilt when scrolled back to

using Role = ConversationModel::Role;

} // namespace

ChatView::ChatView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_cache(CacheSize)
{
    setObjectName(u"chatView"_s);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBar(new ChatScrollBar);
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
    m_jumpButton->setObjectName(u"jumpToLatest"_s);
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
    return m_metrics.bubbleWidth(viewport()->width());
}

int ChatView::estimateHeight(int row) const
{
    const QString text = m_model->index(row, 0).data(Role::ContentRole).toString();
    const QFontMetrics fm(font());
    const int inner = bubbleWidth() - 2 * m_metrics.padding;
    const int perLine = qMax(10, inner / qMax(1, fm.averageCharWidth()));
    const int lines = int(text.size() / perLine) + int(text.count(u'\n')) + 1;
    return lines * fm.lineSpacing() + 2 * m_metrics.padding + 2 * m_metrics.rowGap
            + 2 * fm.lineSpacing();
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
    m_roomBelow = 0;
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
    m_roomBelow = 0; // the new rows end the conversation now
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
    // What can have changed: from the first line that changed (finished blocks never change)
    // to the row's end. A streaming reply repaints only that, plus what a scroll uncovers.
    BubbleLayout *layout = layoutFor(row);
    const int newHeight = layout->height;
    const int scroll = verticalScrollBar()->value();
    const int stable = layout->unchangedTop;
    if (newHeight != oldHeight) {
        m_heights.set(row, newHeight);
        bool follow = m_followBottom;
        if (m_followBottom && isLast) {
            // The last row grows into the room under it, and nothing moves; once the room is
            // used up, the view scrolls to make new room (a few lines at once, not every line).
            const int room = m_roomBelow - (newHeight - oldHeight);
            follow = room < 0 || room > roomStep();
            m_roomBelow = follow ? roomStep() : room;
        }
        updateScrollRange();
        if (follow) {
            scrollToBottom(); // blits what was on screen; the uncovered strip is repainted by Qt
        } else if (!m_followBottom && top + oldHeight <= scroll) {
            // A row above the screen changed: keep what the user is reading in place.
            m_programmaticScroll = true;
            verticalScrollBar()->setValue(scroll + newHeight - oldHeight);
            m_programmaticScroll = false;
        }
        const int rowTop = int(top - verticalScrollBar()->value());
        const bool last = row == m_heights.count() - 1;
        // A row that shrank (its thinking closed) uncovers what it used to cover: that too.
        viewport()->update(
                QRect(0, rowTop + stable, viewport()->width(),
                      last ? std::max(newHeight, oldHeight) - stable : viewport()->height()));
    } else {
        const QRect r = rowRect(row);
        viewport()->update(r.adjusted(0, stable, 0, 0));
    }
}

// The room made at a time: a quarter of the view, at least three lines, never so much that the
// newest line could be off the screen.
int ChatView::roomStep() const
{
    const int height = viewport()->height();
    return std::min(height / 2, std::max(height / 4, 3 * fontMetrics().lineSpacing()));
}

void ChatView::updateScrollRange()
{
    const qint64 total = m_heights.total() + m_metrics.rowGap + m_roomBelow;
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
    m_jumpButton->move(viewport()->width() - size.width() - m_metrics.outerMargin,
                       viewport()->height() - size.height() - m_metrics.outerMargin);
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

BubbleLayout *ChatView::layoutFor(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    const qint64 id = index.data(Role::IdRole).toLongLong();
    BubbleLayout *layout = m_cache.object(id);
    // Painting asks for every row on screen each frame: a row whose revision has not changed
    // is answered from the cache before anything else of it is read.
    if (layout && layout->revision == index.data(Role::RevisionRole).toInt()
        && layout->width == viewport()->width())
        return layout;
    const BubbleContent content = BubbleContent::fromIndex(index);
    if (!layout) {
        layout = new BubbleLayout;
        m_cache.insert(content.id, layout);
    }
    // Thinking: open while the model thinks, closed once the answer starts, unless the user chose.
    const bool thinkingOpen = m_thinkingOpen.contains(content.id)
            || (content.content.isEmpty() && !m_thinkingClosed.contains(content.id));
    const auto theme = palette().color(QPalette::Base).lightness() < 128
            ? MessageDocument::Theme::Dark
            : MessageDocument::Theme::Light;
    layout->update(content, m_metrics, font(), viewport()->width(), thinkingOpen, theme);
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
    BubblePaintContext context;
    context.palette = palette();
    context.smallFont = bubbleSmallFont(font());
    context.indicatorPhase = m_indicatorPhase;
    context.radius = m_metrics.radius;
    bool anyIndicator = false;

    for (int row = rowAtViewportY(clip.top()); row < m_heights.count(); ++row) {
        const int top = int(m_heights.offset(row) - scroll);
        if (top > clip.bottom())
            break;
        BubbleLayout *layout = layoutFor(row);
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
        paintBubble(&painter, *layout, QPoint(0, top), clip, context);
        anyIndicator = anyIndicator || !layout->indicator.isNull();
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
        if (BubbleLayout *layout =
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
    m_roomBelow = 0;
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
    BubbleLayout *layout = layoutFor(row);
    const QRect r = layout->buttons.value(int(button));
    return r.isNull() ? QRect() : r.translated(0, rowRect(row).top());
}

QList<QRect> ChatView::codeCopyRects(int row)
{
    QList<QRect> out;
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return out;
    BubbleLayout *layout = layoutFor(row);
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
        const BubbleLayout::Hit hit = layoutFor(row)->hitTest(pos - QPoint(0, rowRect(row).top()));
        if (hit.kind != BubbleLayout::Hit::Kind::Nothing)
            shape = Qt::PointingHandCursor;
        if (hit.kind == BubbleLayout::Hit::Kind::Link) {
            // A link's address comes from the model: shown literally, never as rich text.
            QToolTip::showText(event->globalPosition().toPoint(), SafeText::toolTip(hit.anchor),
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
    BubbleLayout *layout = layoutFor(row);
    const BubbleLayout::Hit hit = layout->hitTest(pos - QPoint(0, rowRect(row).top()));
    const qint64 id = layout->id;
    switch (hit.kind) {
    case BubbleLayout::Hit::Kind::Nothing:
        return;
    case BubbleLayout::Hit::Kind::CodeCopy:
        Q_EMIT codeCopyRequested(layout->content->codeText(hit.codeBlock));
        return;
    case BubbleLayout::Hit::Kind::Link:
        // Links open only on a click, and only through the window's confirmation.
        Q_EMIT linkActivated(QUrl(hit.anchor));
        return;
    case BubbleLayout::Hit::Kind::Button:
        break;
    }
    switch (hit.button) {
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
        layout->invalidate(); // lay out again
        rowChanged(row);
        viewport()->update();
        return;
    }
}

void ChatView::setDensity(Preferences::Density density)
{
    const BubbleMetrics metrics = BubbleMetrics::forDensity(density);
    if (metrics == m_metrics)
        return;
    m_metrics = metrics;
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

#pragma once

#include "bubblelayout.h"
#include "bubblemetrics.h"
#include "heightindex.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QCache>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtWidgets/QAbstractScrollArea>

class QAbstractItemModel;
class QToolButton;

// The conversation as chat bubbles, painted, never a widget per message. Row heights live in a
// HeightIndex (rows never laid out get an estimate), layouts in a bounded cache keyed by message,
// revision and width, and only the rows on screen are laid out and painted. A streaming row is
// re-laid out alone, and only its new tail is rendered (MessageDocument). It follows the newest
// message only while the user is at the bottom; scrolling up stops that and shows "Jump to
// latest". While it follows a growing reply it keeps some blank room under it and scrolls a few
// lines at a time. Links open only through linkActivated(), never by themselves.
class ChatView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(QWidget *parent = nullptr);
    ~ChatView() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }

    // Message density: compact rows have less room around and inside the bubbles.
    void setDensity(Preferences::Density density);
    Preferences::Density density() const { return m_metrics.density; }
    const BubbleMetrics &metrics() const { return m_metrics; }
    bool isCompact() const { return m_metrics.isCompact(); }

    bool isAtBottom() const { return m_followBottom; }
    void scrollToBottom();
    int cachedLayouts() const { return m_cache.size(); }
    QRect rowRect(int row) const; // in viewport coordinates
    // Where a row's buttons are, in viewport coordinates (for tests and accessibility).
    using Button = BubbleLayout::Button;
    QRect buttonRect(int row, Button button);
    QList<QRect> codeCopyRects(int row); // viewport coordinates

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void copyRequested(qint64 messageId);
    void codeCopyRequested(const QString &code);
    void editRequested(qint64 messageId);
    void regenerateRequested(qint64 messageId); // also Retry
    void versionRequested(qint64 messageId, int steps);
    void followingChanged(bool atBottom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    BubbleLayout *layoutFor(int row);
    int estimateHeight(int row) const;
    void resetRows();
    void rowsInserted(int first, int last);
    void rowChanged(int row);
    void updateScrollRange();
    int roomStep() const;
    void setFollowBottom(bool follow);
    int bubbleWidth() const;
    int rowAtViewportY(int y) const;
    void relayoutAll();
    void animateIndicators();
    void placeJumpButton();
    void viewportResized();

    QPointer<QAbstractItemModel> m_model;
    HeightIndex m_heights;
    QList<bool> m_exact; // whether a row's height is measured or estimated
    QCache<qint64, BubbleLayout> m_cache;
    QSet<qint64> m_thinkingOpen; // rows whose "Thinking" the user opened
    QSet<qint64> m_thinkingClosed; // rows whose "Thinking" the user closed
    bool m_followBottom = true;
    // Blank space kept under the last row while the view follows it as it grows: the new lines
    // fill it, and the view scrolls (moving every pixel on screen) only when it is used up, by
    // roomStep() at a time, not once per line.
    int m_roomBelow = 0;
    bool m_programmaticScroll = false;
    int m_layoutWidth = -1;
    int m_indicatorPhase = 0;
    QTimer m_indicatorTimer;
    QToolButton *m_jumpButton = nullptr;
    BubbleMetrics m_metrics;
};

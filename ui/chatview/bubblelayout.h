#pragma once

#include "bubblemetrics.h"
#include "messagedocument.h"
#include "storage/storedmessage.h"

#include <QtCore/QHash>
#include <QtCore/QRect>
#include <QtGui/QFont>

#include <memory>

class QModelIndex;

// What one bubble shows, read once from a conversation model's row (or built by hand, for a
// comparison lane or a test).
struct BubbleContent
{
    qint64 id = 0;
    int revision = 0;
    bool user = false;
    MessageState state = MessageState::Complete;
    QString content;
    QString reasoning;
    bool awaitingFirstToken = false;
    QString status; // "queued", "retrying in 3 s"
    QString error;
    QString model;
    qint64 timeToFirstTokenMs = -1;
    double tokensPerSecond = 0;
    qint64 completionTokens = 0;
    QString finishReason;
    int siblingCount = 1;
    int siblingIndex = 1;

    static BubbleContent fromIndex(const QModelIndex &index);
};

// One bubble laid out for a row of a given width: where its text, thinking, code panels, notice,
// metadata and buttons are, relative to the row's top left corner. The documents are kept, so a
// streaming reply laid out again renders only its new tail (MessageDocument). paintBubble()
// draws it; hitTest() says what a point is on. No widget needed, so a layout can be tested alone.
class BubbleLayout final
{
public:
    enum class Button {
        Copy,
        Edit,
        Regenerate,
        Retry,
        PreviousVersion,
        NextVersion,
        Thinking,
    };

    struct Hit
    {
        enum class Kind {
            Nothing,
            Button,
            CodeCopy,
            Link,
        };
        Kind kind = Kind::Nothing;
        Button button = Button::Copy;
        int codeBlock = -1; // for CodeCopy
        QString anchor; // for Link
    };

    BubbleLayout() = default;
    Q_DISABLE_COPY_MOVE(BubbleLayout)

    // Lays the bubble out again unless it already shows this revision at this width.
    // theme: the colours of finished code blocks.
    void update(const BubbleContent &content, const BubbleMetrics &metrics, const QFont &font,
                int rowWidth, bool thinkingOpen,
                MessageDocument::Theme theme = MessageDocument::Theme::Dark);
    void invalidate() { revision = -1; }
    Hit hitTest(const QPoint &point) const; // point relative to the row's top left

    qint64 id = 0;
    int revision = -1;
    int width = -1;
    bool user = false;
    MessageState state = MessageState::Complete;
    std::unique_ptr<MessageDocument> content;
    std::unique_ptr<MessageDocument> reasoning;
    bool thinkingOpen = false;
    int height = 0;
    // How far down from the row's top the last update() left the bubble as it was painted: a
    // streaming reply repaints only below it.
    int unchangedTop = 0;
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
    QHash<int, QRect> buttons; // Button -> rect
    QHash<int, QString> buttonText;
    QString versionText;
    QRect versionRect;
    QList<MessageDocument::CodeBlock> code; // relative to the row, like the rest
    QList<QRect> codeCopy;

private:
    BubbleMetrics m_metrics;
    MessageDocument::Theme m_theme = MessageDocument::Theme::Dark;
    // A code block's Copy, measured once per font and translation: measuring a label shapes it
    // again, and a streaming reply with code is laid out 30 times a second.
    QFont m_copyFont;
    QString m_copyText;
    int m_copyWidth = 0;
};

// The small font of a bubble's labels, for a view's font.
QFont bubbleSmallFont(const QFont &font);

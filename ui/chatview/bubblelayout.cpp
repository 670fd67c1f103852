#include "bubblelayout.h"

#include "chat/conversationmodel.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QFontMetrics>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

using Role = ConversationModel::Role;

// The bubble's words are the chat view's: one translation context ("ChatView") for what the user
// sees there, written out in full below so lupdate finds them.

} // namespace

BubbleContent BubbleContent::fromIndex(const QModelIndex &index)
{
    BubbleContent c;
    c.id = index.data(Role::IdRole).toLongLong();
    c.revision = index.data(Role::RevisionRole).toInt();
    c.user = index.data(Role::AuthorRole).toString() == "user"_L1;
    c.state = MessageState(index.data(Role::StateRole).toInt());
    c.content = index.data(Role::ContentRole).toString();
    c.reasoning = index.data(Role::ReasoningRole).toString();
    c.awaitingFirstToken = index.data(Role::AwaitingFirstTokenRole).toBool();
    c.status = index.data(Role::StatusRole).toString();
    c.error = index.data(Role::ErrorRole).toString();
    c.model = index.data(Role::ModelNameRole).toString();
    c.timeToFirstTokenMs = index.data(Role::TimeToFirstTokenRole).toLongLong();
    c.tokensPerSecond = index.data(Role::TokensPerSecondRole).toDouble();
    c.completionTokens = index.data(Role::CompletionTokensRole).toLongLong();
    c.finishReason = index.data(Role::FinishReasonRole).toString();
    c.siblingCount = index.data(Role::SiblingCountRole).toInt();
    c.siblingIndex = index.data(Role::SiblingIndexRole).toInt();
    return c;
}

QFont bubbleSmallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.88);
    return small;
}

void BubbleLayout::update(const BubbleContent &c, const BubbleMetrics &metrics, const QFont &font,
                          int rowWidth, bool open, MessageDocument::Theme theme)
{
    if (revision == c.revision && width == rowWidth && id == c.id && m_metrics == metrics
        && thinkingOpen == (open && !c.reasoning.isEmpty()) && theme == m_theme)
        return;
    // Only the text changed (a frame of a streaming reply): what lies above the first changed
    // line stays as painted. Anything else may move or restyle the whole bubble.
    const bool sameFrame = revision >= 0 && id == c.id && width == rowWidth && m_metrics == metrics
            && theme == m_theme && state == c.state
            && thinkingOpen == (open && !c.reasoning.isEmpty())
            && thinkingHeader.isNull() == c.reasoning.isEmpty();
    const QRect bubbleBefore = bubble;
    if (id != c.id || theme != m_theme) {
        content.reset();
        reasoning.reset();
    }
    id = c.id;
    revision = c.revision;
    width = rowWidth;
    m_metrics = metrics;
    m_theme = theme;
    user = c.user;
    state = c.state;
    if (!content)
        content = std::make_unique<MessageDocument>(user ? MessageDocument::Format::PlainText
                                                         : MessageDocument::Format::Markdown,
                                                    font, theme);
    // While a reply streams, its open block is laid out as it grows; once it ends, whole.
    const MessageDocument::Stage stage = state == MessageState::Streaming
            ? MessageDocument::Stage::Streaming
            : MessageDocument::Stage::Complete;

    const int padding = metrics.padding;
    const QFontMetrics fm(font);
    const QFont small = bubbleSmallFont(font);
    const QFontMetrics smallFm(small);
    const int bubbleWidth = metrics.bubbleWidth(rowWidth);
    const int inner = bubbleWidth - 2 * padding;
    int y = padding;

    // Thinking: open or closed as the view decided (open while the model thinks, by default).
    thinkingHeader = {};
    thinkingOpen = false;
    int unchanged = -1; // from the bubble's top; -1: none of the text changed
    if (!c.reasoning.isEmpty()) {
        thinkingOpen = open;
        thinkingHeader = QRect(padding, y, inner, smallFm.height());
        y += smallFm.height() + 4;
        if (thinkingOpen) {
            if (!reasoning)
                reasoning = std::make_unique<MessageDocument>(MessageDocument::Format::Markdown,
                                                              small, theme);
            const bool changed = reasoning->setText(c.reasoning, stage);
            reasoning->setTextWidth(inner);
            reasoningOrigin = QPoint(padding, y);
            if (changed)
                unchanged = y + int(reasoning->stableHeight());
            y += int(reasoning->size().height()) + 8;
        }
    }

    const bool contentChanged = content->setText(c.content, stage);
    content->setTextWidth(inner);
    const QSizeF textSize = content->size();
    contentOrigin = QPoint(padding, y);
    if (unchanged < 0)
        unchanged = y + int(contentChanged ? content->stableHeight() : textSize.height());
    y += int(textSize.height());
    code = content->codeBlocks();

    indicator = {};
    if (c.awaitingFirstToken && c.content.isEmpty()) {
        indicator = QRect(padding, y, 36, fm.height());
        y += fm.height();
    }
    status = c.status;
    statusRect = {};
    if (!status.isEmpty()) {
        statusRect = QRect(padding, y + 2, inner, smallFm.height());
        y += smallFm.height() + 2;
    }

    // What happened to a reply that did not complete, and why.
    notice.clear();
    noticeRect = {};
    if (!user) {
        switch (state) {
        case MessageState::Stopped:
            notice = QCoreApplication::translate("ChatView", "Stopped");
            break;
        case MessageState::Incomplete:
            notice = QCoreApplication::translate("ChatView", "Incomplete: the reply ended early");
            break;
        case MessageState::Failed:
            notice = QCoreApplication::translate("ChatView", "Failed");
            break;
        case MessageState::Interrupted:
            notice = QCoreApplication::translate(
                    "ChatView", "Interrupted: Parley closed while this reply was arriving");
            break;
        default:
            break;
        }
        if (!notice.isEmpty() && !c.error.isEmpty())
            notice += u": "_s + c.error;
        if (!notice.isEmpty()) {
            const QRect need =
                    smallFm.boundingRect(QRect(0, 0, inner, 10000), Qt::TextWordWrap, notice);
            noticeRect = QRect(padding, y + 6, inner, need.height());
            y += need.height() + 6;
        }
    }

    // The metadata line under a finished reply.
    meta.clear();
    metaRect = {};
    if (!user && state != MessageState::Streaming) {
        QStringList parts;
        if (!c.model.isEmpty())
            parts << c.model;
        if (c.timeToFirstTokenMs >= 0)
            parts << QCoreApplication::translate("ChatView", "%1 ms to first token")
                             .arg(c.timeToFirstTokenMs);
        if (c.tokensPerSecond > 0)
            parts << QCoreApplication::translate("ChatView", "%1 tokens/s")
                             .arg(QString::number(c.tokensPerSecond, 'f', 1));
        if (c.completionTokens > 0)
            parts << QCoreApplication::translate("ChatView", "%n token(s)", nullptr,
                                                 int(c.completionTokens));
        if (!c.finishReason.isEmpty())
            parts << c.finishReason;
        meta = parts.join(u" · "_s);
        if (!meta.isEmpty()) {
            metaRect = QRect(padding, y + 6, inner, smallFm.height());
            y += smallFm.height() + 6;
        }
    }

    // Actions: text buttons in one row.
    buttons.clear();
    buttonText.clear();
    int x = padding;
    y += 6;
    auto addButton = [&](Button button, const QString &text) {
        const int w = smallFm.horizontalAdvance(text) + 2;
        buttons.insert(int(button), QRect(x, y, w, smallFm.height()));
        buttonText.insert(int(button), text);
        x += w + 14;
    };
    if (state != MessageState::Streaming) {
        addButton(Button::Copy, QCoreApplication::translate("ChatView", "Copy"));
        if (user)
            addButton(Button::Edit, QCoreApplication::translate("ChatView", "Edit"));
        else if (state == MessageState::Complete)
            addButton(Button::Regenerate, QCoreApplication::translate("ChatView", "Regenerate"));
        else
            addButton(Button::Retry, QCoreApplication::translate("ChatView", "Retry"));
    }
    if (!c.reasoning.isEmpty())
        buttons.insert(int(Button::Thinking), thinkingHeader);
    versionRect = {};
    if (c.siblingCount > 1) {
        addButton(Button::PreviousVersion, u"<"_s);
        versionText = u"%1/%2"_s.arg(c.siblingIndex).arg(c.siblingCount);
        const int w = smallFm.horizontalAdvance(versionText);
        versionRect = QRect(x - 10, y, w, smallFm.height());
        x += w + 4;
        addButton(Button::NextVersion, u">"_s);
    }
    if (!buttons.isEmpty() && (buttons.size() > 1 || c.reasoning.isEmpty()))
        y += smallFm.height();
    y += padding;

    // User bubbles hug their text on the right; replies take the width.
    int used = bubbleWidth;
    if (user) {
        const int textWidth = int(std::ceil(content->idealWidth()));
        used = qBound(qMin(bubbleWidth, x + padding), textWidth + 2 * padding, bubbleWidth);
    }
    const int left = user ? rowWidth - metrics.outerMargin - used : metrics.outerMargin;
    bubble = QRect(left, metrics.rowGap, used, y);
    unchangedTop = sameFrame && bubble.left() == bubbleBefore.left()
                    && bubble.width() == bubbleBefore.width()
            ? metrics.rowGap + unchanged
            : 0;
    // Shift everything inside the bubble to its left edge.
    const QPoint shift(left, metrics.rowGap);
    contentOrigin += shift;
    reasoningOrigin += shift;
    thinkingHeader.translate(shift);
    indicator.translate(shift);
    statusRect.translate(shift);
    noticeRect.translate(shift);
    metaRect.translate(shift);
    versionRect.translate(shift);
    for (QRect &r : buttons)
        r.translate(shift);
    codeCopy.clear();
    if (!code.isEmpty()) {
        const QString copyText = QCoreApplication::translate("ChatView", "Copy");
        if (copyText != m_copyText || small != m_copyFont) {
            m_copyText = copyText;
            m_copyFont = small;
            m_copyWidth = smallFm.horizontalAdvance(copyText) + 2;
        }
    }
    for (MessageDocument::CodeBlock &block : code) {
        block.rect.translate(contentOrigin);
        const int w = m_copyWidth;
        codeCopy.append(QRect(int(block.rect.right()) - w - 8, int(block.rect.top()) + 4, w,
                              smallFm.height()));
    }
    height = y + 2 * metrics.rowGap;
}

BubbleLayout::Hit BubbleLayout::hitTest(const QPoint &point) const
{
    Hit hit;
    for (qsizetype i = 0; i < codeCopy.size(); ++i) {
        if (codeCopy.at(i).contains(point)) {
            hit.kind = Hit::Kind::CodeCopy;
            hit.codeBlock = int(i);
            return hit;
        }
    }
    for (auto it = buttons.cbegin(); it != buttons.cend(); ++it) {
        if (it.value().contains(point)) {
            hit.kind = Hit::Kind::Button;
            hit.button = Button(it.key());
            return hit;
        }
    }
    if (content) {
        hit.anchor = content->anchorAt(point - contentOrigin);
        if (!hit.anchor.isEmpty())
            hit.kind = Hit::Kind::Link;
    }
    return hit;
}

#include "bubblepainter.h"

#include "bubblelayout.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int PanelRadius = 6;

// rect, its top and bottom brought to just outside clip where it reaches further.
QRectF cutToClip(const QRectF &rect, const QRect &clip, int radius)
{
    const qreal margin = radius + 2;
    QRectF cut = rect;
    cut.setTop(std::max(rect.top(), clip.top() - margin));
    cut.setBottom(std::min(rect.bottom(), clip.bottom() + 1 + margin));
    return cut;
}

} // namespace

void paintBubble(QPainter *painter, const BubbleLayout &layout, const QPoint &origin,
                 const QRect &clip, const BubblePaintContext &context)
{
    const QPalette &pal = context.palette;
    const QFont &small = context.smallFont;
    const QRect bubble = layout.bubble.translated(origin);
    // The bubble with its code panels cut out: a panel is a window onto the view's background
    // (the viewport fills itself with Base), not a second fill over the bubble's. Shapes are cut
    // to a little more than the clip, so a bubble taller than the screen costs what is on
    // screen; the rounded ends they get there are outside the clip.
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.addRoundedRect(cutToClip(QRectF(bubble), clip, context.radius), context.radius,
                        context.radius);
    for (const MessageDocument::CodeBlock &block : layout.code) {
        const QRectF panel = block.rect.translated(origin);
        if (panel.intersects(clip))
            path.addRoundedRect(cutToClip(panel, clip, PanelRadius), PanelRadius, PanelRadius);
    }
    // The user's bubble is a muted accent: darker on a dark theme, lighter on a light one.
    const bool darkTheme = pal.color(QPalette::Base).lightness() < 128;
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor fill = layout.user ? (darkTheme ? accent.darker(160) : accent.lighter(175))
                                    : pal.color(QPalette::AlternateBase);
    painter->fillPath(path, fill);
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::PlaceholderText);

    painter->setFont(small);
    if (!layout.thinkingHeader.isNull()) {
        painter->setPen(dim);
        painter->drawText(layout.thinkingHeader.translated(origin),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          (layout.thinkingOpen ? u"▾ "_s : u"▸ "_s)
                                  + QCoreApplication::translate("ChatView", "Thinking"));
        if (layout.thinkingOpen && layout.reasoning)
            layout.reasoning->draw(painter, layout.reasoningOrigin + origin, clip, dim);
    }
    if (layout.content)
        layout.content->draw(painter, layout.contentOrigin + origin, clip, text);
    // The language on the left of a code block's header and Copy on the right, only where the
    // header meets the clip: text is shaped anew for every drawText.
    for (qsizetype i = 0; i < layout.code.size(); ++i) {
        const QRectF r = layout.code.at(i).rect.translated(origin);
        const QRectF header(r.left() + 8, r.top() + 4, r.width() - 16,
                            QFontMetrics(small).height());
        if (!header.intersects(clip))
            continue;
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                          layout.code.at(i).language.isEmpty()
                                  ? QCoreApplication::translate("ChatView", "code")
                                  : layout.code.at(i).language);
        painter->setPen(pal.color(QPalette::Link));
        painter->drawText(layout.codeCopy.at(i).translated(origin),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QCoreApplication::translate("ChatView", "Copy"));
    }

    if (!layout.indicator.isNull()) {
        const QRect r = layout.indicator.translated(origin);
        for (int dot = 0; dot < 3; ++dot) {
            QColor c = dim;
            c.setAlphaF(dot == context.indicatorPhase % 3 ? 1.0 : 0.35);
            painter->setBrush(c);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(QPointF(r.left() + 6 + dot * 12, r.center().y() + 1), 3.5, 3.5);
        }
    }
    painter->setFont(small);
    if (!layout.status.isEmpty()) {
        painter->setPen(dim);
        painter->drawText(layout.statusRect.translated(origin), Qt::AlignLeft | Qt::AlignVCenter,
                          layout.status);
    }
    if (!layout.notice.isEmpty()) {
        painter->setPen(layout.state == MessageState::Failed ? pal.color(QPalette::BrightText)
                                                             : dim);
        painter->drawText(layout.noticeRect.translated(origin), Qt::TextWordWrap, layout.notice);
    }
    if (!layout.meta.isEmpty()) {
        painter->setPen(dim);
        painter->drawText(layout.metaRect.translated(origin), Qt::AlignLeft | Qt::AlignVCenter,
                          layout.meta);
    }
    painter->setPen(pal.color(QPalette::Link));
    for (auto it = layout.buttonText.cbegin(); it != layout.buttonText.cend(); ++it) {
        const QRect r = layout.buttons.value(it.key()).translated(origin);
        if (r.intersects(clip))
            painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, it.value());
    }
    if (!layout.versionRect.isNull()) {
        painter->setPen(dim);
        painter->drawText(layout.versionRect.translated(origin), Qt::AlignCenter,
                          layout.versionText);
    }
}

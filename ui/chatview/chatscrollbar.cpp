#include "chatscrollbar.h"

#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QStyleOptionSlider>

ChatScrollBar::ChatScrollBar(QWidget *parent)
    : QScrollBar(Qt::Vertical, parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted below
}

namespace {

// A colour between the background and the text, opaque: no blending over what is under it.
QColor mix(const QColor &base, const QColor &text, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * amount,
                            base.greenF() + (text.greenF() - base.greenF()) * amount,
                            base.blueF() + (text.blueF() - base.blueF()) * amount);
}

} // namespace

QRect ChatScrollBar::handleRect() const
{
    if (maximum() <= minimum())
        return {}; // everything fits: no handle
    QStyleOptionSlider option;
    initStyleOption(&option);
    return style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this);
}

void ChatScrollBar::sliderChange(SliderChange change)
{
    if ((change == SliderRangeChange || change == SliderValueChange) && handleRect() == m_painted)
        return; // the same pixels as painted
    QScrollBar::sliderChange(change);
}

void ChatScrollBar::paintEvent(QPaintEvent *)
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    m_painted = handleRect();
    QPainter painter(this);
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    painter.fillRect(rect(), base);
    if (m_painted.isNull())
        return; // everything fits: no handle
    const bool active = isSliderDown() || underMouse();
    const QColor ink = mix(base, text, active ? 0.45 : 0.25);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    const qreal inset = qMax(2.0, width() / 4.0);
    const QRectF bar = QRectF(m_painted).adjusted(inset, 2, -inset, -2);
    painter.drawRoundedRect(bar, bar.width() / 2, bar.width() / 2);
    // The step buttons, where the style has them: a small chevron each.
    for (const auto control : {QStyle::SC_ScrollBarSubLine, QStyle::SC_ScrollBarAddLine}) {
        const QRectF r = style()->subControlRect(QStyle::CC_ScrollBar, &option, control, this);
        if (r.height() < 6)
            continue;
        const QPointF c = r.center();
        const qreal s = qMin(r.width(), r.height()) / 5.0;
        const qreal dy = control == QStyle::SC_ScrollBarSubLine ? -s / 2 : s / 2;
        QPainterPath chevron;
        chevron.moveTo(c.x() - s, c.y() - dy);
        chevron.lineTo(c.x(), c.y() + dy);
        chevron.lineTo(c.x() + s, c.y() - dy);
        painter.strokePath(chevron, QPen(ink, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
}

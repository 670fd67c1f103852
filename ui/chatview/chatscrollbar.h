#pragma once

#include <QtWidgets/QScrollBar>

// The chat view's scroll bar: a slim rounded handle on the view's own background, painted with
// two solid fills. While a reply streams, the range changes every frame and the bar is painted
// again each time; the style's scroll bar (gradients, bevels, arrows) cost as much as the text
// it scrolls. Where the handle is, and what a click does, is still the style's. A range or value
// change that leaves the handle on the same pixels (most frames of a long reply) paints nothing.
class ChatScrollBar final : public QScrollBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatScrollBar)

public:
    explicit ChatScrollBar(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void sliderChange(SliderChange change) override;

private:
    // What a paint shows: the handle's rectangle, or a null one when there is none.
    QRect handleRect() const;
    QRect m_painted; // the handle as last painted (null: none, or not painted yet)
};

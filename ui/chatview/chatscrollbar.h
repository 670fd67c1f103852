#pragma once

#include <QtWidgets/QScrollBar>

// The chat view's scroll bar: a slim rounded handle on the view's own background, painted with
// two solid fills. While a reply streams, the range changes every frame and the bar is painted
// again each time; the style's scroll bar (gradients, bevels, arrows) cost as much as the text
// it scrolls. Where the handle is, and what a click does, is still the style's.
class ChatScrollBar final : public QScrollBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatScrollBar)

public:
    explicit ChatScrollBar(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

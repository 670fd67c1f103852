#pragma once

#include <QtGui/QFont>
#include <QtGui/QPalette>

class BubbleLayout;
class QPainter;
class QPoint;
class QRect;

// What paintBubble needs of its view besides the layout.
struct BubblePaintContext
{
    QPalette palette;
    QFont smallFont;
    int indicatorPhase = 0; // which of the typing dots is lit
    int radius = 14;
};

// Paints one bubble whose row's top left is at origin; only what meets clip is drawn.
void paintBubble(QPainter *painter, const BubbleLayout &layout, const QPoint &origin,
                 const QRect &clip, const BubblePaintContext &context);

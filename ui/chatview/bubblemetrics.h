#pragma once

#include "settings/appsettings.h"

// The spacing of the bubbles for one density, kept as chosen (never read back from a number).
struct BubbleMetrics
{
    Preferences::Density density = Preferences::Density::Comfortable;
    int rowGap = 6; // above and below each bubble
    int padding = 12; // inside a bubble
    int outerMargin = 16; // between the view's edge and a bubble
    int maxBubbleWidth = 820;
    int radius = 14;

    static BubbleMetrics comfortable() { return {}; }
    static BubbleMetrics compact()
    {
        BubbleMetrics m;
        m.density = Preferences::Density::Compact;
        m.rowGap = 2;
        m.padding = 8;
        return m;
    }
    static BubbleMetrics forDensity(Preferences::Density density)
    {
        return density == Preferences::Density::Compact ? compact() : comfortable();
    }
    bool isCompact() const { return density == Preferences::Density::Compact; }
    // The width of a bubble in a view this wide.
    int bubbleWidth(int viewWidth) const
    {
        return qMax(120, qMin(viewWidth - 2 * outerMargin, maxBubbleWidth));
    }
    bool operator==(const BubbleMetrics &) const = default;
};

// A bubble's layout without a window: where things are, what a point hits, how density and state
// change it. The chat view and the comparison lanes paint what this computes.
#include "bubblelayout.h"

#include "bubblepainter.h"

#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

class TestBubbleLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aUserBubbleHugsItsTextOnTheRight();
    void aReplyTakesTheWidthUpToItsLimit();
    void compactIsTighterThanComfortable();
    void pointsHitButtonsCodeAndLinks();
    void aStreamingReplyHasNoButtonsYet();
    void aFailedReplySaysWhyAndOffersRetry();
    void versionsShowTheirPlace();
    void thinkingOpensAndCloses();
    void aLaidOutRevisionIsNotLaidOutAgain();
    void aStripPaintsAsTheWholeBubbleDoes();

private:
    static BubbleContent reply(const QString &text)
    {
        BubbleContent c;
        c.id = 2;
        c.revision = 1;
        c.content = text;
        c.model = u"model-x"_s;
        c.timeToFirstTokenMs = 120;
        c.tokensPerSecond = 42.5;
        c.completionTokens = 7;
        c.finishReason = u"stop"_s;
        return c;
    }
    QFont m_font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
};

void TestBubbleLayout::aUserBubbleHugsItsTextOnTheRight()
{
    BubbleContent c;
    c.id = 1;
    c.user = true;
    c.content = u"Hi"_s;
    BubbleLayout layout;
    const BubbleMetrics metrics = BubbleMetrics::comfortable();
    layout.update(c, metrics, m_font, 1000, false);
    QCOMPARE(layout.bubble.right() + 1, 1000 - metrics.outerMargin);
    QVERIFY(layout.bubble.width() < 300);
    QVERIFY(layout.buttons.contains(int(BubbleLayout::Button::Edit)));
    QVERIFY(layout.meta.isEmpty()); // no metadata under the user's own words
}

void TestBubbleLayout::aReplyTakesTheWidthUpToItsLimit()
{
    BubbleLayout layout;
    const BubbleMetrics metrics = BubbleMetrics::comfortable();
    layout.update(reply(u"Hello"_s), metrics, m_font, 2000, false);
    QCOMPARE(layout.bubble.left(), metrics.outerMargin);
    QCOMPARE(layout.bubble.width(), metrics.maxBubbleWidth);
    layout.update(reply(u"Hello"_s), metrics, m_font, 400, false);
    QCOMPARE(layout.bubble.width(), 400 - 2 * metrics.outerMargin);
    QVERIFY(layout.meta.contains(u"model-x"_s));
    QVERIFY(layout.meta.contains(u"42.5"_s));
    QVERIFY(layout.height >= layout.bubble.bottom());
}

void TestBubbleLayout::compactIsTighterThanComfortable()
{
    const QString text = u"One paragraph.\n\nAnother paragraph."_s;
    BubbleLayout comfortable;
    comfortable.update(reply(text), BubbleMetrics::comfortable(), m_font, 800, false);
    BubbleLayout compact;
    compact.update(reply(text), BubbleMetrics::compact(), m_font, 800, false);
    QVERIFY(compact.height < comfortable.height);
    QVERIFY(BubbleMetrics::compact().isCompact());
    QVERIFY(!BubbleMetrics::comfortable().isCompact());
    QCOMPARE(BubbleMetrics::forDensity(Preferences::Density::Compact), BubbleMetrics::compact());
}

void TestBubbleLayout::pointsHitButtonsCodeAndLinks()
{
    BubbleLayout layout;
    layout.update(reply(u"See [the docs](https://example.com/docs).\n\n```python\nprint(1)\n```\n"
                        u"\nDone."_s),
                  BubbleMetrics::comfortable(), m_font, 900, false);
    const QRect copy = layout.buttons.value(int(BubbleLayout::Button::Copy));
    QVERIFY(!copy.isNull());
    BubbleLayout::Hit hit = layout.hitTest(copy.center());
    QCOMPARE(hit.kind, BubbleLayout::Hit::Kind::Button);
    QCOMPARE(hit.button, BubbleLayout::Button::Copy);
    hit = layout.hitTest(layout.buttons.value(int(BubbleLayout::Button::Regenerate)).center());
    QCOMPARE(hit.button, BubbleLayout::Button::Regenerate);

    QCOMPARE(layout.code.size(), 1);
    QCOMPARE(layout.code.first().language, u"python"_s);
    hit = layout.hitTest(layout.codeCopy.first().center());
    QCOMPARE(hit.kind, BubbleLayout::Hit::Kind::CodeCopy);
    QCOMPARE(layout.content->codeText(hit.codeBlock), u"print(1)"_s);

    // Somewhere on the first line's link: scan it, the words "the docs" are a link.
    bool sawLink = false;
    const int y = layout.contentOrigin.y() + QFontMetrics(m_font).height() / 2;
    for (int x = layout.contentOrigin.x(); x < layout.bubble.right() && !sawLink; x += 2) {
        hit = layout.hitTest(QPoint(x, y));
        if (hit.kind == BubbleLayout::Hit::Kind::Link) {
            QCOMPARE(hit.anchor, u"https://example.com/docs"_s);
            sawLink = true;
        }
    }
    QVERIFY(sawLink);
    QCOMPARE(layout.hitTest(QPoint(1, 1)).kind, BubbleLayout::Hit::Kind::Nothing);
}

void TestBubbleLayout::aStreamingReplyHasNoButtonsYet()
{
    BubbleContent c = reply(QString());
    c.state = MessageState::Streaming;
    c.awaitingFirstToken = true;
    c.status = u"queued"_s;
    BubbleLayout layout;
    layout.update(c, BubbleMetrics::comfortable(), m_font, 800, false);
    QVERIFY(layout.buttons.isEmpty());
    QVERIFY(!layout.indicator.isNull()); // the typing dots
    QCOMPARE(layout.status, u"queued"_s);
    QVERIFY(layout.meta.isEmpty());
}

void TestBubbleLayout::aFailedReplySaysWhyAndOffersRetry()
{
    BubbleContent c = reply(u"Partial"_s);
    c.state = MessageState::Failed;
    c.error = u"the provider refused the key"_s;
    BubbleLayout layout;
    layout.update(c, BubbleMetrics::comfortable(), m_font, 800, false);
    QCOMPARE(layout.notice, u"Failed: the provider refused the key"_s);
    QVERIFY(layout.buttons.contains(int(BubbleLayout::Button::Retry)));
    QVERIFY(!layout.buttons.contains(int(BubbleLayout::Button::Regenerate)));
    QVERIFY(layout.noticeRect.bottom() < layout.bubble.bottom());
}

void TestBubbleLayout::versionsShowTheirPlace()
{
    BubbleContent c = reply(u"Second try"_s);
    c.siblingCount = 3;
    c.siblingIndex = 2;
    BubbleLayout layout;
    layout.update(c, BubbleMetrics::comfortable(), m_font, 800, false);
    QCOMPARE(layout.versionText, u"2/3"_s);
    const QRect previous = layout.buttons.value(int(BubbleLayout::Button::PreviousVersion));
    const QRect next = layout.buttons.value(int(BubbleLayout::Button::NextVersion));
    QVERIFY(previous.right() < layout.versionRect.left() + 10);
    QVERIFY(layout.versionRect.right() < next.left());
    QCOMPARE(layout.hitTest(next.center()).button, BubbleLayout::Button::NextVersion);
}

void TestBubbleLayout::thinkingOpensAndCloses()
{
    BubbleContent c = reply(u"Answer"_s);
    c.reasoning = u"Let me think about it for a while."_s;
    BubbleLayout layout;
    layout.update(c, BubbleMetrics::comfortable(), m_font, 800, false);
    const int closedHeight = layout.height;
    QVERIFY(!layout.thinkingOpen);
    QCOMPARE(layout.hitTest(layout.thinkingHeader.center()).button, BubbleLayout::Button::Thinking);
    layout.update(c, BubbleMetrics::comfortable(), m_font, 800, true);
    QVERIFY(layout.thinkingOpen);
    QVERIFY(layout.height > closedHeight);
    QVERIFY(layout.contentOrigin.y() > layout.reasoningOrigin.y());
}

void TestBubbleLayout::aLaidOutRevisionIsNotLaidOutAgain()
{
    BubbleLayout layout;
    BubbleContent c = reply(u"Hello"_s);
    layout.update(c, BubbleMetrics::comfortable(), m_font, 800, false);
    const MessageDocument *document = layout.content.get();
    c.content = u"Changed without a new revision"_s;
    layout.update(c, BubbleMetrics::comfortable(), m_font, 800, false);
    QCOMPARE(layout.content->documents().back()->toPlainText(), u"Hello"_s);
    ++c.revision;
    layout.update(c, BubbleMetrics::comfortable(), m_font, 800, false);
    QCOMPARE(layout.content.get(), document); // the same documents, grown
    QVERIFY(layout.content->documents().back()->toPlainText().startsWith(u"Changed"_s));
}

// A view repaints the strips that changed, and a bubble is cut to the strip before it is filled;
// a strip must look as that part of the whole bubble does. A code panel shows the view's
// background, with the language and Copy on its header.
void TestBubbleLayout::aStripPaintsAsTheWholeBubbleDoes()
{
    QString code = u"Here:\n\n```python\n"_s;
    for (int i = 0; i < 60; ++i)
        code += u"value_%1 = compute(%1)\n"_s.arg(i);
    BubbleLayout layout;
    layout.update(reply(code + u"```\n\nDone."_s), BubbleMetrics::comfortable(), m_font, 800,
                  false);
    QCOMPARE(layout.code.size(), 1);
    BubblePaintContext context;
    context.palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    context.palette.setColor(QPalette::AlternateBase, QColor(0x40, 0x40, 0x40));
    context.palette.setColor(QPalette::Text, Qt::white);
    context.smallFont = bubbleSmallFont(m_font);
    const QSize size(800, layout.height);
    auto paint = [&](const QRect &clip) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(context.palette.color(QPalette::Base)); // what the view fills itself with
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setClipRect(clip);
        paintBubble(&painter, layout, QPoint(0, 0), clip, context);
        return image;
    };
    const QImage whole = paint(QRect(QPoint(0, 0), size));
    const QRect panel = layout.code.first().rect.toAlignedRect();
    const QPoint inPanel(panel.center());
    QCOMPARE(whole.pixelColor(panel.left() + 12, inPanel.y()), QColor(0x20, 0x20, 0x20));
    QCOMPARE(whole.pixelColor(layout.bubble.left() + 2, inPanel.y()), QColor(0x40, 0x40, 0x40));
    const QRect copy = layout.codeCopy.first();
    bool copyDrawn = false;
    for (int x = copy.left(); x <= copy.right() && !copyDrawn; ++x)
        for (int y = copy.top(); y <= copy.bottom() && !copyDrawn; ++y)
            copyDrawn = whole.pixelColor(x, y) != QColor(0x20, 0x20, 0x20);
    QVERIFY(copyDrawn);

    // Strips across the panel's top, its middle (the header and both ends far away), its end.
    const QList<QRect> strips{
            QRect(0, panel.top() - 10, 800, 40), QRect(0, inPanel.y() - 37, 800, 75),
            QRect(0, panel.bottom() - 30, 800, 60), QRect(0, layout.bubble.bottom() - 20, 800, 40)};
    for (const QRect &strip : strips) {
        const QRect in = strip & QRect(QPoint(0, 0), size);
        QCOMPARE(paint(in).copy(in), whole.copy(in));
    }
}

QTEST_MAIN(TestBubbleLayout)
#include "tst_bubblelayout.moc"

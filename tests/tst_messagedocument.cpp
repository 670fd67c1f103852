// Rendering a reply token by token gives the same document as rendering it whole, finished
// blocks are rendered once, and nothing in a reply loads anything.
#include "chat/linkpolicy.h"
#include "chat/safemarkdown.h"
#include "demo/demoreply.h"
#include "messagedocument.h"
#include "support/documentshape.h"
#include "support/loopbackserver.h"

#include <QtGui/QGuiApplication>
#include <QtGui/QPainter>
#include <QtGui/QTextBlock>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

using DocumentShape::shape;

class TestMessageDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamingGivesTheSameDocumentAsWhole_data();
    void streamingGivesTheSameDocumentAsWhole();
    void finishedBlocksAreRenderedOnce();
    void aFenceClosesOnlyAtItsOwnKind_data();
    void aFenceClosesOnlyAtItsOwnKind();
    void userTextIsPlain();
    void imagesBecomePlaceholders_data();
    void imagesBecomePlaceholders();
    void htmlIsShownAsText();
    void invisibleCharactersInLinkTextAreRevealed();
    void codeIsLeftAlone();
    void renderingLoadsNothing();
    void onlyWebLinksOpenAndTheHostIsShownInPunycode();
};

void TestMessageDocument::onlyWebLinksOpenAndTheHostIsShownInPunycode()
{
    QVERIFY(LinkPolicy::mayOpen(QUrl(u"https://example.com/a"_s)));
    QVERIFY(LinkPolicy::mayOpen(QUrl(u"HTTP://example.com"_s)));
    for (const char *bad :
         {"javascript:alert(1)", "file:///etc/passwd", "ftp://e.com/x", "data:text/html,hi",
          "mailto:a@b.c", "smb://server/share", "parley://x", "http:///nohost"})
        QVERIFY2(!LinkPolicy::mayOpen(QUrl(QString::fromLatin1(bad))), bad);
    // Cyrillic "а" in "pаypal" looks like Latin "a": the punycode shows it is not.
    QCOMPARE(LinkPolicy::realHost(QUrl(u"https://p\u0430ypal.com/login"_s)),
             u"xn--pypal-4ve.com"_s);
    QCOMPARE(LinkPolicy::realHost(QUrl(u"https://example.com"_s)), u"example.com"_s);
}

void TestMessageDocument::streamingGivesTheSameDocumentAsWhole_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("the demo reply") << DemoReply::content(u"parley-demo-fast"_s, u"hello"_s);
    QTest::newRow("the Korean demo reply") << DemoReply::content(u"parley-demo-fast"_s, u"안녕"_s);
    QTest::newRow("lists, loose and tight")
            << u"Intro\n\n1. one\n2. two\n\n3. three\n\n- a\n- b\n\nEnd\n"_s;
    QTest::newRow("code with blank lines")
            << u"Before\n\n```python\ndef f():\n\n    return 1\n```\n\nAfter **bold**\n"_s;
    QTest::newRow("a quote and a table")
            << u"> quoted\n> more\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nDone"_s;
}

void TestMessageDocument::streamingGivesTheSameDocumentAsWhole()
{
    QFETCH(QString, markdown);
    MessageDocument whole(MessageDocument::Format::Markdown, QFont());
    whole.setText(markdown);
    MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
    const QStringList tokens = DemoReply::tokens(markdown);
    QString text;
    for (const QString &token : tokens) {
        text += token;
        streamed.setText(text);
    }
    QCOMPARE(shape(streamed), shape(whole));
    QVERIFY(streamed.finishedBlocks() > 0 || !markdown.contains(u"\n\n"_s));
}

void TestMessageDocument::aFenceClosesOnlyAtItsOwnKind_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("code");
    QTest::newRow("a fence shown in a longer one")
            << u"How to write it:\n\n````markdown\n```python\nx = 1\n```\n````\n\nAfter."_s
            << u"```python\nx = 1\n```"_s;
    QTest::newRow("backticks in tildes") << u"~~~\na\n```\nb\n~~~\n\nAfter."_s << u"a\n```\nb"_s;
    QTest::newRow("text after the backticks")
            << u"```\na\n``` not a close\nb\n```\n\nAfter."_s << u"a\n``` not a close\nb"_s;
    QTest::newRow("a tab's indent")
            << u"```\na\n\t```go\nb\n```\n\nAfter."_s << u"a\n    ```go\nb"_s;
}

// A code fence ends at a line of at least as many of its own characters and nothing else, as
// the importer ends it: the lines before and after it are not split into blocks anywhere else,
// whether the text came whole or token by token.
void TestMessageDocument::aFenceClosesOnlyAtItsOwnKind()
{
    QFETCH(QString, markdown);
    QFETCH(QString, code);
    MessageDocument whole(MessageDocument::Format::Markdown, QFont());
    whole.setText(markdown);
    QCOMPARE(whole.codeBlocks().size(), 1);
    QCOMPARE(whole.codeText(0), code);
    MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
    QString text;
    for (const QString &token : DemoReply::tokens(markdown)) {
        text += token;
        streamed.setText(text, MessageDocument::Stage::Streaming);
    }
    streamed.setText(text);
    QCOMPARE(shape(streamed), shape(whole));
    QCOMPARE(streamed.codeText(0), code);
    QVERIFY(shape(whole).endsWith(u"p: After."_s));
}

void TestMessageDocument::finishedBlocksAreRenderedOnce()
{
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    QString text = u"# Title\n\nFirst paragraph.\n\nSecond"_s;
    doc.setText(text);
    const int finished = doc.finishedBlocks();
    QCOMPARE(finished, 2); // "# Title", and the first paragraph now that the second has begun
    QTextDocument *first = doc.documents().front();
    for (int i = 0; i < 50; ++i) {
        text += u" word"_s;
        doc.setText(text);
    }
    QCOMPARE(doc.finishedBlocks(), finished); // the tail grew; nothing finished was redone
    QCOMPARE(doc.documents().front(), first);
    QVERIFY(first->toPlainText().startsWith(u"Title"_s));
}

void TestMessageDocument::userTextIsPlain()
{
    MessageDocument doc(MessageDocument::Format::PlainText, QFont());
    doc.setText(u"# not a heading **not bold** <b>tag</b>"_s);
    QCOMPARE(doc.documents().front()->toPlainText(), u"# not a heading **not bold** <b>tag</b>"_s);
}

void TestMessageDocument::imagesBecomePlaceholders_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("shown");
    QTest::newRow("inline http image")
            << u"![a cat](http://example.com/cat.png)"_s << u"example.com/cat.png"_s;
    QTest::newRow("with a title") << u"![x](https://e.com/i.png \"title\")"_s << u"e.com/i.png"_s;
    QTest::newRow("reference style")
            << u"![logo][l]\n\n[l]: http://e.com/l.png"_s << u"e.com/l.png"_s;
    QTest::newRow("collapsed reference")
            << u"![logo]\n\n[logo]: http://e.com/l2.png"_s << u"e.com/l2.png"_s;
    QTest::newRow("local file") << u"![secret](file:///etc/passwd)"_s << u"file:///etc/passwd"_s;
    QTest::newRow("after a fence shown in a longer one")
            << u"````\n```\n````\n\n![secret](file:///etc/passwd)"_s << u"file:///etc/passwd"_s;
    QTest::newRow("after backticks that open no fence")
            << u"``` a`b\n\n![secret](file:///etc/passwd)"_s << u"file:///etc/passwd"_s;
    QTest::newRow("UNC path") << u"![share](\\\\server\\share\\x.png)"_s
                              << u"\\\\server\\share\\x.png"_s;
}

void TestMessageDocument::imagesBecomePlaceholders()
{
    QFETCH(QString, markdown);
    QFETCH(QString, shown);
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    doc.setText(markdown);
    QString text;
    QString html;
    for (QTextDocument *d : doc.documents()) {
        text += d->toPlainText();
        html += d->toHtml();
    }
    QVERIFY2(text.contains(u"image"_s) && text.contains(shown), qPrintable(text));
    QVERIFY(!html.contains(u"<img"_s));
}

void TestMessageDocument::htmlIsShownAsText()
{
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    doc.setText(
            u"Look: <img src=\"http://e.com/x.png\"> and <script>alert(1)</script> <b>bold?</b>"_s);
    const QString text = doc.documents().front()->toPlainText();
    QVERIFY(text.contains(u"<img src="_s));
    QVERIFY(text.contains(u"<script>"_s));
    QVERIFY(!doc.documents().front()->toHtml().contains(u"<img"_s));
}

void TestMessageDocument::invisibleCharactersInLinkTextAreRevealed()
{
    const QString prepared = SafeMarkdown::prepare(
            u"[safe\u202Egnp.exe](http://e.com) and [ok\u200Bx](https://e.com)"_s);
    QVERIFY(prepared.contains(u"⟦U+202E⟧"_s));
    QVERIFY(prepared.contains(u"⟦U+200B⟧"_s));
    QVERIFY(!prepared.contains(QChar(0x202E)));
}

void TestMessageDocument::codeIsLeftAlone()
{
    const QString md = u"`![x](http://e.com/y.png)` and\n\n```\n![z](http://e.com/z.png)\n```\n"_s;
    QCOMPARE(SafeMarkdown::prepare(md), md);
    const QString nested = u"````md\n```\n![z](http://e.com/z.png)\n````\n"_s;
    QCOMPARE(SafeMarkdown::prepare(nested), nested);
}

void TestMessageDocument::renderingLoadsNothing()
{
    // A sink that must receive nothing, whatever the reply asks for.
    LoopbackServer sink;
    QVERIFY(sink.listen());
    const QString base = u"http://127.0.0.1:%1"_s.arg(sink.port());
    const QString reply =
            u"![a](%1/a.png) ![b][r] <img src=\"%1/c.png\"> [link](%1/d)\n\n[r]: %1/b.png\n"_s.arg(
                    base);
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    doc.setText(reply);
    doc.setTextWidth(400);
    QImage canvas(400, 400, QImage::Format_ARGB32);
    QPainter painter(&canvas);
    doc.draw(&painter, QPointF(0, 0), QRectF(0, 0, 400, 400), Qt::white);
    painter.end();
    QTest::qWait(200);
    QCOMPARE(sink.connectionsAccepted, 0);
    QCOMPARE(doc.resourceRequests(), 0);
    QCOMPARE(doc.anchorAt(QPointF(-1, -1)), QString());
}

QTEST_MAIN(TestMessageDocument)
#include "tst_messagedocument.moc"

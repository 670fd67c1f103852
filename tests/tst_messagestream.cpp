// A streaming reply is kept as finished blocks, frozen parts and an open part that grows in
// place: at every step it looks as the text rendered anew would, and a token costs its own text.
#include "demo/demoreply.h"
#include "markdownblocks.h"
#include "messagedocument.h"
#include "support/documentshape.h"

#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QGuiApplication>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using DocumentShape::shape;

namespace {

// Where two renderings' formats first differ (every block's, and its text's, in order), and
// the properties that differ there; empty when they are the same.
QString formatDifference(const QTextDocument *a, const QTextDocument *b)
{
    const auto formats = [](const QTextDocument *doc) {
        QList<QTextFormat> out;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            out << block.blockFormat() << block.charFormat();
            for (auto it = block.begin(); !it.atEnd(); ++it)
                out << it.fragment().charFormat();
        }
        return out;
    };
    const QList<QTextFormat> fa = formats(a);
    const QList<QTextFormat> fb = formats(b);
    if (fa == fb)
        return {};
    for (qsizetype i = 0; i < std::min(fa.size(), fb.size()); ++i) {
        if (fa.at(i) == fb.at(i))
            continue;
        QString out = u"format %1:"_s.arg(i);
        const QMap<int, QVariant> pa = fa.at(i).properties();
        const QMap<int, QVariant> pb = fb.at(i).properties();
        for (auto it = pa.begin(); it != pa.end(); ++it)
            if (pb.value(it.key()) != it.value())
                out += u" 0x%1 is %2 / %3"_s.arg(it.key(), 0, 16)
                               .arg(it.value().toString(), pb.value(it.key()).toString());
        for (auto it = pb.begin(); it != pb.end(); ++it)
            if (!pa.contains(it.key()))
                out += u" 0x%1 only in the second"_s.arg(it.key(), 0, 16);
        return out;
    }
    return u"%1 formats against %2"_s.arg(fa.size()).arg(fb.size());
}

} // namespace

class TestMessageStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aParagraphFinishesAsItWasShown();
    void plainWordsGrowAParagraphInPlace_data();
    void plainWordsGrowAParagraphInPlace();
    void streamingAsARepliesDoesGivesTheSameLayout_data();
    void streamingAsARepliesDoesGivesTheSameLayout();
    void aTokenCostsTheSameAtTheEndOfALongBlock_data();
    void aTokenCostsTheSameAtTheEndOfALongBlock();
    void codeIsColouredOnceWhenItsFenceCloses();
    void copyGivesTheCodeWithoutColours();
    void openCodeGrownInPlaceIsWhatTheImporterMakes_data();
    void openCodeGrownInPlaceIsWhatTheImporterMakes();
    void indentedCodeGrowsInPlace_data();
    void indentedCodeGrowsInPlace();
    void aLongCodeBlockIsColouredWhereItIsLaidOut_data();
    void aLongCodeBlockIsColouredWhereItIsLaidOut();
    void coloursSetLaterNeverMoveWhatWasMeasured();
    void aTableGrowsARowAtATime_data();
    void aTableGrowsARowAtATime();
    void nothingAboveTheStableHeightChanges_data();
    void nothingAboveTheStableHeightChanges();
};

namespace {

QString longParagraph(int words)
{
    QString text = u"A long paragraph begins here"_s;
    for (int i = 0; i < words; ++i)
        text += (i % 17 == 5 ? u" **bold %1**"_s : u" word%1"_s).arg(i);
    return text + u'.';
}

QString longCode(int lines)
{
    QString text = u"Here is the program:\n\n```python\n"_s;
    for (int i = 0; i < lines; ++i)
        text += u"value_%1 = compute(%1)  # line %1\n"_s.arg(i);
    return text;
}

// The text as a server sends it: pieces of about four characters.
QStringList pieces(const QString &text)
{
    QStringList out;
    for (qsizetype at = 0; at < text.size(); at += 4)
        out.append(text.mid(at, 4));
    return out;
}

} // namespace

// When a paragraph ends, the open part that showed it becomes the finished block: it is not
// rendered, laid out or painted again, and the view repaints only from below it.
void TestMessageStream::aParagraphFinishesAsItWasShown()
{
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    doc.setTextWidth(420);
    QString text = longParagraph(12); // a few lines: one open part
    doc.setText(text, MessageDocument::Stage::Streaming);
    QCOMPARE(doc.finishedBlocks(), 0);
    QCOMPARE(doc.frozenParts(), 0);
    const auto open = quintptr(doc.documents().back());
    const qreal height = doc.size().height();
    const int rendered = doc.renderedCharacters();

    text += u"\n\nNext"_s;
    doc.setText(text, MessageDocument::Stage::Streaming);
    QCOMPARE(doc.finishedBlocks(), 1);
    QCOMPARE(quintptr(doc.documents().front()), open);
    QCOMPARE(doc.renderedCharacters() - rendered, 4); // only "Next"
    QVERIFY2(doc.stableHeight() >= height,
             qPrintable(u"stable %1 of %2"_s.arg(doc.stableHeight()).arg(height)));

    // The token that ends it can add words too: they are added to what is shown.
    QString more = longParagraph(12) + u" and"_s;
    MessageDocument other(MessageDocument::Format::Markdown, QFont());
    other.setTextWidth(420);
    other.setText(more, MessageDocument::Stage::Streaming);
    more += u" the end.\n\nNext"_s;
    other.setText(more, MessageDocument::Stage::Streaming);
    QCOMPARE(other.finishedBlocks(), 1);
    MessageDocument whole(MessageDocument::Format::Markdown, QFont());
    whole.setTextWidth(420);
    whole.setText(more, MessageDocument::Stage::Complete);
    QCOMPARE(shape(other), shape(whole));
    QCOMPARE(other.documents().front()->toPlainText(), whole.documents().front()->toPlainText());
}

void TestMessageStream::plainWordsGrowAParagraphInPlace_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("added");
    QTest::addColumn<bool>("inPlace");
    QTest::newRow("words") << u"A paragraph"_s << u" word1 word2"_s << true;
    QTest::newRow("Korean") << u"안녕"_s << u"하세요, 반갑습니다"_s << true;
    QTest::newRow("after bold") << u"some **bold** then"_s << u" plain words, more."_s << true;
    QTest::newRow("numbers") << u"numbers 1"_s << u".5 and 2%"_s << true;
    QTest::newRow("quotes") << u"say \"this"_s << u"\" and 'that'"_s << true;
    QTest::newRow("the paragraph's end") << u"it ends"_s << u" here.\n\n"_s << true;
    QTest::newRow("after a space") << u"tokens end with "_s << u"a space "_s << true;
    QTest::newRow("a www autolink") << u"see www"_s << u".example.com"_s << false;
    QTest::newRow("an email autolink") << u"mail a@b"_s << u".com"_s << false;
    QTest::newRow("a URL autolink") << u"go to http"_s << u"://x.org"_s << false;
    QTest::newRow("after a closing star") << u"**bold**"_s << u"x"_s << false;
    QTest::newRow("after a closing underscore") << u"__a__"_s << u"b"_s << false;
    QTest::newRow("an entity") << u"an &amp"_s << u";"_s << false;
    QTest::newRow("emphasis") << u"word"_s << u" *em*"_s << false;
    QTest::newRow("two spaces") << u"a"_s << u" b  c"_s << false;
    QTest::newRow("two spaces between") << u"a  "_s << u"b"_s << false;
    QTest::newRow("a second line") << u"line one\nline"_s << u" two"_s << false;
    QTest::newRow("after a link") << u"[link](https://e.com) and"_s << u" more"_s << false;
    QTest::newRow("a tab") << u"tab"_s << u"\there"_s << false;
    QTest::newRow("an underline") << u"Title"_s << u"\n---"_s << false;
    QTest::newRow("HTML") << u"end."_s << u" <b>x</b>"_s << false;
}

// Words that continue an open paragraph are added to what it shows when nothing in them can be
// markup, and the result is what rendering the longer text gives; anything else renders it anew.
void TestMessageStream::plainWordsGrowAParagraphInPlace()
{
    QFETCH(QString, shown);
    QFETCH(QString, added);
    QFETCH(bool, inPlace);
    MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
    streamed.setTextWidth(420);
    streamed.setText(shown, MessageDocument::Stage::Streaming);
    QCOMPARE(streamed.documents().size(), std::size_t(1));
    const auto open = quintptr(streamed.documents().back());
    const int rendered = streamed.renderedCharacters();
    streamed.setText(shown + added, MessageDocument::Stage::Streaming);
    QCOMPARE(quintptr(streamed.documents().back()) == open, inPlace);
    QString visible = added; // what ends a paragraph renders as nothing
    while (visible.endsWith(u' ') || visible.endsWith(u'\n'))
        visible.chop(1);
    if (inPlace) // what it adds, and the spaces before it that showed nothing
        QCOMPARE(streamed.renderedCharacters() - rendered,
                 int(visible.size() + shown.size() - QStringView(shown).trimmed().size()));

    MessageDocument fresh(MessageDocument::Format::Markdown, QFont());
    fresh.setTextWidth(420);
    fresh.setText(shown + added, MessageDocument::Stage::Streaming);
    QCOMPARE(shape(streamed), shape(fresh));
    QCOMPARE(streamed.documents().back()->toPlainText(), fresh.documents().back()->toPlainText());
    const QString difference =
            formatDifference(streamed.documents().back(), fresh.documents().back());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(streamed.size(), fresh.size());
}

void TestMessageStream::streamingAsARepliesDoesGivesTheSameLayout_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("the demo reply") << DemoReply::content(u"parley-demo-fast"_s, u"hello"_s);
    QTest::newRow("a long paragraph") << longParagraph(250) + u"\n\nAfter."_s;
    QTest::newRow("a long paragraph at the end") << longParagraph(250);
    QTest::newRow("a long code block") << longCode(120) + u"```\n\nDone."_s;
    QTest::newRow("a long code block left open") << longCode(120);
}

// Streamed as a reply is (the open block kept as a chain of frozen parts), the layout is as tall
// as when the open block is rendered whole on every token, at every step checked; once the reply
// is complete, the documents are the same.
void TestMessageStream::streamingAsARepliesDoesGivesTheSameLayout()
{
    QFETCH(QString, markdown);
    MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
    streamed.setTextWidth(420);
    MessageDocument reference(MessageDocument::Format::Markdown, QFont());
    reference.setTextWidth(420);
    QString text;
    const QStringList parts = pieces(markdown);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        text += parts.at(i);
        streamed.setText(text, MessageDocument::Stage::Streaming);
        reference.setText(text, MessageDocument::Stage::Complete);
        if (i % 37 == 0)
            QCOMPARE(streamed.size().height(), reference.size().height());
    }
    QVERIFY(streamed.frozenParts() > 0 || !markdown.contains(u"word249"_s)
            || markdown.contains(u"After"_s));
    streamed.setText(text, MessageDocument::Stage::Complete);
    QCOMPARE(shape(streamed), shape(reference));
    QCOMPARE(streamed.size(), reference.size());
    // Complete: rendered whole, but for a long code block left open, which keeps the parts
    // that showed it (coloured in place: see aLongCodeBlockIsColouredWhereItIsLaidOut).
    QCOMPARE(streamed.frozenParts() > 0, markdown.endsWith(u")  # line 119\n"_s));
}

void TestMessageStream::aTokenCostsTheSameAtTheEndOfALongBlock_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("one long paragraph") << longParagraph(1500);
    QTest::newRow("one 2,000-line code block") << longCode(2000);
}

// What a token renders does not grow with the block it is in: the last hundred tokens render
// about as much text as the first hundred after the block began.
void TestMessageStream::aTokenCostsTheSameAtTheEndOfALongBlock()
{
    QFETCH(QString, markdown);
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    doc.setTextWidth(420);
    QString text;
    const QList<int> rendered = DocumentShape::renderedPerPiece(&doc, pieces(markdown), &text);
    const qint64 early = DocumentShape::sum(rendered, 200, 100);
    const qint64 late = DocumentShape::sum(rendered, rendered.size() - 100, 100);
    QVERIFY2(late < early * 3 + 20000,
             qPrintable(u"early %1, late %2 characters"_s.arg(early).arg(late)));
    QVERIFY(doc.frozenParts() > 5);
    QCOMPARE(doc.codeBlocks().size(), markdown.contains(u"```"_s) ? 1 : 0);
}

void TestMessageStream::codeIsColouredOnceWhenItsFenceCloses()
{
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    doc.setTextWidth(500);
    const QString text = u"Intro\n\n```python\ndef f():\n    return None\n```\n\nAfter the code"_s;
    QString sent;
    bool sawOpen = false;
    for (const QString &part : pieces(text)) {
        sent += part;
        doc.setText(sent, MessageDocument::Stage::Streaming);
        if (sent.contains(u"return"_s) && !sent.contains(u"None\n```\n"_s)) {
            QCOMPARE(doc.colouredBlocks(), 0); // the open block stays plain
            sawOpen = true;
        }
    }
    QVERIFY(sawOpen);
    QCOMPARE(doc.colouredBlocks(), 1);
    for (const QString &more : {u" and"_s, u" more"_s, u" words."_s}) {
        sent += more;
        doc.setText(sent, MessageDocument::Stage::Streaming);
    }
    doc.setText(sent, MessageDocument::Stage::Complete);
    QCOMPARE(doc.colouredBlocks(), 1); // never again
    // "def" is a keyword: coloured; "f" a function name.
    bool keyword = false;
    for (QTextDocument *d : doc.documents())
        for (QTextBlock b = d->begin(); b.isValid(); b = b.next())
            if (b.text().startsWith(u"def"_s)) {
                const QTextCharFormat format = b.begin().fragment().charFormat();
                keyword = format.foreground().color()
                        == CodeHighlighter::format(CodeHighlighter::Kind::Keyword,
                                                   CodeHighlighter::Theme::Dark)
                                   .foreground()
                                   .color();
            }
    // The built-in rules' colour (a build with KSyntaxHighlighting uses that theme's).
    QVERIFY(keyword || CodeHighlighter::engine() != "built-in rules"_L1);
    // Code is laid out without OpenType shaping (no ligatures; cheaper per line), prose with it.
    int codeFragments = 0;
    for (QTextDocument *d : doc.documents())
        for (QTextBlock b = d->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const bool unshaped =
                        it.fragment().charFormat().fontStyleStrategy() & QFont::PreferNoShaping;
                QVERIFY2(unshaped == MarkdownBlocks::isCodeBlock(b), qPrintable(b.text()));
                codeFragments += unshaped;
            }
    QVERIFY(codeFragments >= 4);

    MessageDocument unknown(MessageDocument::Format::Markdown, QFont());
    unknown.setText(u"```klingon\nqapla'\n```\n\nx"_s);
    QCOMPARE(unknown.colouredBlocks(), 0); // an unknown tag stays plain
}

void TestMessageStream::copyGivesTheCodeWithoutColours()
{
    MessageDocument doc(MessageDocument::Format::Markdown, QFont(), MessageDocument::Theme::Light);
    doc.setText(u"```js\nconst a = 1; // one\nlet b = \"two\";\n```\n"_s);
    QCOMPARE(doc.colouredBlocks(), 1);
    const QList<MessageDocument::CodeBlock> blocks = doc.codeBlocks();
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.first().language, u"js"_s);
    QCOMPARE(doc.codeText(0), u"const a = 1; // one\nlet b = \"two\";"_s);

    // Code indented by four spaces has no fence but is code all the same: a panel and Copy.
    MessageDocument indented(MessageDocument::Format::Markdown, QFont());
    indented.setText(u"Text:\n\n    x = 1\n    y = 2\n\nEnd"_s);
    QCOMPARE(indented.codeBlocks().size(), 1);
    QCOMPARE(indented.codeText(0), u"x = 1\ny = 2"_s);
    QCOMPARE(indented.colouredBlocks(), 0); // no tag, no colours
}

void TestMessageStream::openCodeGrownInPlaceIsWhatTheImporterMakes_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("piece"); // characters per token; 0: random sizes up to bursts
    QString body;
    for (int i = 0; i < 40; ++i)
        body += u"row_%1 = f(%1)\n"_s.arg(i);
    const QString tricky = u"def f(x):\n\tif x:\n\n\n        return `x` **not bold** <img src=x>\n"
                           "print(\"한국어 ✓\")  \n  indented\n``not a fence\n~ tilde\n"
                           "a \\ backslash & &amp; entity\n\n"_s;
    // Tabs in a line's indent are shown as spaces to the next multiple of four columns; a tab
    // after the indent stays a tab, and a tab's indent is too deep for a closing fence.
    const QString tabs = u"func main() {\n\tif x {\n\t\treturn\t// done\n\t}\n \tone\n"
                         "   \t\tthree\n  \t \tmixed\t\n\t\n\t\t\n\t```not closed\n \t~~~\n"
                         "x\ty\n\t\t\t\t\t\tdeep\n}\n"_s;
    for (const int piece : {1, 3, 0}) {
        QTest::addRow("plain lines, %d", piece) << u"Code:\n\n```python\n"_s + body << piece;
        QTest::addRow("tabs, %d", piece) << u"```go\n"_s + tabs + body + tabs << piece;
        QTest::addRow("a tab first, %d", piece) << u"```\n\tfirst\n"_s + tabs + body << piece;
        QTest::addRow("tricky lines, %d", piece)
                << u"```\n"_s + tricky + tricky + tricky + body << piece;
        QTest::addRow("tilde fence, %d", piece) << u"~~~~sh\n"_s + tricky + body << piece;
        QTest::addRow("indented fence, %d", piece)
                << u"  ```js\n  a();\n    b();\n"_s + body << piece;
        QTest::addRow("closed then text, %d", piece)
                << u"```c\n"_s + body + u"```\n\nAfter.\n\n```\n"_s + body << piece;
    }
}

// An open code block grows in place while it streams, part by part; at every step it shows the
// same blocks at the same height as the same text rendered in one go, whether the tokens come a
// character at a time or in bursts of hundreds.
void TestMessageStream::openCodeGrownInPlaceIsWhatTheImporterMakes()
{
    QFETCH(QString, markdown);
    QFETCH(int, piece);
    MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
    streamed.setTextWidth(420);
    int formatsCompared = 0;
    quint32 seed = 7;
    QString text;
    for (qsizetype at = 0; at < markdown.size();) {
        seed = seed * 1103515245 + 12345;
        const qsizetype size = piece > 0 ? piece : 1 + (seed >> 16) % (seed % 5 == 0 ? 400 : 9);
        text += markdown.mid(at, size);
        at += size;
        streamed.setText(text, MessageDocument::Stage::Streaming);
        MessageDocument fresh(MessageDocument::Format::Markdown, QFont());
        fresh.setTextWidth(420);
        fresh.setText(text, MessageDocument::Stage::Streaming);
        if (shape(streamed) != shape(fresh))
            qWarning("at …%s", qPrintable(QString(text.right(40)).replace(u'\t', u"\\t"_s)));
        QCOMPARE(shape(streamed), shape(fresh));
        // Within a pixel: where a block has just finished, the two split it into documents at
        // different places, and their fractional heights round apart.
        QVERIFY2(qAbs(streamed.size().height() - fresh.size().height()) < 1.0,
                 qPrintable(u"%1 against %2 at …%3"_s.arg(streamed.size().height())
                                    .arg(fresh.size().height())
                                    .arg(text.right(30))));
        // The open part grown in place, or started from the part before it, has the formats
        // the importer gives the same lines.
        const std::vector<QTextDocument *> open = streamed.documents();
        const std::vector<QTextDocument *> reference = fresh.documents();
        if (!open.empty() && !reference.empty()
            && open.back()->toPlainText() == reference.back()->toPlainText()) {
            const QString difference = formatDifference(open.back(), reference.back());
            QVERIFY2(difference.isEmpty(), qPrintable(difference + u" at …"_s + text.right(30)));
            ++formatsCompared;
        }
        QCOMPARE(streamed.codeBlocks().size(), fresh.codeBlocks().size());
        if (!streamed.codeBlocks().isEmpty())
            QCOMPARE(streamed.codeText(streamed.codeBlocks().size() - 1),
                     fresh.codeText(fresh.codeBlocks().size() - 1));
    }
    QVERIFY(streamed.frozenParts() > 0);
    QVERIFY(formatsCompared > 10);
    streamed.setText(text, MessageDocument::Stage::Complete);
    MessageDocument whole(MessageDocument::Format::Markdown, QFont());
    whole.setTextWidth(420);
    whole.setText(text);
    QCOMPARE(shape(streamed), shape(whole));
    QCOMPARE(streamed.size(), whole.size());
}

namespace {

// A message painted as the view paints it: its code panels, then its text.
QImage painted(const MessageDocument &message)
{
    QImage image(420, qCeil(message.size().height()) + 1, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const MessageDocument::CodeBlock &block : message.codeBlocks()) {
        QPainterPath panel;
        panel.addRoundedRect(block.rect, 6, 6);
        painter.fillPath(panel, Qt::darkGray);
    }
    message.draw(&painter, QPointF(0, 0), QRectF(image.rect()), Qt::white);
    painter.end();
    return image;
}

} // namespace

void TestMessageStream::indentedCodeGrowsInPlace_data()
{
    QTest::addColumn<QString>("line"); // %1: the line's number
    QTest::addColumn<int>("piece"); // characters per token
    const QString go = u"func f%1() {\n\tif x%1 {\n\t\treturn\t%1\n\t}\n}\n"_s;
    const QString python = u"def f%1():\n    if x%1:\n        return %1\n  # two\n"_s;
    QTest::newRow("tabs, 4") << go << 4;
    QTest::newRow("tabs, 1") << go << 1;
    QTest::newRow("spaces, 4") << python << 4;
    QTest::newRow("spaces, 1") << python << 1; // a line of one, two or three spaces on the way
}

// Indented code (Go with tabs, as gofmt writes it; Python with spaces) grows in place like any
// code: a token renders its own characters, not the lines before it.
void TestMessageStream::indentedCodeGrowsInPlace()
{
    QFETCH(QString, line);
    QFETCH(int, piece);
    QString markdown = u"```\n"_s;
    for (int i = 0; i < 200; ++i)
        markdown += line.arg(i);
    MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
    streamed.setTextWidth(420);
    QString text;
    for (qsizetype at = 0; at < markdown.size(); at += piece) {
        text += markdown.mid(at, piece);
        streamed.setText(text, MessageDocument::Stage::Streaming);
    }
    QVERIFY(streamed.frozenParts() > 10);
    // Each part's first line is rendered once with the fence, and the block's first part; the
    // rest is what the tokens added.
    QVERIFY2(streamed.renderedCharacters() < text.size() * 3 / 2,
             qPrintable(
                     u"%1 rendered for %2"_s.arg(streamed.renderedCharacters()).arg(text.size())));
    MessageDocument whole(MessageDocument::Format::Markdown, QFont());
    whole.setTextWidth(420);
    whole.setText(text, MessageDocument::Stage::Streaming);
    QCOMPARE(shape(streamed), shape(whole));
    QCOMPARE(streamed.codeText(0), whole.codeText(0));
}

// A part of a finished code block gets its colours when it is first painted, after it was
// measured: colours that would change its height (a font with other metrics) are set without
// what changes it, so nothing below it moves.
void TestMessageStream::coloursSetLaterNeverMoveWhatWasMeasured()
{
    SafeTextDocument doc;
    doc.setTextWidth(420);
    doc.setMarkdown(u"```python\nx = 1  # note\ny = 2\n```\n"_s);
    const qreal height = doc.documentLayout()->documentSize().height();
    const int at = int(doc.toPlainText().indexOf(u"# note"_s));
    QTextCharFormat taller;
    taller.setForeground(QColor(Qt::red));
    taller.setFontPointSize(40);
    doc.colourLater({{at, 6, taller}});
    QVERIFY(doc.hasColoursLater());
    doc.colourNow();
    QVERIFY(!doc.hasColoursLater());
    QCOMPARE(doc.documentLayout()->documentSize().height(), height);
    QTextCursor cursor(&doc);
    cursor.setPosition(at + 1);
    QCOMPARE(cursor.charFormat().foreground().color(), QColor(Qt::red));
    QVERIFY(cursor.charFormat().fontPointSize() != 40);

    // Colours that keep its height are set as they are.
    QTextCharFormat italic;
    italic.setForeground(QColor(Qt::blue));
    italic.setFontItalic(true);
    doc.colourLater({{0, 1, italic}});
    doc.colourNow();
    cursor.setPosition(1);
    QCOMPARE(cursor.charFormat().foreground().color(), QColor(Qt::blue));
    QCOMPARE(doc.documentLayout()->documentSize().height(), height);
}

void TestMessageStream::aLongCodeBlockIsColouredWhereItIsLaidOut_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("closed");
    // Comments (in italics), a string over many lines (its colour goes on from part to part),
    // keywords, numbers, and Korean.
    auto program = [](int lines) {
        QString text = u"The program:\n\n```python\n"_s;
        for (int i = 0; i < lines; ++i) {
            if (i % 40 == 10)
                text += u"doc = \"\"\"A string that goes on\n"_s;
            else if (i % 40 == 30)
                text += u"and ends here\"\"\"\n"_s;
            else if (i % 7 == 3)
                text += u"# 설명 %1: what comes next\n"_s.arg(i);
            else
                text += u"def f%1(x): return x + %1  # 값\n"_s.arg(i);
        }
        return text;
    };
    for (int lines : {16, 17, 24, 90, 301}) {
        QTest::addRow("%d lines, closed", lines) << program(lines) + u"```\n\nDone."_s << true;
        QTest::addRow("%d lines, left open", lines) << program(lines) << false;
    }
    // The closing fence arriving alone after a part froze (its first backtick with the line
    // before it), in one of these: the last part is the end of the block.
    for (int shift = 0; shift < 4; ++shift)
        QTest::addRow("24 lines, closed, shifted by %d", shift)
                << QString(shift, u'x') + program(24) + u"```\n\nDone."_s << true;
    QTest::newRow("left open mid-line") << program(90) + u"value = 4"_s << false;
    QTest::newRow("closed by a longer fence") << program(50) + u"  `````\nAfter."_s << true;
}

// A long code block streams as a chain of parts laid out once; when it finishes (its fence
// closes, or the reply completes with it open) the chain is coloured where it is, not rendered
// and laid out again: the block's lines cost nothing more, and it looks exactly as the text
// rendered whole does.
void TestMessageStream::aLongCodeBlockIsColouredWhereItIsLaidOut()
{
    QFETCH(QString, markdown);
    QFETCH(bool, closed);
    MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
    streamed.setTextWidth(420);
    QString text;
    int finishing = 0; // what the step that finished the block rendered, in characters
    int parts = 0;
    for (const QString &piece : pieces(markdown)) {
        text += piece;
        const int coloured = streamed.colouredBlocks();
        const int before = streamed.renderedCharacters();
        parts = std::max(parts, streamed.frozenParts());
        streamed.setText(text, MessageDocument::Stage::Streaming);
        if (streamed.colouredBlocks() > coloured)
            finishing = streamed.renderedCharacters() - before;
    }
    const int before = streamed.renderedCharacters();
    streamed.setText(text, MessageDocument::Stage::Complete);
    if (!closed)
        finishing = streamed.renderedCharacters() - before;
    QCOMPARE(streamed.colouredBlocks(), 1);
    const qsizetype codeLength = markdown.size() - markdown.indexOf(u"```"_s);
    if (markdown.count(u'\n') > 60) {
        QVERIFY(parts > 5);
        QVERIFY2(
                finishing < codeLength / 5,
                qPrintable(u"%1 of %2 characters rendered again"_s.arg(finishing).arg(codeLength)));
        // Its parts get their colours as they are painted: here, lines in its middle alone.
        const int later = streamed.documentsColouredLater();
        QVERIFY(later > 5);
        QImage band(420, 40, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&band);
        streamed.draw(&painter, QPointF(0, 20 - streamed.size().height() / 2), QRectF(band.rect()),
                      Qt::white);
        painter.end();
        QVERIFY(streamed.documentsColouredLater() < later);
        QVERIFY(streamed.documentsColouredLater() > 0);
        QVERIFY(streamed.documents().size() > 5); // the parts stay
        QCOMPARE(streamed.documentsColouredLater(), 0); // all as they are painted
    }

    MessageDocument whole(MessageDocument::Format::Markdown, QFont());
    whole.setTextWidth(420);
    whole.setText(text);
    QCOMPARE(whole.colouredBlocks(), 1);
    QCOMPARE(streamed.size(), whole.size());
    QCOMPARE(streamed.codeBlocks().size(), 1);
    QCOMPARE(streamed.codeBlocks().first().rect, whole.codeBlocks().first().rect);
    QCOMPARE(streamed.codeBlocks().first().language, u"python"_s);
    QCOMPARE(streamed.codeText(0), whole.codeText(0));
    QVERIFY(painted(streamed) == painted(whole));

    // A change after that renders it again from its text, and still looks the same.
    streamed.setText(text + u"\n"_s, MessageDocument::Stage::Streaming);
    streamed.setText(text + u"\n"_s, MessageDocument::Stage::Complete);
    whole.setText(text + u"\n"_s);
    QCOMPARE(streamed.size(), whole.size());
    QVERIFY(painted(streamed) == painted(whole));
}

namespace {

QString longTable(int rows, int widerFrom = -1)
{
    QString text = u"The figures:\n\n| Name | Value | Note |\n|:-----|------:|:----:|\n"_s;
    for (int i = 0; i < rows; ++i)
        text += u"| item %1 | %2 | %3 |\n"_s.arg(i).arg(i * 37).arg(
                i == widerFrom ? u"a note much wider than the others, **bold**"_s
                               : (i % 5 == 2 ? u"`code` and *more*"_s : u"plain"_s));
    return text;
}

} // namespace

void TestMessageStream::aTableGrowsARowAtATime_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("split"); // streamed as pieces (not rendered whole)
    QTest::newRow("a table") << longTable(40) << true;
    QTest::newRow("a table, then a paragraph") << longTable(12) + u"\nAfter it."_s << true;
    QTest::newRow("a row that widens a column") << longTable(30, 17) << true;
    QTest::newRow("left open mid-row") << longTable(20) + u"| item 20 | 7"_s << true;
    QTest::newRow("cells in Korean") << u"| 이름 | 값 |\n|---|---|\n| 사과 | 3 |\n| 배 | 12 |\n"_s
                                        u"| 포도 | 7 |\n| 수박 | 1 |\n| 귤 | 40 |\n"_s
                                        u"| 감 | 5 |\n| 참외 | 9 |\n"_s
                                     << true;
    QString wide = u"| a | b |\n|---|---|\n"_s;
    for (int i = 0; i < 8; ++i)
        wide += u"| %1 | x |\n"_s.arg(longParagraph(12));
    QTest::newRow("too wide: rendered whole") << wide << false;
    QTest::newRow("a line that is no row: rendered whole")
            << longTable(6) + u"lazy text goes on the table\n| item | 1 | x |\n"_s << false;
}

// An open table is streamed a row at a time: its header and each row laid out once, as tables
// of their own with the whole table's columns. At every step it looks exactly as the text
// rendered whole, and the row being written is all a token renders: a token at the end of a long
// table renders about as much as one near its start.
void TestMessageStream::aTableGrowsARowAtATime()
{
    QFETCH(QString, markdown);
    QFETCH(bool, split);
    MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
    streamed.setTextWidth(420);
    MessageDocument whole(MessageDocument::Format::Markdown, QFont());
    whole.setTextWidth(420);
    QString text;
    int parts = 0;
    QList<int> rendered;
    const QStringList all = pieces(markdown);
    for (qsizetype i = 0; i < all.size(); ++i) {
        text += all.at(i);
        if (i == all.size() / 2) { // the window narrowed mid-table: split anew at its width
            streamed.setTextWidth(380);
            whole.setTextWidth(380);
        }
        const int before = streamed.renderedCharacters();
        streamed.setText(text, MessageDocument::Stage::Streaming);
        rendered.append(streamed.renderedCharacters() - before);
        parts = std::max(parts, streamed.frozenParts());
        whole.setText(text);
        QCOMPARE(streamed.size(), whole.size());
        QVERIFY2(painted(streamed) == painted(whole), qPrintable(u"at …"_s + text.right(30)));
    }
    if (split)
        QVERIFY(parts > 5);
    else
        QCOMPARE(streamed.frozenParts(), 0); // rendered whole once it could not be split
    if (split && rendered.size() > 200) {
        const qint64 early = DocumentShape::sum(rendered, 40, 40);
        const qint64 late = DocumentShape::sum(rendered, rendered.size() - 40, 40);
        QVERIFY2(late < early * 2, qPrintable(u"early %1, late %2"_s.arg(early).arg(late)));
    }
    streamed.setText(text, MessageDocument::Stage::Complete);
    QCOMPARE(shape(streamed), shape(whole));
    QVERIFY(painted(streamed) == painted(whole));
}

void TestMessageStream::nothingAboveTheStableHeightChanges_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("the demo reply") << DemoReply::content(u"parley-demo-fast"_s, u"hello"_s);
    QTest::newRow("a long paragraph") << longParagraph(250) + u"\n\nAfter."_s;
    QTest::newRow("a long code block") << longCode(120) + u"```\n\nDone."_s;
    QString paragraphs;
    for (int i = 0; i < 12; ++i)
        paragraphs += longParagraph(30 + 7 * i) + u"\n\n"_s;
    QTest::newRow("paragraphs") << paragraphs;
    QString bullets = u"Points:\n\n"_s;
    QString steps = u"Steps:\n\n"_s;
    for (int i = 1; i <= 30; ++i) {
        bullets += u"- **Point %1**: %2\n"_s.arg(i).arg(longParagraph(i % 4 * 9));
        steps += u"%1. Step %1 with *some* words\n"_s.arg(i);
    }
    QTest::newRow("a long list") << bullets + u"\nAfter."_s;
    QTest::newRow("numbered steps") << steps + u"\nAfter."_s;
    QTest::newRow("a long table") << longTable(30, 17) + u"\nAfter."_s;
}

// The view repaints a streaming message only from its stable height down: whatever lies above
// it must look exactly as before the text grew, token after token, through parts frozen and
// blocks finished.
void TestMessageStream::nothingAboveTheStableHeightChanges()
{
    QFETCH(QString, markdown);
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    doc.setTextWidth(420);
    QString text;
    QImage before = painted(doc);
    int compared = 0;
    int parts = 0;
    for (const QString &piece : pieces(markdown)) {
        text += piece;
        doc.setText(text, MessageDocument::Stage::Streaming);
        parts = std::max(parts, doc.frozenParts());
        const QImage after = painted(doc);
        const int stable = std::min({int(doc.stableHeight()), before.height(), after.height()});
        QVERIFY(stable >= 0);
        QVERIFY2(before.copy(0, 0, 420, stable) == after.copy(0, 0, 420, stable),
                 qPrintable(u"changed above %1 at …%2"_s.arg(stable).arg(text.right(30))));
        compared += stable;
        before = after;
    }
    // A list grows as one open part, grown in place (see tst_liststream), until it finishes.
    const bool list = markdown.contains(u"\n\n- "_s) || markdown.contains(u"\n\n1. "_s);
    QVERIFY(parts > 0 || doc.finishedBlocks() > (list ? 0 : 1));
    QVERIFY(compared > 0);
}

QTEST_MAIN(TestMessageStream)
#include "tst_messagestream.moc"

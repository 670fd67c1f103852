// An open list grows in place: words go on at the end of its last item and new items are added
// to it, without rendering the list again; at every step it looks exactly as the same text
// rendered anew, and a token at the end of a long list costs what it cost at its start.
#include "messagedocument.h"
#include "support/documentshape.h"

#include <QtCore/QRandomGenerator>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QTextBlock>
#include <QtGui/QTextList>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using DocumentShape::shape;

namespace {

constexpr qreal Width = 420;

QString bullets(int items)
{
    QString text;
    for (int i = 0; i < items; ++i)
        text += u"- **Point %1**: the words of item %1 go on for a while, 2024 times.\n"_s.arg(i);
    return text;
}

QString steps(int items)
{
    QString text = u"Do this:\n\n"_s;
    for (int i = 1; i <= items; ++i)
        text += u"%1. Step %1 has words, and *some* more\n"_s.arg(i);
    return text;
}

// Each block's formats and list, without the identity of the list objects (an item of a
// bulleted list grown in place is a list of its own, which looks the same).
QStringList formats(const QTextDocument *doc)
{
    QStringList out;
    auto describe = [](const QTextFormat &format) {
        QString s;
        const QMap<int, QVariant> properties = format.properties();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (it.key() != QTextFormat::ObjectIndex)
                s += u" %1=%2"_s.arg(it.key(), 0, 16).arg(it.value().toString());
        return s;
    };
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QString line = u"[%1]"_s.arg(block.text()) + describe(block.blockFormat()) + u" |"_s
                + describe(block.charFormat());
        if (const QTextList *list = block.textList())
            line += u" list%1 '%2'"_s.arg(describe(list->format()), list->itemText(block));
        for (auto it = block.begin(); !it.atEnd(); ++it)
            line += u" {%1%2}"_s.arg(it.fragment().text(), describe(it.fragment().charFormat()));
        out << line;
    }
    return out;
}

QImage painted(const MessageDocument &doc)
{
    const QSize size = doc.size().toSize() + QSize(2, 2);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    doc.draw(&painter, QPointF(0, 0), QRectF(QPointF(0, 0), size), Qt::black);
    return image;
}

} // namespace

class TestListStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aGrowingListLooksAsRenderedAnew_data();
    void aGrowingListLooksAsRenderedAnew();
    void randomListsLookAsRenderedAnew();
    void aListGrowsInPlace();
    void aTokenCostsTheSameAtTheEndOfALongList_data();
    void aTokenCostsTheSameAtTheEndOfALongList();
};

void TestListStream::aGrowingListLooksAsRenderedAnew_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("bullets") << bullets(6);
    QTest::newRow("numbered steps") << steps(6);
    QTest::newRow("after a paragraph") << u"Here is what to know:\n- one thing\n- another one"_s;
    QTest::newRow("stars and pluses") << u"* a b\n* c d\n+ e f\n+ g h\n- i j"_s;
    QTest::newRow("nested") << u"- top item\n  - inner one\n  - inner two\n- top again\n"_s;
    QTest::newRow("nested steps")
            << u"1. **Install** it\n   - get the package\n   - run it\n2. **Set up**\n"
               "   1. open Settings\n   2. add a key\n      * deeper still\n      * and more\n"
               "   3. save\n3. Done\n"_s;
    QTest::newRow("nested, every marker")
            << u"- a\n  * b\n    + c\n  * d\n- e\n  1) f\n  2) g\n- h"_s;
    QTest::newRow("nested, oddly indented")
            << u"- a\n - b\n   - c\n      - d\n  -\n  - e\n1. x\n  - y\n   - z\n   3. w"_s;
    QTest::newRow("lazy lines") << u"- item one\nmore of it here\n- item two\nand more"_s;
    QTest::newRow("blank lines between") << u"- a b\n\n- c d\n\n- e f\n\n"_s;
    QTest::newRow("links and tasks") << u"- [x] done\n- [link](https://e.com) x\n- plain"_s;
    QTest::newRow("underlines") << u"- a\n--\n- b\n  -\n- c\n===\n"_s;
    QTest::newRow("numbers") << u"1. a\n2\n3. b c\n4) d\n- 2024 was\n- 2. x\n- 7"_s;
    QTest::newRow("rules") << u"- a\n- - -\n* * *\n- b\n- ***\n- __x__ y"_s;
    QTest::newRow("markup in items")
            << u"- a `code` b\n- **bold** then\n- *it* and _u_\n- a  \n- b\\\n"_s;
    QTest::newRow("quotes and headings") << u"- a\n> q\n- b\n# h\n- c"_s;
    QTest::newRow("an autolink") << u"- see www.example.com and\n- mail a@b.com\n"_s;
    QTest::newRow("ten steps and more") << steps(9)
                    + u"10. **Ten**\n   - a b\n   - c d\n11. e\n"
                      "    - f g\n    - h\n12. i"_s;
    QTest::newRow("nested deeper") << u"- a\n  - b\n      - c\n      - d\n- e\n  - f\n"
                                      "          - g\n- h\n  - i\n    x\n- j"_s;
    QTest::newRow("an answer as models write them")
            << u"## Setting it up\n\nYou need three things:\n\n1. **A key** from the provider:\n"
               "   - open the dashboard\n   - copy the key (it starts with `sk-`)\n"
               "2. **The address**, such as https://api.example.com/v1\n3. A model\n\n"
               "```sh\nparley-cli chat --model m\n```\n\n- Done: it works.\n- Or not?\n"
               "  Then see [the docs](https://example.com/docs).\n\n| a | b |\n|---|---|\n"_s;
    QTest::newRow("Korean") << u"- 첫째 항목입니다\n- 둘째 항목, 그리고 더\n"_s;
}

// Streamed in pieces of one to five characters, the list is, at every step, what the text
// rendered anew is: the same blocks, formats, list markers and pixels.
void TestListStream::aGrowingListLooksAsRenderedAnew()
{
    QFETCH(QString, markdown);
    for (int size = 1; size <= 5; ++size) {
        MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
        streamed.setTextWidth(Width);
        for (qsizetype at = 0; at < markdown.size();) {
            at = std::min(markdown.size(), at + size + (at % 3 == 0 ? 1 : 0));
            const QString text = markdown.left(at);
            streamed.setText(text, MessageDocument::Stage::Streaming);
            MessageDocument fresh(MessageDocument::Format::Markdown, QFont());
            fresh.setTextWidth(Width);
            fresh.setText(text, MessageDocument::Stage::Streaming);
            const QString where =
                    u"after %1 characters, in pieces of %2: %3"_s.arg(at).arg(size).arg(
                            QString(text).replace(u'\n', u"\\n"_s));
            QCOMPARE(shape(streamed), shape(fresh));
            const std::vector<QTextDocument *> a = streamed.documents();
            const std::vector<QTextDocument *> b = fresh.documents();
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY2(formats(a.at(i)) == formats(b.at(i)),
                         qPrintable(where + u"\n"_s + formats(a.at(i)).join(u'\n')
                                    + u"\nagainst\n"_s + formats(b.at(i)).join(u'\n')));
            QCOMPARE(streamed.size(), fresh.size());
            QVERIFY2(painted(streamed) == painted(fresh), qPrintable(where));
        }
    }
}

// Lists made at random from the pieces models write them with (markers, indents, numbers, blank
// lines, lazy lines, emphasis, code, links, rules, task boxes), streamed in random pieces: every
// step looks as the text rendered anew. The seed is printed, so a failure can be run again.
void TestListStream::randomListsLookAsRenderedAnew()
{
    // The same lists on every run of the suite; PARLEY_LIST_SEED=random tries new ones.
    const QByteArray chosen = qgetenv("PARLEY_LIST_SEED");
    const quint32 seed = chosen.isEmpty() ? 20261206u
            : chosen == "random"          ? QRandomGenerator::global()->generate()
                                          : chosen.toUInt();
    qInfo("seed %u (PARLEY_LIST_SEED=%u runs it again)", seed, seed);
    QRandomGenerator random(seed);
    const QStringList indents{u""_s,    u""_s,     u""_s,  u"  "_s,
                              u"   "_s, u"    "_s, u" "_s, u"      "_s};
    const QStringList markers{u"- "_s,  u"- "_s,   u"* "_s,  u"+ "_s, u"1. "_s,
                              u"2. "_s, u"10. "_s, u"3) "_s, u"-"_s,  u""_s};
    const QStringList words{
            u"word"_s, u"**Bold**:"_s, u"*it*"_s, u"`code`"_s, u"2024"_s,   u"[a](https://e.com)"_s,
            u"x."_s,   u"-"_s,         u"***"_s,  u"[ ]"_s,    u"**open"_s, u"2."_s,
            u"안녕"_s, u"a_b"_s,       u"&amp;"_s};
    const QStringList openings{QString(), u"Here:\n"_s, u"Here:\n\n"_s};
    for (int list = 0; list < 120; ++list) {
        QString markdown = openings.at(int(random.bounded(openings.size())));
        const int lines = 3 + int(random.bounded(10));
        for (int line = 0; line < lines; ++line) {
            markdown += indents.at(int(random.bounded(indents.size())))
                    + markers.at(int(random.bounded(markers.size())));
            const int count = int(random.bounded(5));
            for (int word = 0; word < count; ++word)
                markdown += (word ? u" "_s : QString())
                        + (random.bounded(3) ? u"word"_s
                                             : words.at(int(random.bounded(words.size()))));
            markdown += random.bounded(8) ? u"\n"_s : u"\n\n"_s;
        }
        MessageDocument streamed(MessageDocument::Format::Markdown, QFont());
        streamed.setTextWidth(Width);
        for (qsizetype at = 0; at < markdown.size();) {
            at = std::min(markdown.size(), at + 1 + qsizetype(random.bounded(6)));
            const QString text = markdown.left(at);
            streamed.setText(text, MessageDocument::Stage::Streaming);
            MessageDocument fresh(MessageDocument::Format::Markdown, QFont());
            fresh.setTextWidth(Width);
            fresh.setText(text, MessageDocument::Stage::Streaming);
            const std::vector<QTextDocument *> a = streamed.documents();
            const std::vector<QTextDocument *> b = fresh.documents();
            const QString where = u"seed %1, after %2 characters: %3"_s.arg(seed).arg(at).arg(
                    QString(text).replace(u'\n', u"\\n"_s));
            QVERIFY2(a.size() == b.size(), qPrintable(where));
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY2(formats(a.at(i)) == formats(b.at(i)),
                         qPrintable(where + u"\n"_s + formats(a.at(i)).join(u'\n')
                                    + u"\nagainst\n"_s + formats(b.at(i)).join(u'\n')));
            QVERIFY2(streamed.size() == fresh.size(), qPrintable(where));
        }
    }
}

// A word at the end of the last item, and a new item, are added to the document on screen:
// the rest of the list is not rendered again.
void TestListStream::aListGrowsInPlace()
{
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    doc.setTextWidth(Width);
    QString text = u"- first item\n- second"_s;
    doc.setText(text, MessageDocument::Stage::Streaming);
    const auto open = quintptr(doc.documents().back());
    int rendered = doc.renderedCharacters();
    text += u" item goes on"_s;
    doc.setText(text, MessageDocument::Stage::Streaming);
    QCOMPARE(quintptr(doc.documents().back()), open);
    QCOMPARE(doc.renderedCharacters() - rendered, 13); // " item goes on"
    rendered = doc.renderedCharacters();
    text += u"\n- third **one**"_s;
    doc.setText(text, MessageDocument::Stage::Streaming);
    QCOMPARE(quintptr(doc.documents().back()), open);
    QCOMPARE(doc.renderedCharacters() - rendered, 13); // "third **one**", rendered alone
    QCOMPARE(doc.documents().back()->blockCount(), 3);
    // Only the last line changed: what lies above it stays as painted.
    QVERIFY(doc.stableHeight() > 0);

    // A list inside the last item, and the next item of the outer list after it: each item's
    // content is rendered, alone.
    const std::pair<QString, int> lines[] = {
            {u"\n  1. inner"_s, 5}, {u"\n  2. more *inner*"_s, 12}, {u"\n- outer"_s, 5}};
    for (const auto &[line, content] : lines) {
        rendered = doc.renderedCharacters();
        text += line;
        doc.setText(text, MessageDocument::Stage::Streaming);
        QCOMPARE(quintptr(doc.documents().back()), open);
        QCOMPARE(doc.renderedCharacters() - rendered, content);
    }
    QCOMPARE(doc.documents().back()->blockCount(), 6);
}

void TestListStream::aTokenCostsTheSameAtTheEndOfALongList_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("a bulleted list of 150 items") << bullets(150);
    QTest::newRow("numbered steps, 150 of them") << steps(150);
}

// What a token renders does not grow with the list it is in.
void TestListStream::aTokenCostsTheSameAtTheEndOfALongList()
{
    QFETCH(QString, markdown);
    MessageDocument doc(MessageDocument::Format::Markdown, QFont());
    doc.setTextWidth(Width);
    QStringList pieces; // as a server sends them: about four characters
    for (qsizetype at = 0; at < markdown.size(); at += 4)
        pieces.append(markdown.mid(at, 4));
    QString text;
    const QList<int> rendered = DocumentShape::renderedPerPiece(&doc, pieces, &text);
    const qint64 early = DocumentShape::sum(rendered, 100, 200);
    const qint64 late = DocumentShape::sum(rendered, rendered.size() - 200, 200);
    QVERIFY2(late < early * 2 + 200,
             qPrintable(u"early %1, late %2 characters"_s.arg(early).arg(late)));
    MessageDocument fresh(MessageDocument::Format::Markdown, QFont());
    fresh.setTextWidth(Width);
    fresh.setText(text, MessageDocument::Stage::Streaming);
    QCOMPARE(shape(doc), shape(fresh));
    QCOMPARE(doc.size(), fresh.size());
    QVERIFY(painted(doc) == painted(fresh));
}

QTEST_MAIN(TestListStream)
#include "tst_liststream.moc"

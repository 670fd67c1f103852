// Error categories and messages: right for each status, one line, and never a key.
#include "api/redact.h"
#include "api/replyerror.h"

#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using Category = ReplyError::Category;

class TestReplyError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusCategories_data();
    void statusCategories();
    void inStreamErrors();
    void bodySummaries_data();
    void bodySummaries();
    void keysNeverShow();
};

void TestReplyError::statusCategories_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Category>("category");
    QTest::newRow("401") << 401 << Category::InvalidKey;
    QTest::newRow("403") << 403 << Category::InvalidKey;
    QTest::newRow("404") << 404 << Category::NotFound;
    QTest::newRow("400") << 400 << Category::BadRequest;
    QTest::newRow("422") << 422 << Category::BadRequest;
    QTest::newRow("429") << 429 << Category::RateLimited;
    QTest::newRow("529") << 529 << Category::Overloaded;
    QTest::newRow("500") << 500 << Category::ServerError;
    QTest::newRow("503") << 503 << Category::ServerError;
}

void TestReplyError::statusCategories()
{
    QFETCH(int, status);
    QFETCH(Category, category);
    const ReplyError e = ReplyError::fromHttpStatus(status, u"details here"_s);
    QCOMPARE(e.category, category);
    QCOMPARE(e.httpStatus, status);
    QVERIFY(e.message.contains(u"details here"_s));
    QVERIFY(!e.message.contains(u'\n'));
}

void TestReplyError::inStreamErrors()
{
    ProviderError overloaded;
    overloaded.type = u"overloaded_error"_s;
    overloaded.message = u"Overloaded"_s;
    QCOMPARE(ReplyError::fromProviderError(overloaded).category, Category::Overloaded);
    ProviderError vllm;
    vllm.message = u"too long"_s;
    vllm.status = 400;
    QCOMPARE(ReplyError::fromProviderError(vllm).category, Category::BadRequest);
    ProviderError plain;
    plain.message = u"Upstream died"_s;
    const ReplyError e = ReplyError::fromProviderError(plain);
    QCOMPARE(e.category, Category::ServerError);
    QCOMPARE(e.providerMessage, u"Upstream died"_s);
}

void TestReplyError::bodySummaries_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("summary");
    QTest::newRow("OpenAI JSON error") << QByteArray(
            R"({"error":{"message":"Invalid model id","type":"invalid_request_error"}})")
                                       << QByteArray("application/json") << u"Invalid model id"_s;
    QTest::newRow("nginx 502 page") << QByteArray(
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
            "Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
                                    << QByteArray("text/html") << u"502 Bad Gateway"_s;
    QTest::newRow("HTML without a title")
            << QByteArray("<!DOCTYPE html><html><body><script>alert(1)</script><p>Service "
                          "<b>Unavailable</b> &amp; down</p></body></html>")
            << QByteArray("text/html; charset=utf-8") << u"Service Unavailable & down"_s;
    QTest::newRow("plain text, first line")
            << QByteArray("upstream connect error\nreset reason: overflow")
            << QByteArray("text/plain") << u"upstream connect error"_s;
    QTest::newRow("long text is cut")
            << QByteArray(1000, 'x') << QByteArray("text/plain") << QString(299, u'x') + u'…';
    QTest::newRow("empty") << QByteArray() << QByteArray() << QString();
}

void TestReplyError::bodySummaries()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, summary);
    QCOMPARE(ReplyError::summarizeBody(body, contentType), summary);
}

void TestReplyError::keysNeverShow()
{
    const QString key = u"sk-proj-CANARY0123456789abcdef"_s;
    const QByteArray echo =
            R"({"error":{"message":"Incorrect API key provided: sk-proj-CANARY0123456789abcdef. You can find your API key at https://platform.openai.com/account/api-keys."}})";
    const QString summary = ReplyError::summarizeBody(echo, "application/json", {key});
    QVERIFY(!summary.contains(u"CANARY"_s));
    QVERIFY(summary.contains(u"Incorrect API key"_s));
    QVERIFY(!ReplyError::fromHttpStatus(401, summary).message.contains(u"CANARY"_s));

    QCOMPARE(Redact::secrets(u"Authorization: Bearer abc.def-123 failed"_s),
             u"Authorization: Bearer [redacted] failed"_s);
    QCOMPARE(Redact::secrets(u"custom token xyzzy123 leaked"_s, {u"xyzzy123"_s}),
             u"custom token [redacted] leaked"_s);
    QCOMPARE(Redact::secrets(u"key sk-or-v1-0123456789abcdef end"_s), u"key sk-[redacted] end"_s);
    QVERIFY(!ReplyError::network(u"host said sk-ant-api03-SECRETSECRET"_s)
                     .message.contains(u"SECRET"_s));
}

QTEST_GUILESS_MAIN(TestReplyError)
#include "tst_replyerror.moc"

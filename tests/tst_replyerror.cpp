// Error categories and messages: right for each status, one line, and never a key.
#include "api/endpoint.h"
#include "api/redact.h"
#include "api/replyerror.h"
#include "settings/providerprofile.h"

#include <QtCore/QJsonDocument>

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
    void keyShapesNeverShow_data();
    void keyShapesNeverShow();
    void aRedactedErrorHasNoKeyLeft();
    void urlsAreShownWithoutCredentials();
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

void TestReplyError::keyShapesNeverShow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("an OpenAI key")
            << u"bad key sk-proj-AbCdEf0123456789XyZ given"_s << u"AbCdEf0123456789XyZ"_s;
    QTest::newRow("a Groq key") << u"Invalid API Key gsk_4f8Jq2LmN0pQrStUvWxYz1234567890abc"_s
                                << u"4f8Jq2LmN0pQrStUvWxYz"_s;
    QTest::newRow("a Google key") << u"API key not valid: AIzaSyD-1234567890abcdefghijklmnopqrstu"_s
                                  << u"SyD-1234567890abcdef"_s;
    QTest::newRow("a 32-hex Azure key")
            << u"Access denied due to invalid subscription key 0123456789abcdef0123456789ABCDEF."_s
            << u"0123456789abcdef0123456789ABCDEF"_s;
    QTest::newRow("an xAI key") << u"key xai-AbCdEfGhIjKlMnOpQrStUvWx rejected"_s
                                << u"AbCdEfGhIjKlMnOpQrStUvWx"_s;
    QTest::newRow("a Hugging Face token") << u"token hf_AbCdEfGhIjKlMnOpQrStUvWxYz is invalid"_s
                                          << u"AbCdEfGhIjKlMnOpQrStUvWxYz"_s;
    QTest::newRow("a JWT") << u"jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3"_s
                           << u"eyJzdWIiOiIxMjM0NTY3ODkwIn0"_s;
    QTest::newRow("a URL's password")
            << u"GET https://user:hunter2secret@api.example.com/v1"_s << u"hunter2secret"_s;
    QTest::newRow("a key in a query")
            << u"GET https://api.example.com/v1?key=qwertyuiop123&x=1"_s << u"qwertyuiop123"_s;
    QTest::newRow("an api_key in JSON")
            << uR"({"api_key": "plainsecretvalue"})"_s << u"plainsecretvalue"_s;
}

void TestReplyError::keyShapesNeverShow()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString redacted = Redact::secrets(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(u"[redacted]"_s), qPrintable(redacted));
}

void TestReplyError::aRedactedErrorHasNoKeyLeft()
{
    // A key of no known shape is taken out because it is the key that was sent.
    const QString key = u"weird.KEY.of-no-known-shape"_s;
    ProviderError echoed;
    echoed.message = u"the key weird.KEY.of-no-known-shape is not allowed"_s;
    const ReplyError e = ReplyError::fromProviderError(echoed).redacted({key});
    QVERIFY(!e.message.contains(key));
    QVERIFY(!e.providerMessage.contains(key));
    QVERIFY(e.message.contains(u"is not allowed"_s));
    // Ordinary words stay.
    QCOMPARE(Redact::secrets(u"max_tokens: 4096 is too many for this model"_s),
             u"max_tokens: 4096 is too many for this model"_s);
}

void TestReplyError::urlsAreShownWithoutCredentials()
{
    const QString shown = Redact::url(
            QUrl(u"https://me:secret@api.example.com/v1?api-key=abc123&api-version=2"_s));
    QVERIFY2(!shown.contains(u"secret"_s) && !shown.contains(u"abc123"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"api.example.com/v1"_s));
    QVERIFY(Endpoint::hasCredentials(u"https://me:secret@api.example.com/v1"_s));
    QVERIFY(Endpoint::hasCredentials(u"https://api.example.com/v1?key=abc"_s));
    QVERIFY(Endpoint::hasCredentials(u"https://api.example.com/v1?API-KEY=abc"_s));
    QVERIFY(!Endpoint::hasCredentials(
            u"https://x.openai.azure.com/openai?api-version=2024-06-01"_s));
    QVERIFY(!Endpoint::hasCredentials(u"https://api.openai.com/v1"_s));
    QCOMPARE(Endpoint::withoutCredentials(u"https://me:secret@api.example.com/v1?key=abc&v=1"_s),
             u"https://api.example.com/v1?v=1"_s);
    // Never sent either: the normalised base has no user info.
    QVERIFY(Endpoint::normalizeBaseUrl(u"https://me:secret@api.example.com/v1"_s)
                    .userInfo()
                    .isEmpty());
    // A profile refuses it, and a loaded one loses it.
    ProviderProfile p = ProviderProfile::fromPreset(ProviderPreset::Gateway, u"G"_s);
    p.baseUrl = u"https://me:secret@api.example.com/v1"_s;
    QVERIFY(!p.validate().isEmpty());
    QJsonObject json = p.toJson();
    const std::optional<ProviderProfile> loaded = ProviderProfile::fromJson(json, nullptr);
    QVERIFY(loaded);
    QVERIFY(!loaded->baseUrl.contains(u"secret"_s));
    QVERIFY(!QJsonDocument(loaded->toJson()).toJson().contains("secret"));
}

QTEST_GUILESS_MAIN(TestReplyError)
#include "tst_replyerror.moc"

// When to retry, and how long to wait: statuses, backoff with jitter, the server's own headers.
#include "api/retrypolicy.h"

#include <QtTest/QTest>

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statuses_data();
    void statuses();
    void backoffDoublesFromHalfASecondToEight();
    void jitterShortensByAtMostAQuarter();
    void retryAfterSeconds();
    void retryAfterMsWins();
    void retryAfterHttpDate();
    void tooLongMeansNoAutomaticRetry();
    void shouldRetryHeaderOverrides();
    void maxRetries();
};

void TestRetryPolicy::statuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retry");
    for (int s : {0, 408, 409, 429, 500, 502, 503, 504, 529})
        QTest::addRow("%d is retried", s) << s << true;
    for (int s : {400, 401, 403, 404, 413, 422})
        QTest::addRow("%d is not retried", s) << s << false;
}

void TestRetryPolicy::statuses()
{
    QFETCH(int, status);
    QFETCH(bool, retry);
    RetryFacts facts;
    facts.httpStatus = status;
    QCOMPARE(RetryPolicy::decide(RetrySettings{}, 0, facts).retry, retry);
}

void TestRetryPolicy::backoffDoublesFromHalfASecondToEight()
{
    RetrySettings settings;
    settings.maxRetries = 10;
    RetryFacts facts;
    facts.httpStatus = 503;
    const int expected[] = {500, 1000, 2000, 4000, 8000, 8000, 8000};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(RetryPolicy::decide(settings, i, facts).delayMs, expected[i]);
}

void TestRetryPolicy::jitterShortensByAtMostAQuarter()
{
    RetryFacts facts;
    facts.httpStatus = 500;
    facts.jitter = 0.999;
    const int delay = RetryPolicy::decide(RetrySettings{}, 1, facts).delayMs;
    QVERIFY(delay >= 750 && delay < 1000);
}

void TestRetryPolicy::retryAfterSeconds()
{
    RetryFacts facts;
    facts.httpStatus = 429;
    facts.retryAfter = "3";
    const RetryDecision d = RetryPolicy::decide(RetrySettings{}, 0, facts);
    QVERIFY(d.retry);
    QCOMPARE(d.delayMs, 3000);
    facts.retryAfter = "1.5";
    QCOMPARE(RetryPolicy::decide(RetrySettings{}, 0, facts).delayMs, 1500);
}

void TestRetryPolicy::retryAfterMsWins()
{
    RetryFacts facts;
    facts.httpStatus = 429;
    facts.retryAfter = "30";
    facts.retryAfterMs = "250";
    QCOMPARE(RetryPolicy::decide(RetrySettings{}, 0, facts).delayMs, 250);
}

void TestRetryPolicy::retryAfterHttpDate()
{
    RetryFacts facts;
    facts.httpStatus = 503;
    facts.now = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0), Qt::UTC);
    facts.retryAfter = "Sat, 21 Nov 2026 12:00:07 GMT";
    QCOMPARE(RetryPolicy::decide(RetrySettings{}, 0, facts).delayMs, 7000);
    facts.retryAfter = "Saturday, 21-Nov-26 12:00:04 GMT"; // RFC 850
    QCOMPARE(RetryPolicy::decide(RetrySettings{}, 0, facts).delayMs, 4000);
    facts.retryAfter = "Sat Nov 21 12:00:02 2026"; // asctime
    QCOMPARE(RetryPolicy::decide(RetrySettings{}, 0, facts).delayMs, 2000);
    facts.retryAfter = "Sat, 21 Nov 2026 11:00:00 GMT"; // in the past: now
    QCOMPARE(RetryPolicy::decide(RetrySettings{}, 0, facts).delayMs, 0);
}

void TestRetryPolicy::tooLongMeansNoAutomaticRetry()
{
    RetryFacts facts;
    facts.httpStatus = 429;
    facts.retryAfter = "61";
    const RetryDecision d = RetryPolicy::decide(RetrySettings{}, 0, facts);
    QVERIFY(!d.retry);
    QVERIFY(d.serverDelayTooLong);
    QCOMPARE(d.serverDelayMs, 61000);
    facts.retryAfter = "60";
    QVERIFY(RetryPolicy::decide(RetrySettings{}, 0, facts).retry);
}

void TestRetryPolicy::shouldRetryHeaderOverrides()
{
    RetryFacts facts;
    facts.httpStatus = 400;
    facts.shouldRetry = "true";
    QVERIFY(RetryPolicy::decide(RetrySettings{}, 0, facts).retry);
    facts.httpStatus = 503;
    facts.shouldRetry = "false";
    QVERIFY(!RetryPolicy::decide(RetrySettings{}, 0, facts).retry);
}

void TestRetryPolicy::maxRetries()
{
    RetryFacts facts;
    facts.httpStatus = 502;
    QVERIFY(RetryPolicy::decide(RetrySettings{}, 1, facts).retry);
    QVERIFY(!RetryPolicy::decide(RetrySettings{}, 2, facts).retry);
    RetrySettings none;
    none.maxRetries = 0;
    QVERIFY(!RetryPolicy::decide(none, 0, facts).retry);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

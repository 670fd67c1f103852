#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>

// When and how long to wait before trying a request again. Pure: the caller gives it the facts
// (status, the server's headers, the time, a random number) and gets a decision, so every rule is
// testable without a clock. Retries happen only before the first token of a reply; that rule lives
// with the caller, who knows what has been received.
struct RetrySettings
{
    int maxRetries = 2;
    int initialDelayMs = 500;
    int maxDelayMs = 8000;
    int maxServerDelayMs = 60000; // a longer Retry-After means: do not retry automatically
};

struct RetryFacts
{
    int httpStatus = 0; // 0: the connection failed before any response
    QByteArray retryAfterMs; // "retry-after-ms" header
    QByteArray retryAfter; // "Retry-After": seconds or an HTTP date
    QByteArray shouldRetry; // "x-should-retry": "true" or "false"
    QDateTime now;
    double jitter = 0; // a random number in [0, 1)
};

struct RetryDecision
{
    bool retry = false;
    int delayMs = 0;
    int serverDelayMs = -1; // what the server asked for, -1 when it said nothing
    bool serverDelayTooLong = false;
};

namespace RetryPolicy {

bool isRetryableStatus(int httpStatus);
// retriesSoFar: how many retries this request has had already.
RetryDecision decide(const RetrySettings &settings, int retriesSoFar, const RetryFacts &facts);
// The delay a server asked for in its headers, in ms, or -1.
int serverDelayMs(const RetryFacts &facts);

} // namespace RetryPolicy

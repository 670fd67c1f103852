#include "retrypolicy.h"

#include <QtCore/QLocale>
#include <QtCore/QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace RetryPolicy {

bool isRetryableStatus(int httpStatus)
{
    return httpStatus == 0 || httpStatus == 408 || httpStatus == 409 || httpStatus == 429
            || httpStatus >= 500;
}

static void markUtc(QDateTime &date)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    date.setTimeZone(QTimeZone::UTC);
#else
    date.setTimeSpec(Qt::UTC);
#endif
}

static QDateTime parseHttpDate(const QByteArray &text)
{
    // RFC 9110 IMF-fixdate, and the obsolete RFC 850 and asctime forms. The weekday is dropped
    // before parsing: it adds nothing, and Qt rejects a date whose weekday it computes otherwise.
    const QString value = QString::fromLatin1(text).simplified();
    const QLocale c = QLocale::c();
    QDateTime date;
    const qsizetype comma = value.indexOf(u',');
    if (comma >= 0) {
        const QString rest = value.mid(comma + 1).trimmed();
        date = c.toDateTime(rest, u"dd MMM yyyy HH:mm:ss 'GMT'"_s);
        if (!date.isValid()) {
            date = c.toDateTime(rest, u"dd-MMM-yy HH:mm:ss 'GMT'"_s);
            if (date.isValid() && date.date().year() < 1970)
                date = date.addYears(100);
        }
    } else {
        const qsizetype space = value.indexOf(u' ');
        date = c.toDateTime(value.mid(space + 1), u"MMM d HH:mm:ss yyyy"_s);
    }
    if (date.isValid())
        markUtc(date);
    return date;
}

int serverDelayMs(const RetryFacts &facts)
{
    constexpr double cap = 24.0 * 3600 * 1000; // keeps the conversion to int defined
    if (!facts.retryAfterMs.isEmpty()) {
        bool ok = false;
        const double ms = facts.retryAfterMs.trimmed().toDouble(&ok);
        if (ok && std::isfinite(ms) && ms >= 0)
            return int(std::min(ms, cap));
    }
    if (!facts.retryAfter.isEmpty()) {
        bool ok = false;
        const double seconds = facts.retryAfter.trimmed().toDouble(&ok);
        if (ok && std::isfinite(seconds) && seconds >= 0)
            return int(std::min(seconds * 1000, cap));
        const QDateTime when = parseHttpDate(facts.retryAfter);
        if (when.isValid() && facts.now.isValid())
            return int(std::clamp<qint64>(facts.now.msecsTo(when), 0, qint64(cap)));
    }
    return -1;
}

RetryDecision decide(const RetrySettings &settings, int retriesSoFar, const RetryFacts &facts)
{
    RetryDecision decision;
    decision.serverDelayMs = serverDelayMs(facts);

    bool wanted = isRetryableStatus(facts.httpStatus);
    const QByteArray override = facts.shouldRetry.trimmed().toLower();
    if (override == "true")
        wanted = true;
    else if (override == "false")
        wanted = false;
    if (!wanted || retriesSoFar >= settings.maxRetries)
        return decision;

    if (decision.serverDelayMs >= 0) {
        if (decision.serverDelayMs > settings.maxServerDelayMs) {
            decision.serverDelayTooLong = true;
            return decision;
        }
        decision.retry = true;
        decision.delayMs = decision.serverDelayMs;
        return decision;
    }
    // Exponential backoff with up to 25 % jitter, so many clients do not retry in step.
    const double exponential = settings.initialDelayMs * std::pow(2.0, retriesSoFar);
    const double capped = std::min<double>(exponential, settings.maxDelayMs);
    decision.retry = true;
    decision.delayMs = int(capped * (1.0 - 0.25 * std::clamp(facts.jitter, 0.0, 1.0)));
    return decision;
}

} // namespace RetryPolicy

// The comparison window's words about itself: the summary once every lane has ended, and the
// Markdown export (a table of each lane's metrics, then every lane's thread).
#include "chat/chatsession.h"
#include "chat/replymetrics.h"
#include "comparelane.h"
#include "comparewindow.h"
#include "settings/appsettings.h"

#include <QtCore/QDir>
#include <QtCore/QSaveFile>

using namespace Qt::Literals::StringLiterals;

// In a blind comparison before the vote, a lane is only its label.
QString CompareWindow::laneName(const CompareLane *lane) const
{
    return lane->isBlind() ? tr("Model %1").arg(lane->label()) : lane->model();
}

QString CompareWindow::summary() const
{
    struct Best
    {
        const CompareLane *lane = nullptr;
        double value = 0;
    };
    Best fastest, highest, cheapest, longest;
    int results = 0;
    for (const CompareLane *lane : std::as_const(m_lanes)) {
        if (!lane->lastResult())
            continue;
        ++results;
        const ReplyResult &r = *lane->lastResult();
        const ReplyMetrics m = ReplyMetrics::of(r, m_settings->prices());
        if (m.timeToFirstTokenMs >= 0 && (!fastest.lane || m.timeToFirstTokenMs < fastest.value))
            fastest = {lane, double(m.timeToFirstTokenMs)};
        if (m.tokensPerSecond > 0 && (!highest.lane || m.tokensPerSecond > highest.value))
            highest = {lane, m.tokensPerSecond};
        if (m.costUsd && !m_blind && (!cheapest.lane || *m.costUsd < cheapest.value))
            cheapest = {lane, *m.costUsd};
        if (!r.content.isEmpty() && (!longest.lane || double(r.content.size()) > longest.value))
            longest = {lane, double(r.content.size())};
    }
    if (results < 2)
        return {};
    auto name = [this](const CompareLane *lane) { return laneName(lane); };
    QStringList parts;
    if (fastest.lane)
        parts << tr("Fastest first token: %1 (%2 ms)").arg(name(fastest.lane)).arg(fastest.value);
    if (highest.lane)
        parts << tr("Highest rate: %1 (%2 tokens/s)")
                         .arg(name(highest.lane), QString::number(highest.value, 'f', 1));
    if (cheapest.lane)
        parts << tr("Cheapest: %1 ($%2)")
                         .arg(name(cheapest.lane), QString::number(cheapest.value, 'f', 5));
    if (longest.lane)
        parts << tr("Longest answer: %1").arg(name(longest.lane));
    return parts.join(u" · "_s);
}

QString CompareWindow::markdown() const
{
    auto cell = [](QString text) { return text.replace(u'|', u"\\|"_s).simplified(); };
    QStringList out{u"# "_s + tr("Comparison"), QString()};
    out << u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |"_s.arg(
            tr("Model"), tr("State"), tr("First token"), tr("Tokens/s"), tr("Output tokens"),
            tr("Cost"), tr("Finish"))
        << u"|---|---|---|---|---|---|---|"_s;
    for (const CompareLane *lane : std::as_const(m_lanes)) {
        const QString name = cell(laneName(lane));
        if (!lane->lastResult()) {
            out << u"| %1 | – | – | – | – | – | – |"_s.arg(name);
            continue;
        }
        const ReplyResult &r = *lane->lastResult();
        const ReplyMetrics m = ReplyMetrics::of(r, m_settings->prices());
        const QString state = r.end == EndState::Completed ? tr("completed")
                : r.end == EndState::Stopped               ? tr("stopped")
                : r.end == EndState::Incomplete            ? tr("incomplete")
                                                           : tr("failed");
        out << u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |"_s.arg(
                name, state,
                m.timeToFirstTokenMs >= 0 ? u"%1 ms"_s.arg(m.timeToFirstTokenMs) : u"–"_s,
                m.tokensPerSecond > 0 ? QString::number(m.tokensPerSecond, 'f', 1) : u"–"_s,
                m.completionTokens >= 0 ? (m.completionCounted ? u"≈"_s : QString())
                                + QString::number(m.completionTokens)
                                        : u"–"_s,
                m.costUsd && !m_blind ? u"$%1"_s.arg(QString::number(*m.costUsd, 'f', 5)) : u"–"_s,
                r.finishReason.isEmpty() ? u"–"_s : cell(r.finishReason));
    }
    for (const CompareLane *lane : std::as_const(m_lanes)) {
        out << QString() << u"## "_s + laneName(lane);
        if (!lane->replyId())
            continue;
        for (const qint64 id : m_session->tree().pathTo(lane->replyId())) {
            const StoredMessage *m = m_session->tree().find(id);
            if (!m)
                continue;
            out << QString()
                << (m->role == "user"_L1 ? u"**"_s + tr("You") + u":**"_s
                                         : u"**"_s + laneName(lane) + u":**"_s)
                << QString() << m->content;
        }
    }
    return out.join(u'\n') + u'\n';
}

QString CompareWindow::exportTo(const QString &path) const
{
    const QByteArray bytes = markdown().toUtf8();
    QSaveFile file(path); // written completely or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not export to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

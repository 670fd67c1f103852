#include "comparecommand.h"

#include "api/chatclient.h"
#include "api/proxyfactory.h"
#include "api/streamjob.h"
#include "chat/replymetrics.h"
#include "clicommon.h"
#include "demo/demoserver.h"
#include "settings/appsettings.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CompareCommand {

namespace {

constexpr int MaxLanes = 6;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("CompareCommand", text, nullptr, n);
}

struct Lane
{
    QString model;
    QString profile; // the profile's name; empty for --base-url or the demo
    ProviderConfig provider;
    StreamJob *job = nullptr;
};

QString stateName(EndState end)
{
    switch (end) {
    case EndState::Completed:
        return u"complete"_s;
    case EndState::Stopped:
        return u"stopped"_s;
    case EndState::Incomplete:
        return u"incomplete"_s;
    case EndState::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

QString stateText(EndState end)
{
    switch (end) {
    case EndState::Completed:
        return tr("complete");
    case EndState::Stopped:
        return tr("stopped");
    case EndState::Incomplete:
        return tr("incomplete");
    case EndState::Failed:
        return tr("failed");
    }
    return {};
}

QJsonObject laneJson(const Lane &lane, const ReplyResult &r, const ReplyMetrics &m)
{
    return {{u"model"_s, lane.model},
            {u"profile"_s, lane.profile},
            {u"state"_s, stateName(r.end)},
            {u"error"_s, r.error.message},
            {u"ttft_ms"_s, m.timeToFirstTokenMs},
            {u"tokens_per_second"_s, std::round(m.tokensPerSecond * 100) / 100},
            {u"prompt_tokens"_s, m.promptTokens},
            {u"completion_tokens"_s, m.completionTokens},
            {u"cost_usd"_s, m.costUsd ? QJsonValue(*m.costUsd) : QJsonValue(QJsonValue::Null)},
            {u"finish_reason"_s, r.finishReason},
            {u"text"_s, r.content}};
}

// The table: one row per lane, columns as wide as their widest cell.
QString table(const QList<Lane> &lanes, const QList<ReplyMetrics> &metrics)
{
    QList<QStringList> rows{{tr("model"), tr("state"), tr("first token"), tr("tokens/s"),
                             tr("output tokens"), tr("cost"), tr("finish")}};
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const ReplyResult &r = lanes.at(i).job->result();
        const ReplyMetrics &m = metrics.at(i);
        const QString model = lanes.at(i).profile.isEmpty()
                ? lanes.at(i).model
                : lanes.at(i).model + u'@' + lanes.at(i).profile;
        rows.append({model, stateText(r.end),
                     m.timeToFirstTokenMs >= 0 ? u"%1 ms"_s.arg(m.timeToFirstTokenMs) : u"-"_s,
                     m.tokensPerSecond > 0 ? QString::number(m.tokensPerSecond, 'f', 1) : u"-"_s,
                     m.completionTokens < 0 ? u"-"_s
                                            : (m.completionCounted ? u"≈"_s : QString())
                                     + QString::number(m.completionTokens),
                     m.costUsd ? u"$%1"_s.arg(QString::number(*m.costUsd, 'f', 5)) : u"-"_s,
                     r.finishReason.isEmpty() ? u"-"_s : r.finishReason});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells << row.at(c).leftJustified(widths.at(c));
        lines << cells.join(u"  "_s).trimmed();
    }
    return lines.join(u'\n');
}

} // namespace

int run(const QStringList &arguments, QNetworkAccessManager *manager)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Sends one prompt to several models at once and, when all have answered, shows how "
               "each did. --model M@PROFILE takes a model from another profile."));
    parser.addHelpOption();
    Cli::ProviderOptions providerOptions;
    providerOptions.addTo(parser);
    const QCommandLineOption model(u"model"_s,
                                   tr("A model to compare; give it once per lane, up to %1 times "
                                      "(MODEL or MODEL@PROFILE).")
                                           .arg(MaxLanes),
                                   u"name"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object per lane per line."));
    parser.addOption(model);
    parser.addOption(json);
    Cli::RequestOptions requestOptions;
    requestOptions.addTo(parser);
    auto usageError = [](const QString &text) {
        Cli::printError(u"parley-cli compare: "_s + text);
        return int(Cli::ExitUsage);
    };
    if (const int done = Cli::parseCommandLine(parser, arguments); done >= 0)
        return done;
    const QStringList models = parser.values(model);
    if (models.isEmpty())
        return usageError(tr("give at least one --model."));
    if (models.size() > MaxLanes)
        return usageError(tr("compare takes at most %1 models.").arg(MaxLanes));

    ChatRequest request;
    if (const QString invalid = requestOptions.apply(parser, &request); !invalid.isEmpty())
        return usageError(invalid);

    // The provider of the lanes without @PROFILE: --profile, --base-url or the demo.
    ProviderConfig provider;
    StreamSettings settings;
    std::unique_ptr<DemoServer> demo;
    if (const QString problem = providerOptions.resolve(parser, &provider, &settings, &demo);
        !problem.isEmpty()) {
        Cli::printError(u"parley-cli compare: "_s + problem);
        return providerOptions.exitCode;
    }
    if (providerOptions.proxy)
        ProxyFactory::apply(manager, *providerOptions.proxy);
    std::unique_ptr<DemoServer> laneDemo; // for lanes on the demo profile, when needed
    QList<Lane> lanes;
    for (const QString &value : models) {
        Lane lane;
        const qsizetype at = value.lastIndexOf(u'@');
        lane.model = at > 0 ? value.left(at) : value;
        lane.provider = provider;
        lane.profile = parser.isSet(providerOptions.profile) ? parser.value(providerOptions.profile)
                                                             : QString();
        if (at > 0) {
            lane.profile = value.mid(at + 1);
            Cli::ProviderOptions other;
            if (const QString problem = other.resolveProfile(lane.profile, &lane.provider);
                !problem.isEmpty()) {
                Cli::printError(u"parley-cli compare: "_s + problem);
                return other.exitCode;
            }
            if (other.demoProfile) {
                if (demo) {
                    lane.provider = provider;
                } else {
                    if (!laneDemo) {
                        laneDemo = std::make_unique<DemoServer>();
                        if (!laneDemo->listen())
                            return usageError(laneDemo->errorString());
                    }
                    lane.provider = ProviderConfig();
                    lane.provider.baseUrl = laneDemo->baseUrl();
                    lane.provider.id = u"demo"_s;
                }
            } else if (lane.provider.keyWouldTravelInClear()) {
                // The same rule as for --profile: a key over plain http only when allowed.
                if (!parser.isSet(providerOptions.allowInsecureHttp))
                    return usageError(tr("refused: the key of %1 would go over plain http:// to "
                                         "%2. Use https://, or pass --allow-insecure-http.")
                                              .arg(lane.profile, lane.provider.baseUrl.host()));
                lane.provider.keyInClearAllowed = true;
            }
            if (lane.model.isEmpty())
                lane.model = other.defaultModel;
            if (other.proxy && !providerOptions.proxy)
                ProxyFactory::apply(manager, *other.proxy);
        }
        if (lane.model.isEmpty())
            return usageError(tr("--model needs a name before the @."));
        lanes.append(lane);
    }

    AppSettings appSettings;
    appSettings.load();
    const QList<ModelPrice> prices = appSettings.prices();

    // Every lane at once; the client queues what a provider or host has no room for.
    ChatClient client(manager);
    int running = 0;
    std::vector<std::unique_ptr<StreamJob>> owners;
    for (Lane &lane : lanes) {
        ChatRequest laneRequest = request;
        laneRequest.model = lane.model;
        lane.job = client.startChat(lane.provider, laneRequest, settings, nullptr);
        owners.emplace_back(lane.job);
        ++running;
        QObject::connect(lane.job, &StreamJob::finished, lane.job, [&running] {
            if (--running == 0)
                QCoreApplication::quit();
        });
    }
    Cli::onInterrupt([&lanes] {
        for (const Lane &lane : lanes)
            lane.job->cancel();
    });
    QCoreApplication::exec();

    QList<ReplyMetrics> metrics;
    bool allCompleted = true;
    for (const Lane &lane : lanes) {
        metrics.append(ReplyMetrics::of(lane.job->result(), prices));
        allCompleted = allCompleted && lane.job->result().end == EndState::Completed;
    }
    if (parser.isSet(json)) {
        for (qsizetype i = 0; i < lanes.size(); ++i) {
            const QByteArray line =
                    QJsonDocument(laneJson(lanes.at(i), lanes.at(i).job->result(), metrics.at(i)))
                            .toJson(QJsonDocument::Compact);
            Cli::writeOut(line.toStdString() + '\n');
        }
    } else {
        for (const Lane &lane : lanes) {
            const ReplyResult &r = lane.job->result();
            Cli::printOut(u"== %1 =="_s.arg(
                    lane.profile.isEmpty() ? lane.model : lane.model + u'@' + lane.profile));
            if (!r.content.isEmpty())
                Cli::printOut(r.content.endsWith(u'\n') ? r.content.chopped(1) : r.content);
            if (r.error.isError())
                Cli::printOut(tr("(%1: %2)").arg(stateText(r.end), r.error.message));
            Cli::printOut(QString());
        }
        Cli::printOut(table(lanes, metrics));
    }
    return allCompleted ? int(Cli::ExitOk) : int(Cli::ExitNotAllCompleted);
}

} // namespace CompareCommand

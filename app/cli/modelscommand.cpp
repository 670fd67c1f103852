#include "modelscommand.h"

#include "api/chatclient.h"
#include "api/endpoint.h"
#include "api/modelsjob.h"
#include "api/proxyfactory.h"
#include "api/redact.h"
#include "clicommon.h"
#include "demo/demoserver.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace ModelsCommand {

int run(const QStringList &arguments, QNetworkAccessManager *manager)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ModelsCommand", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Lists the models of a provider (GET {base}/models), one id "
               "per line. Without --base-url, the demo provider's."));
    parser.addHelpOption();
    Cli::ProviderOptions providerOptions;
    providerOptions.addTo(parser);
    if (const int done = Cli::parseCommandLine(parser, arguments); done >= 0)
        return done;
    ProviderConfig provider;
    StreamSettings settings;
    std::unique_ptr<DemoServer> demo;
    const QString problem = providerOptions.resolve(parser, &provider, &settings, &demo);
    if (!problem.isEmpty()) {
        Cli::printError(u"parley-cli models: "_s + problem);
        return providerOptions.exitCode;
    }
    if (providerOptions.proxy)
        ProxyFactory::apply(manager, *providerOptions.proxy);

    ChatClient client(manager);
    std::unique_ptr<ModelsJob> job(client.listModels(provider, settings, nullptr));
    QObject::connect(job.get(), &ModelsJob::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    Cli::onInterrupt([&job] { job->cancel(); });
    QCoreApplication::exec();

    const ModelsJob::Result &result = job->result();
    if (result.error.isError()) {
        Cli::printError(result.error.message);
        return Cli::exitCodeFor(result.error);
    }
    if (result.fromManualList) {
        Cli::printError(tr("This provider has no model list at %1; type the model name yourself.")
                                .arg(Redact::url(Endpoint::modelsUrl(provider.baseUrl))));
        return Cli::ExitHttpError;
    }
    for (const QString &id : result.models)
        Cli::printOut(id);
    return Cli::ExitOk;
}

} // namespace ModelsCommand

#include "providerselection.h"

#include "profileswitcher.h"
#include "settings/appsettings.h"
#include "settings/providermodels.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

using namespace Qt::Literals::StringLiterals;

ProviderSelection::ProviderSelection(AppSettings *settings, SecretStore *secrets,
                                     ChatClient *client, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_switcher(new ProfileSwitcher(settings, secrets, client, window))
    , m_modelSource(new ProviderModels(client, settings, this))
{
    const ProviderProfile demo = m_settings->profiles().first();
    m_profileId = demo.id;
    m_provider = demo.toConfig({});
    // The models known without asking (the demo's, a profile's own list) are there at once;
    // the provider's /models list replaces them when it arrives.
    m_modelSource->setProvider(m_provider);
    // The profile in use last time: until its key is read, a prompt waits for it (a prompt
    // given now must not go to the demo provider shown for the first paint).
    if (const QString active = m_settings->activeProfileId();
        active != m_profileId && m_settings->profile(active))
        m_startProfileId = active;
    connect(m_modelSource, &ProviderModels::listed, this, &ProviderSelection::modelsListed);
    connect(m_switcher, &ProfileSwitcher::switched, this, &ProviderSelection::useProfile);
    connect(m_switcher, &ProfileSwitcher::abandoned, this, &ProviderSelection::abandonProfile);
    connect(m_switcher, &ProfileSwitcher::problem, this, &ProviderSelection::banner);
}

void ProviderSelection::begin()
{
    refreshProfiles();
    if (isSwitching())
        showPendingModels(); // the profile of last time, whose key is read after the first paint
    else
        showModels(QString());
    updateStatus();
    QTimer::singleShot(0, this, [this] { // after the first paint
        if (!m_startProfileId.isEmpty())
            selectProfile(std::exchange(m_startProfileId, QString()));
        else
            m_modelSource->refresh();
    });
}

void ProviderSelection::refreshProfiles()
{
    const QString pending = pendingProfileId();
    Q_EMIT profilesChanged(m_settings->profiles(), pending.isEmpty() ? m_profileId : pending);
}

QString ProviderSelection::pendingProfileId() const
{
    return m_startProfileId.isEmpty() ? m_switcher->pendingId() : m_startProfileId;
}

// Switching provider: until the new profile is ready, a prompt waits for it and never goes to the
// one used before.
void ProviderSelection::selectProfile(const QString &id)
{
    if (!m_settings->profile(id))
        return;
    if (!isSwitching())
        m_modelBeforeSwitch = m_currentModel;
    m_switcher->select(id);
    refreshProfiles();
    if (isSwitching())
        showPendingModels();
    updateStatus();
}

void ProviderSelection::useProfile(const ProviderAccess::Result &result)
{
    m_profileId = result.profile.id;
    m_profileInUse = result.profile.toJson();
    refreshProfiles();
    Q_EMIT banner({});
    useProvider(result.config);
}

// The profile asked for cannot be used: the one in use stays, and a waiting prompt goes back.
void ProviderSelection::abandonProfile(const QString &reason)
{
    refreshProfiles();
    showModels(m_modelBeforeSwitch);
    updateStatus();
    Q_EMIT banner(reason);
    Q_EMIT unusable(reason);
}

void ProviderSelection::useProvider(const ProviderConfig &config)
{
    m_provider = config;
    m_provider.maxConcurrentStreams =
            qMin(config.maxConcurrentStreams, m_settings->preferences().maxConcurrentStreams);
    Q_EMIT providerChanged(m_provider);
    m_modelSource->setProvider(m_provider, m_requestedModel);
    // A model picked from the profile's models while its key was read stays picked.
    showModels(m_showingPending ? m_currentModel : QString());
    updateStatus();
    m_modelSource->refresh();
    Q_EMIT ready();
}

void ProviderSelection::settingsApplied(const QStringList &changedSecrets,
                                        const QStringList &removedProfiles)
{
    refreshProfiles();
    const std::optional<ProviderProfile> inUse = m_settings->profile(m_profileId);
    if (removedProfiles.contains(m_profileId) || !inUse) {
        selectProfile(u"demo"_s);
        return;
    }
    if (m_settings->activeProfileId() != m_profileId) {
        selectProfile(m_settings->activeProfileId());
        return;
    }
    if (inUse->toJson() != m_profileInUse || changedSecrets.contains(inUse->secretName()))
        selectProfile(m_profileId);
}

// The provider answered with its models (or an error): the picker shows them, and a prompt that
// waited for a model goes now, or back with the reason.
void ProviderSelection::modelsListed()
{
    if (const std::optional<ProviderProfile> profile = m_settings->profile(m_profileId))
        m_profileInUse = profile->toJson(); // its fetched models were kept: not a user's change
    if (isSwitching())
        return; // the picker shows the profile being made ready; a waiting prompt waits for it
    showModels(m_currentModel);
    updateStatus();
    if (m_currentModel.isEmpty()) {
        // Nothing to send to: the waiting prompt goes back with the reason instead of waiting on.
        Q_EMIT unusable(!m_modelSource->error().isEmpty()
                                ? m_modelSource->error()
                                : tr("The provider lists no models. Add one by hand in "
                                     "Settings, Providers."));
        return;
    }
    Q_EMIT ready();
}

void ProviderSelection::selectModel(const QString &model)
{
    if (model.isEmpty())
        return;
    m_requestedModel = model;
    if (isSwitching()) {
        showPendingModels(); // and applied when the profile is ready
        return;
    }
    if (!m_models.contains(model)) {
        m_modelSource->setSessionModel(model);
        Q_EMIT note(tr("%1 is not one of this provider's models; it is used for this session.")
                            .arg(model));
    }
    showModels(model);
}

// The picker: see ModelChoice for the order; what is shown is what is sent.
void ProviderSelection::showModels(const QString &current)
{
    const ModelChoice choice =
            m_modelSource->choose(std::exchange(m_requestedModel, QString()), current);
    m_models = choice.models;
    m_currentModel = choice.chosen;
    m_showingPending = false;
    Q_EMIT modelsChanged(choice);
}

// While a profile is made ready, the picker shows its models (those known without asking it), so
// what is on screen is where a waiting prompt goes; the one still in use comes back if it fails.
void ProviderSelection::showPendingModels()
{
    ModelChoice::Input input;
    input.profile = m_settings->profile(pendingProfileId());
    input.requested = m_requestedModel;
    const ModelChoice choice = ModelChoice::make(input);
    m_models = choice.models;
    m_currentModel = choice.chosen;
    m_showingPending = true;
    Q_EMIT modelsChanged(choice);
}

void ProviderSelection::updateStatus()
{
    const QString name =
            m_provider.id == "demo"_L1 ? tr("Built-in demo provider") : m_provider.baseUrl.host();
    QString status;
    // While another profile is being made ready, the one still in use is not what the user
    // picked: say what is happening instead.
    if (isSwitching())
        status = tr("%1: reading its key…").arg(pendingProfileName());
    else if (!m_modelSource->isLoaded())
        status = tr("%1: connecting…").arg(name);
    else if (!m_modelSource->error().isEmpty())
        status = tr("%1: %2").arg(name, m_modelSource->error());
    else
        status = tr("%1: %n model(s)", nullptr, int(m_models.size())).arg(name);
    Q_EMIT statusChanged(status, m_models.join(u'\n'));
}

// A local server started after Parley, or a network that came back: the status line and the
// picker stop saying the provider cannot be reached once a reply shows it can.
void ProviderSelection::providerAnswered()
{
    if (!isSwitching() && m_modelSource->isLoaded() && m_modelSource->unreachable())
        m_modelSource->refresh();
}

QString ProviderSelection::waitingReason() const
{
    if (isSwitching())
        return tr("Your message waits until %1 is ready (reading its key). Esc takes it back.")
                .arg(pendingProfileName());
    return tr("Your message waits until the provider's models are known. Esc takes it back.");
}

QString ProviderSelection::pendingProfileName() const
{
    const QString pending = pendingProfileId();
    const std::optional<ProviderProfile> profile = m_settings->profile(pending);
    return profile ? profile->name : pending;
}

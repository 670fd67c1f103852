#pragma once

#include "api/providerconfig.h"
#include "settings/modelchoice.h"
#include "settings/provideraccess.h"

#include <QtCore/QJsonObject>
#include <QtCore/QObject>

class AppSettings;
class ChatClient;
class ProfileSwitcher;
class ProviderModels;
class SecretStore;
class QWidget;

// What the main window sends to: the profile in use and the one being made ready, the provider
// it resolves to, and its models. It starts on the built-in demo for the first paint and moves to
// the profile of last time at once (begin()); while a profile is being made ready, isSwitching()
// says so, and a prompt must wait (ready() or unusable() tells when it may go, or why not).
class ProviderSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSelection)

public:
    ProviderSelection(AppSettings *settings, SecretStore *secrets, ChatClient *client,
                      QWidget *window);

    // Shows the demo's models now; after the first paint, the profile of last time follows.
    void begin();
    void selectProfile(const QString &id);
    // Any model: one of the profile's, or another used for this session only (said in note()).
    void selectModel(const QString &model);
    void setCurrentModel(const QString &model) { m_currentModel = model; }
    // After the settings dialog applied: the provider in use is switched or rebuilt when it, or
    // its key, changed.
    void settingsApplied(const QStringList &changedSecrets, const QStringList &removedProfiles);

    QString profileId() const { return m_profileId; }
    QString pendingProfileId() const; // being made ready (its key read, or asked for)
    bool isSwitching() const { return !pendingProfileId().isEmpty(); }
    const ProviderConfig &provider() const { return m_provider; }
    QStringList models() const { return m_models; }
    QString waitingReason() const; // why a prompt waits, when it does
    // A reply came from the provider in use: a models list that could not reach it is asked again.
    void providerAnswered();

Q_SIGNALS:
    void profilesChanged(const QList<ProviderProfile> &profiles, const QString &current);
    void providerChanged(const ProviderConfig &provider);
    void modelsChanged(const ModelChoice &choice);
    void statusChanged(const QString &text, const QString &models);
    void banner(const QString &text); // empty: none
    void note(const QString &text); // for the status bar
    void ready(); // a waiting prompt may go now
    void unusable(const QString &reason); // a waiting prompt cannot go, and why

private:
    QString pendingProfileName() const; // pendingProfileId()'s profile, by name
    void refreshProfiles();
    void useProfile(const ProviderAccess::Result &result);
    void abandonProfile(const QString &reason);
    void useProvider(const ProviderConfig &config);
    void modelsListed();
    void showModels(const QString &current);
    void showPendingModels();
    void updateStatus();

    AppSettings *m_settings;
    ProfileSwitcher *m_switcher;
    ProviderModels *m_modelSource;
    ProviderConfig m_provider;
    QString m_profileId;
    QString m_startProfileId; // the profile of last time, until begin()
    QJsonObject m_profileInUse; // the profile as it was when selected
    QStringList m_models; // in the picker
    QString m_currentModel; // shown in the picker
    QString m_modelBeforeSwitch; // in use when a switch began: shown again if it fails
    bool m_showingPending = false; // the picker shows the models of the profile being made ready
    QString m_requestedModel; // a --model to select once the profile is ready
};

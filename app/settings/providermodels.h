#pragma once

#include "api/providerconfig.h"
#include "modelchoice.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

class AppSettings;
class ChatClient;
class ModelsJob;

// The models of the provider in use: its profile's own lists at once, the provider's /models
// list when it answers (kept in the profile, so the models are there offline too), and a model
// used for this session only. The window's picker and each comparison lane read choose().
class ProviderModels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderModels)

public:
    ProviderModels(ChatClient *client, AppSettings *settings, QObject *parent = nullptr);

    // A new provider: its lists start again; requested is a --model to use with it.
    void setProvider(const ProviderConfig &provider, const QString &requested = {});
    const ProviderConfig &provider() const { return m_provider; }
    void refresh(); // asks the provider's /models; listed() follows
    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }
    // The last /models did not reach the provider (no connection, a timeout): worth asking again.
    bool unreachable() const { return m_unreachable; }
    // A model the profile does not have, used for this session only.
    void setSessionModel(const QString &model) { m_sessionModel = model; }
    ModelChoice choose(const QString &requested, const QString &current) const;

Q_SIGNALS:
    void listed(); // the provider answered (isLoaded(), and error() when it failed)

private:
    void answered(ModelsJob *job);

    ChatClient *m_client;
    AppSettings *m_settings;
    ProviderConfig m_provider;
    QPointer<ModelsJob> m_job;
    QStringList m_listed; // what the provider's /models said
    QString m_sessionModel;
    bool m_loaded = false;
    bool m_unreachable = false;
    QString m_error;
};

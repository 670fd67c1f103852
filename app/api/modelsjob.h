#pragma once

#include "providerconfig.h"
#include "replyerror.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// GET {base}/models: the provider's model ids, sorted. Tolerant of missing fields and of other
// list shapes; a provider without the endpoint (404, 405, 501, or no JSON list) gives the
// provider's manual list instead, marked as such. Emits finished() once.
class ModelsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsJob)

public:
    struct Result
    {
        QStringList models;
        bool fromManualList = false;
        ReplyError error; // set when the request failed (the manual list is still given)
    };

    ModelsJob(QNetworkAccessManager *manager, const ProviderConfig &provider,
              const StreamSettings &settings, QObject *parent = nullptr);
    ~ModelsJob() override;

    void start();
    void cancel();
    const Result &result() const { return m_result; }
    bool isFinished() const { return m_done; }

    // The ids in a /models body: {"data":[{"id":...}]}, {"models":[{"name"|"id":...}]}, or a
    // plain array of ids or objects. Returns false when the body is not such a list.
    static bool parseModelList(QByteArrayView body, QStringList *models);

Q_SIGNALS:
    void finished(const ModelsJob::Result &result);

private:
    void onFinished();
    void finishWith(ReplyError error, bool useManual);

    QNetworkAccessManager *m_manager;
    ProviderConfig m_provider;
    StreamSettings m_settings;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    Result m_result;
    bool m_done = false;
};

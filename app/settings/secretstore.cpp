#include "secretstore.h"

#include "api/redact.h"

#include <qt6keychain/keychain.h>

#include <algorithm>

namespace {

SecretStore::Result resultOf(QKeychain::Job *job, const QString &secret)
{
    SecretStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        result.secret = secret;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        break;
    default:
        // No session bus, a locked or missing service ... (QtKeychain says OtherError, 7, when
        // there is no bus): all the same to the user: the keychain is not available.
        result.status = SecretStore::Status::Unavailable;
        result.error = Redact::secrets(job->errorString(), {secret});
        break;
    }
    return result;
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &name, QObject *context, Callback done)
{
    if (hasPendingChange(name)) {
        m_queue.enqueue({Operation::Read, name, QString(), context, std::move(done)});
        return;
    }
    startRead(name, context, std::move(done));
}

bool SecretStore::hasPendingChange(const QString &name) const
{
    if (m_busy && m_running == name)
        return true;
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [&name](const Operation &op) { return op.name == name; });
}

void SecretStore::startRead(const QString &name, QPointer<QObject> context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    QPointer<QObject> guard = context;
    connect(job, &QKeychain::Job::finished, this,
            [guard, done = std::move(done)](QKeychain::Job *j) {
                if (!guard)
                    return;
                // From the event loop, not from inside the keychain job's signal: a callback
                // may start network requests or open dialogs.
                const Result result =
                        resultOf(j, static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
                QMetaObject::invokeMethod(
                        guard,
                        [guard, done, result] {
                            if (guard)
                                done(result);
                        },
                        Qt::QueuedConnection);
            });
    job->start();
}

void SecretStore::write(const QString &name, const QString &secret, QObject *context, Callback done)
{
    m_queue.enqueue({Operation::Write, name, secret, context, std::move(done)});
    runNext();
}

void SecretStore::remove(const QString &name, QObject *context, Callback done)
{
    m_session.remove(name);
    m_queue.enqueue({Operation::Remove, name, QString(), context, std::move(done)});
    runNext();
}

void SecretStore::setSessionSecret(const QString &name, const QString &secret)
{
    m_session.insert(name, secret);
}

void SecretStore::runNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    Operation op = m_queue.dequeue();
    if (op.kind == Operation::Read) {
        // Its writes are done: it runs now, and the next operation does not wait for it.
        if (op.context)
            startRead(op.name, op.context, std::move(op.done));
        runNext();
        return;
    }
    m_busy = true;
    m_running = op.name;
    QKeychain::Job *job = nullptr;
    if (op.kind == Operation::Write) {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(op.secret);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(m_service, this);
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(op.name);
    connect(job, &QKeychain::Job::finished, this, [this, op](QKeychain::Job *j) {
        Result result = resultOf(j, op.secret);
        result.secret.clear(); // a write or remove hands no secret back
        if (op.kind == Operation::Remove && result.status == Status::NotFound)
            result.status = Status::Ok; // nothing to remove is removed
        m_busy = false;
        m_running.clear();
        if (op.context && op.done)
            op.done(result);
        runNext();
    });
    job->start();
}

#pragma once

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QQueue>

#include <functional>

// API keys in the operating system's keychain (Secret Service or KWallet on Linux, Keychain on
// macOS, Credential Manager on Windows) through QtKeychain: asynchronous, never a nested event
// loop, writes and deletes one at a time in order, and never a plaintext fallback. "No keychain
// available" (any error but EntryNotFound) is told apart from "no key stored"; for the first case
// a key can be kept for this session only, in memory.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status {
        Ok, // read: found; write and remove: done
        NotFound, // nothing stored under that name (remove treats this as done)
        Unavailable, // no keychain answers: no session bus, locked or missing service
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read only
        QString error; // for Unavailable: what the keychain said, never containing a secret
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(const QString &service = QStringLiteral("Parley"),
                         QObject *parent = nullptr);
    ~SecretStore() override;

    // Each callback runs later, from the event loop, unless context is gone by then. A read of an
    // entry waits for the writes and removes of that entry queued before it, so it never answers
    // with a key that is being replaced.
    void read(const QString &name, QObject *context, Callback done);
    void write(const QString &name, const QString &secret, QObject *context, Callback done);
    void remove(const QString &name, QObject *context, Callback done);

    // Keys for this session only (when no keychain is available): in memory, never written.
    void setSessionSecret(const QString &name, const QString &secret);
    QString sessionSecret(const QString &name) const { return m_session.value(name); }
    void clearSessionSecret(const QString &name) { m_session.remove(name); }

private:
    struct Operation
    {
        enum Kind {
            Write,
            Remove,
            Read, // queued only behind a write or remove of the same entry
        } kind;
        QString name;
        QString secret;
        QPointer<QObject> context;
        Callback done;
    };
    void runNext();
    void startRead(const QString &name, QPointer<QObject> context, Callback done);
    bool hasPendingChange(const QString &name) const;

    QString m_service;
    QQueue<Operation> m_queue; // writes and removes, one at a time
    bool m_busy = false;
    QString m_running; // the entry the running write or remove is about
    QHash<QString, QString> m_session;
};

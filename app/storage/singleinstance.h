#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtNetwork/QLocalServer>

// One Parley per history: a second start hands its arguments to the running one over a local
// socket (named after the history file, so separate histories can run side by side) and quits,
// instead of both writing the same database.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    // True when another instance took the message: this one should quit.
    bool handOver(const QStringList &arguments);
    // Becomes the instance that others hand over to.
    bool listen();
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void activated(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer m_server;
};

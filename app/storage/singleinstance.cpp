#include "singleinstance.h"

#include <QtCore/QCryptographicHash>
#include <QtNetwork/QLocalSocket>

using namespace Qt::Literals::StringLiterals;

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    const QByteArray hash =
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_name = u"parley-"_s + QString::fromLatin1(hash);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                const QByteArray data = socket->readAll();
                QStringList arguments;
                for (const QByteArray &part : data.split('\0'))
                    if (!part.isEmpty())
                        arguments.append(QString::fromUtf8(part));
                socket->write("ok");
                socket->flush();
                Q_EMIT activated(arguments);
            });
        }
    });
}

bool SingleInstance::handOver(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(500))
        return false;
    QByteArray data;
    for (const QString &argument : arguments)
        data += argument.toUtf8() + '\0';
    data += '\0';
    socket.write(data);
    // A short, bounded wait at start-up, before any window exists.
    return socket.waitForBytesWritten(1000) && socket.waitForReadyRead(2000)
            && socket.readAll() == "ok";
}

bool SingleInstance::listen()
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_name))
        return true;
    QLocalServer::removeServer(m_name); // a stale socket from a crash
    return m_server.listen(m_name);
}

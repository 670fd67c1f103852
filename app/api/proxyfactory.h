#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtNetwork/QNetworkProxyFactory>

class QNetworkAccessManager;

// How requests reach the network: the system's proxy settings, no proxy, or a manual HTTP or
// SOCKS5 proxy with optional credentials. Hosts on the bypass list always go direct.
struct ProxySettings
{
    enum class Mode {
        System,
        None,
        Http,
        Socks5,
    };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // from the keychain, held in memory only
    QStringList bypass; // see ProxyFactory::bypasses()

    static Mode modeFromString(const QString &mode); // "system", "none", "http", "socks5"
    // Splits a bypass list as typed: commas, semicolons, spaces or new lines between entries.
    static QStringList parseBypass(const QString &text);
    // What is wrong with an entry of the bypass list; empty when it is fine.
    static QString checkBypassEntry(const QString &entry);
};

// A proxy factory for one QNetworkAccessManager (Qt's global setting would also change every
// other manager). Qt asks it for each connection, so a change applies to the next request.
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(ProxySettings settings);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Whether a host is on the list. Entries are host names ("localhost", matched without regard
    // to case), domain suffixes ("*.corp.example" or ".corp.example", which also match
    // "corp.example"), IP addresses and subnets ("10.0.0.0/8", "fd00::/8"), and "<local>" for
    // names without a dot.
    static bool bypasses(const QStringList &list, const QString &host);

    // Installs the settings on a manager for the requests made from now on; replies in flight
    // finish on their connections, and the calling thread never waits.
    static void apply(QNetworkAccessManager *manager, const ProxySettings &settings);

private:
    ProxySettings m_settings;
};

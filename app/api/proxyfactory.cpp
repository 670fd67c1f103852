#include "proxyfactory.h"

#include <QtCore/QRegularExpression>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

ProxySettings::Mode ProxySettings::modeFromString(const QString &mode)
{
    if (mode == "none"_L1)
        return Mode::None;
    if (mode == "http"_L1)
        return Mode::Http;
    if (mode == "socks5"_L1)
        return Mode::Socks5;
    return Mode::System;
}

QStringList ProxySettings::parseBypass(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString ProxySettings::checkBypassEntry(const QString &entry)
{
    if (entry == "<local>"_L1)
        return {};
    if (entry.contains(u'/')) {
        const auto subnet = QHostAddress::parseSubnet(entry);
        return subnet.first.isNull() ? u"not a subnet"_s : QString();
    }
    static const QRegularExpression host(u"^(\\*?\\.)?[A-Za-z0-9_\\-.:\\[\\]]+$"_s);
    return host.match(entry).hasMatch() ? QString() : u"not a host name"_s;
}

ProxyFactory::ProxyFactory(ProxySettings settings)
    : m_settings(std::move(settings))
{ }

bool ProxyFactory::bypasses(const QStringList &list, const QString &rawHost)
{
    QString host = rawHost.toLower();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    for (const QString &rawEntry : list) {
        const QString entry = rawEntry.toLower();
        if (entry == "<local>"_L1) {
            if (address.isNull() && !host.contains(u'.'))
                return true;
        } else if (entry.contains(u'/')) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (!address.isNull() && !subnet.first.isNull()
                && address.isInSubnet(subnet.first, subnet.second))
                return true;
        } else if (entry.startsWith("*."_L1) || entry.startsWith(u'.')) {
            const QString domain = entry.mid(entry.indexOf(u'.') + 1);
            if (host == domain || host.endsWith(u'.' + domain))
                return true;
        } else {
            const QHostAddress entryAddress(entry.startsWith(u'[') ? entry.mid(1).chopped(1)
                                                                   : entry);
            if (!entryAddress.isNull() && !address.isNull() ? entryAddress.isEqual(address)
                                                            : entry == host)
                return true;
        }
    }
    return false;
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (m_settings.mode == ProxySettings::Mode::None
        || bypasses(m_settings.bypass, query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    switch (m_settings.mode) {
    case ProxySettings::Mode::Http:
    case ProxySettings::Mode::Socks5: {
        QNetworkProxy proxy(m_settings.mode == ProxySettings::Mode::Http
                                    ? QNetworkProxy::HttpProxy
                                    : QNetworkProxy::Socks5Proxy,
                            m_settings.host, m_settings.port, m_settings.user, m_settings.password);
        return {proxy};
    }
    case ProxySettings::Mode::System:
    case ProxySettings::Mode::None:
        break;
    }
    return systemProxyForQuery(query);
}

void ProxyFactory::apply(QNetworkAccessManager *manager, const ProxySettings &settings)
{
    // The manager owns the factory and asks it for every new request. Qt keys its kept-alive
    // connections by proxy, so a request made after this never rides a connection of the old
    // proxy, while replies in flight finish where they are. No clearConnectionCache(): it waits
    // on the network thread from this one and cuts the streams in flight.
    manager->setProxyFactory(new ProxyFactory(settings));
}

#pragma once

#include "settings/appsettings.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

// What the settings dialog edits: a copy of the settings, plus the secrets to store or remove,
// all applied together by Apply or OK and dropped by Cancel.
struct SettingsDraft
{
    QList<ProviderProfile> profiles;
    QString activeProfileId;
    QList<ModelPrice> prices;
    Preferences preferences;
    QHash<QString, QString> secretWrites; // keychain name -> secret
    QSet<QString> secretRemovals; // keychain names

    ProviderProfile *profile(const QString &id)
    {
        for (ProviderProfile &p : profiles)
            if (p.id == id)
                return &p;
        return nullptr;
    }
    void writeSecret(const QString &name, const QString &secret)
    {
        secretRemovals.remove(name);
        secretWrites.insert(name, secret);
    }
    void removeSecret(const QString &name)
    {
        secretWrites.remove(name);
        secretRemovals.insert(name);
    }
};

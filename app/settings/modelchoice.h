#pragma once

#include "providerprofile.h"

#include <QtCore/QStringList>

#include <optional>

// The models a picker offers for a profile, and which one it shows: the profile's default
// first, then what the provider lists, then the models kept in the profile (fetched before, or
// added by hand), then a model used for this session only, each once. A default that the
// provider's list leaves out is marked unlisted; models added by hand are expected to be.
struct ModelChoice
{
    QStringList models;
    QStringList unlisted;
    QString chosen;

    struct Input
    {
        std::optional<ProviderProfile> profile;
        QStringList fallbackModels; // with no profile (the provider's own manual list)
        QStringList listed; // what the provider's /models said
        bool listLoaded = false;
        QString sessionModel; // a --model the profile does not have
        QString requested; // asked for (--model, or a lane): chosen if given
        QString current; // shown now: kept when still offered
    };
    static ModelChoice make(const Input &input);
};

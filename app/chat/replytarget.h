#pragma once

#include "api/providerconfig.h"

#include <optional>

// Where one reply goes and how it is asked for: the provider (its key, proxy and limits
// resolved), the model, the system prompt and the sampling. It belongs to the reply, so the
// replies to one message can go to different models (a comparison) and a change in the window
// never redirects a reply already on its way.
struct ReplyTarget
{
    ProviderConfig provider;
    QString model;
    QString systemPrompt;
    std::optional<double> temperature; // unset ones are left out of the request
    std::optional<double> topP;
    std::optional<int> maxTokens;
    StreamSettings settings;
};

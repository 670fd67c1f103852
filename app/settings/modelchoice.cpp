#include "modelchoice.h"

ModelChoice ModelChoice::make(const Input &in)
{
    ModelChoice choice;
    auto add = [&choice](const QString &model) {
        if (!model.isEmpty() && !choice.models.contains(model))
            choice.models.append(model);
    };
    if (in.profile)
        add(in.profile->defaultModel);
    for (const QString &model : in.listed)
        add(model);
    if (in.profile) {
        for (const QString &model : in.profile->fetchedModels)
            add(model);
        for (const QString &model : in.profile->manualModels)
            add(model);
    } else {
        for (const QString &model : in.fallbackModels)
            add(model);
    }
    add(in.sessionModel);
    if (in.listLoaded && !in.listed.isEmpty() && in.profile && !in.profile->defaultModel.isEmpty()
        && !in.listed.contains(in.profile->defaultModel))
        choice.unlisted.append(in.profile->defaultModel);
    if (!in.requested.isEmpty())
        choice.chosen = in.requested;
    else if (choice.models.contains(in.current))
        choice.chosen = in.current;
    else if (in.profile && !in.profile->defaultModel.isEmpty())
        choice.chosen = in.profile->defaultModel;
    else
        choice.chosen = choice.models.value(0);
    return choice;
}

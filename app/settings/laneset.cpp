#include "laneset.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaxLanes = 6;

} // namespace

QJsonObject LaneSpec::toJson() const
{
    QJsonObject json{{u"profile"_s, profileId}, {u"model"_s, model}};
    if (temperature)
        json.insert(u"temperature"_s, *temperature);
    if (topP)
        json.insert(u"topP"_s, *topP);
    if (maxTokens)
        json.insert(u"maxTokens"_s, *maxTokens);
    if (systemPrompt)
        json.insert(u"systemPrompt"_s, *systemPrompt);
    return json;
}

std::optional<LaneSpec> LaneSpec::fromJson(const QJsonObject &json)
{
    LaneSpec spec;
    spec.profileId = json.value("profile"_L1).toString();
    spec.model = json.value("model"_L1).toString().trimmed();
    if (spec.profileId.isEmpty() || spec.model.isEmpty())
        return std::nullopt;
    // A value out of range is a hand-edited file: the lane is skipped rather than sent wrong.
    auto number = [&](const char *key, double low, double high, auto *into) {
        const QJsonValue v = json.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high)
            return false;
        *into = static_cast<typename std::remove_pointer_t<decltype(into)>::value_type>(
                v.toDouble());
        return true;
    };
    if (!number("temperature", 0, 2, &spec.temperature) || !number("topP", 0, 1, &spec.topP)
        || !number("maxTokens", 1, 10'000'000, &spec.maxTokens))
        return std::nullopt;
    const QJsonValue system = json.value("systemPrompt"_L1);
    if (system.isString())
        spec.systemPrompt = system.toString();
    else if (!system.isUndefined() && !system.isNull())
        return std::nullopt;
    return spec;
}

QJsonObject LaneSet::toJson() const
{
    QJsonArray array;
    for (const LaneSpec &lane : lanes)
        array.append(lane.toJson());
    return {{u"name"_s, name}, {u"lanes"_s, array}};
}

std::optional<LaneSet> LaneSet::fromJson(const QJsonObject &json)
{
    LaneSet set;
    set.name = cleanName(json.value("name"_L1).toString());
    const QJsonArray lanes = json.value("lanes"_L1).toArray();
    if (set.name.isEmpty() || lanes.isEmpty() || lanes.size() > MaxLanes)
        return std::nullopt;
    for (const QJsonValue &v : lanes) {
        const std::optional<LaneSpec> lane = LaneSpec::fromJson(v.toObject());
        if (!lane)
            return std::nullopt;
        set.lanes.append(*lane);
    }
    return set;
}

QString LaneSet::cleanName(const QString &name)
{
    return name.simplified().left(MaxNameLength).trimmed();
}

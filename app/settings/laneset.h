#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

// One lane of the comparison window as a saved lane set keeps it: a profile (by id) and a model,
// with the lane's own sampling settings where it has them.
struct LaneSpec
{
    QString profileId;
    QString model;
    std::optional<double> temperature; // 0-2
    std::optional<double> topP; // 0-1
    std::optional<int> maxTokens; // > 0
    std::optional<QString> systemPrompt;

    bool operator==(const LaneSpec &) const = default;
    QJsonObject toJson() const;
    static std::optional<LaneSpec> fromJson(const QJsonObject &json);
};

// Lanes saved under a name, to compare the same models again another day.
struct LaneSet
{
    static constexpr int MaxNameLength = 80;

    QString name;
    QList<LaneSpec> lanes; // 1 to 6

    bool operator==(const LaneSet &) const = default;
    QJsonObject toJson() const;
    static std::optional<LaneSet> fromJson(const QJsonObject &json);
    static QString cleanName(const QString &name); // trimmed, one line, at most MaxNameLength
};

// Saved lane sets: the comparison's lanes kept by name in the settings, and brought back.
#include "comparelane.h"
#include "comparewindow.h"
#include "settings/appsettings.h"

#include <QtWidgets/QGridLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>

using namespace Qt::Literals::StringLiterals;

QString CompareWindow::saveLaneSet(const QString &name)
{
    LaneSet set;
    set.name = LaneSet::cleanName(name);
    if (set.name.isEmpty())
        return tr("A lane set needs a name.");
    for (const CompareLane *lane : std::as_const(m_lanes))
        set.lanes.append(lane->spec());
    if (!m_settings->setLaneSet(set))
        return tr("A lane set needs a name and at least one lane.");
    if (!m_settings->save())
        return m_settings->errorString();
    return {};
}

QString CompareWindow::restoreLaneSet(const QString &name)
{
    if (m_firstUser || !m_pending.isEmpty())
        return tr("A comparison under way keeps its lanes: open a new comparison to use “%1”.")
                .arg(name);
    const std::optional<LaneSet> set = m_settings->laneSet(name);
    if (!set)
        return tr("There is no lane set named “%1”.").arg(name);
    for (CompareLane *lane : std::as_const(m_lanes)) {
        m_grid->removeWidget(lane);
        lane->hide();
        lane->deleteLater();
    }
    m_lanes.clear();
    QStringList gone;
    for (const LaneSpec &spec : set->lanes)
        if (CompareLane *lane = addLane(spec.profileId, spec.model); lane && !lane->setSpec(spec))
            gone << spec.model;
    addLanes({}, QString()); // at least two
    if (!gone.isEmpty())
        return tr("Lane set “%1” restored, but the provider of %2 is gone: choose another for "
                  "those lanes.")
                .arg(set->name, gone.join(u", "_s));
    return {};
}

void CompareWindow::askLaneSetName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save lane set"));
    dialog->setLabelText(tr("Name of this lane set:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        const QString error = saveLaneSet(name);
        m_summary->setText(
                error.isEmpty() ? tr("Lanes saved as “%1”.").arg(LaneSet::cleanName(name)) : error);
    });
    dialog->open(); // not modal to the event loop: replies keep streaming meanwhile
}

#include "lanesetmenu.h"

#include "safetext.h"
#include "settings/appsettings.h"

using namespace Qt::Literals::StringLiterals;

LaneSetMenu::LaneSetMenu(AppSettings *settings, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
    , m_delete(new QMenu(this))
{
    setObjectName(u"laneSetMenu"_s);
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &LaneSetMenu::rebuild);
    rebuild();
}

void LaneSetMenu::rebuild()
{
    clear();
    m_delete->clear();
    m_delete->setTitle(tr("Delete"));
    QAction *save = addAction(tr("Save these lanes…"));
    save->setObjectName(u"laneSetSave"_s);
    connect(save, &QAction::triggered, this, &LaneSetMenu::saveRequested);
    const QList<LaneSet> sets = m_settings->laneSets();
    if (sets.isEmpty())
        return;
    addSection(tr("Saved lane sets"));
    for (const LaneSet &set : sets) {
        QStringList lanes;
        for (const LaneSpec &lane : set.lanes) {
            const std::optional<ProviderProfile> p = m_settings->profile(lane.profileId);
            lanes << (p ? tr("%1 on %2").arg(lane.model, p->isDemo() ? tr("the demo") : p->name)
                        : tr("%1 (its provider is gone)").arg(lane.model));
        }
        // "&" in a name would become a shortcut, and the name is the user's own text.
        QString title = set.name;
        title.replace(u'&', u"&&"_s);
        QAction *restore = addAction(title);
        restore->setData(set.name);
        restore->setToolTip(SafeText::toolTip(lanes.join(u", "_s)));
        restore->setEnabled(m_restoreEnabled);
        connect(restore, &QAction::triggered, this,
                [this, name = set.name] { Q_EMIT restoreRequested(name); });
        QAction *drop = m_delete->addAction(title);
        drop->setData(set.name);
        connect(drop, &QAction::triggered, this,
                [this, name = set.name] { Q_EMIT removeRequested(name); });
    }
    addSeparator();
    addMenu(m_delete);
}

#pragma once

#include <QtWidgets/QMenu>

class AppSettings;

// The comparison window's saved lane sets: save the lanes on screen under a name, bring a saved
// set back (before the first message), delete one. Rebuilt each time it opens, from the settings.
class LaneSetMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneSetMenu)

public:
    explicit LaneSetMenu(AppSettings *settings, QWidget *parent = nullptr);
    void setRestoreEnabled(bool enabled) { m_restoreEnabled = enabled; }

Q_SIGNALS:
    void saveRequested();
    void restoreRequested(const QString &name);
    void removeRequested(const QString &name);

private:
    void rebuild();

    AppSettings *m_settings;
    QMenu *m_delete;
    bool m_restoreEnabled = true;
};

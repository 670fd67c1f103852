#pragma once

#include "settingspage.h"

class HistoryStore;
class QPushButton;

// Settings, Data: where the history lives, export and import of the settings (never keys), and
// clearing the history for good after a confirmation. Export and import go through the dialog,
// which owns the settings; clearing is done here, at once.
class DataPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)

public:
    DataPage(SettingsDraft *draft, HistoryStore *history, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QWidget *commit() override { return nullptr; }

    bool clearHistory(); // without asking (the button asks first)

Q_SIGNALS:
    void exportRequested();
    void importRequested();
    void historyCleared();

protected:
    void retranslate() override;

private:
    HistoryStore *m_history;
    QLabel *m_historyTitle = nullptr;
    QLabel *m_historyPath = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_clearResult = nullptr;
    QLabel *m_settingsTitle = nullptr;
    QLabel *m_settingsHint = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
};

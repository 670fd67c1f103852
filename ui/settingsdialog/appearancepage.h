#pragma once

#include "settingspage.h"

class QComboBox;

// Settings, Appearance: dark, light or the system's colours, the text size, message density.
class AppearancePage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePage)

public:
    explicit AppearancePage(SettingsDraft *draft, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QWidget *commit() override;

protected:
    void retranslate() override;

private:
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_fontLabel = nullptr;
    QComboBox *m_fontSize = nullptr;
    QLabel *m_densityLabel = nullptr;
    QComboBox *m_density = nullptr;
};

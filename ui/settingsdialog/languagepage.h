#pragma once

#include "settingspage.h"

class QComboBox;

// Settings, Language: the system's, English or Korean, switched as soon as it is applied.
class LanguagePage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguagePage)

public:
    explicit LanguagePage(SettingsDraft *draft, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QWidget *commit() override;

protected:
    void retranslate() override;

private:
    QLabel *m_label = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_hint = nullptr;
};

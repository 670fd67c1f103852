#pragma once

#include "settingspage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Settings, Models and defaults: the provider and model a new chat starts with, the system
// prompt, sampling (each either the provider's default or a value in its range), and the
// prices per model behind the costs shown in the chat.
class ModelsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsPage)

public:
    explicit ModelsPage(SettingsDraft *draft, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    QWidget *commit() override;

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    void fillProviders();
    void fillModels();

    bool m_loading = false;
    bool m_modelTouched = false; // the default model was chosen here
    QLabel *m_providerLabel = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_modelLabel = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_promptLabel = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QLabel *m_temperatureLabel = nullptr;
    QCheckBox *m_setTemperature = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QLabel *m_topPLabel = nullptr;
    QCheckBox *m_setTopP = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QLabel *m_maxTokensLabel = nullptr;
    QCheckBox *m_setMaxTokens = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QLabel *m_pricesLabel = nullptr;
    QTableWidget *m_prices = nullptr;
    QLabel *m_pricesError = nullptr;
    QLabel *m_pricesHint = nullptr;
    QPushButton *m_addPrice = nullptr;
    QPushButton *m_removePrice = nullptr;
};

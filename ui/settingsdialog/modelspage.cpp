#include "modelspage.h"

#include "settingsdraft.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

enum Column {
    ModelColumn,
    InputColumn,
    OutputColumn,
    EstimateColumn,
};

// A value that is either the provider's default (unchecked) or set within its range.
QWidget *optionalRow(QCheckBox *set, QWidget *value)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(set);
    layout->addWidget(value);
    layout->addStretch(1);
    value->setEnabled(false);
    QObject::connect(set, &QCheckBox::toggled, value, &QWidget::setEnabled);
    return box;
}

} // namespace

ModelsPage::ModelsPage(SettingsDraft *draft, QWidget *parent)
    : SettingsPage(draft, parent)
{
    setObjectName(u"modelsPage"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_provider = new QComboBox;
    m_provider->setObjectName(u"defaultProvider"_s);
    m_providerLabel = new QLabel;
    form->addRow(m_providerLabel, m_provider);
    m_model = new QComboBox;
    m_model->setObjectName(u"defaultModel"_s);
    m_model->setEditable(true);
    m_modelLabel = new QLabel;
    form->addRow(m_modelLabel, m_model);
    m_prompt = new QPlainTextEdit;
    m_prompt->setObjectName(u"systemPrompt"_s);
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 5 + 12);
    m_promptLabel = new QLabel;
    form->addRow(m_promptLabel, m_prompt);
    m_setTemperature = new QCheckBox;
    m_temperature = new QDoubleSpinBox;
    m_temperature->setMaximumWidth(200);
    m_temperature->setObjectName(u"temperature"_s);
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperatureLabel = new QLabel;
    form->addRow(m_temperatureLabel, optionalRow(m_setTemperature, m_temperature));
    m_setTopP = new QCheckBox;
    m_topP = new QDoubleSpinBox;
    m_topP->setMaximumWidth(200);
    m_topP->setObjectName(u"topP"_s);
    m_topP->setRange(0, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_topPLabel = new QLabel;
    form->addRow(m_topPLabel, optionalRow(m_setTopP, m_topP));
    m_setMaxTokens = new QCheckBox;
    m_maxTokens = new QSpinBox;
    m_maxTokens->setMaximumWidth(200);
    m_maxTokens->setObjectName(u"maxTokens"_s);
    m_maxTokens->setRange(1, 10'000'000);
    m_maxTokens->setGroupSeparatorShown(true);
    m_maxTokensLabel = new QLabel;
    form->addRow(m_maxTokensLabel, optionalRow(m_setMaxTokens, m_maxTokens));

    m_prices = new QTableWidget(0, 4);
    m_prices->setObjectName(u"prices"_s);
    m_prices->verticalHeader()->hide();
    m_prices->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    m_prices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pricesLabel = new QLabel;
    m_pricesError = makeErrorLabel();
    m_pricesError->setObjectName(u"pricesError"_s);
    m_pricesHint = makeHint();
    m_addPrice = new QPushButton;
    m_removePrice = new QPushButton;
    auto *priceButtons = new QHBoxLayout;
    priceButtons->addWidget(m_pricesHint, 1);
    priceButtons->addWidget(m_addPrice);
    priceButtons->addWidget(m_removePrice);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_pricesLabel);
    layout->addWidget(m_prices, 1);
    layout->addWidget(m_pricesError);
    layout->addLayout(priceButtons);

    auto edit = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this, edit] {
        if (m_loading)
            return;
        m_draft->activeProfileId = m_provider->currentData().toString();
        fillModels();
        edit();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, [this, edit] {
        if (!m_loading)
            m_modelTouched = true;
        edit();
    });
    connect(m_prompt, &QPlainTextEdit::textChanged, this, edit);
    for (QCheckBox *box : {m_setTemperature, m_setTopP, m_setMaxTokens})
        connect(box, &QCheckBox::toggled, this, edit);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, edit);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, edit);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, edit);
    connect(m_prices, &QTableWidget::itemChanged, this, edit);
    connect(m_addPrice, &QPushButton::clicked, this, [this, edit] {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        for (int column : {ModelColumn, InputColumn, OutputColumn})
            m_prices->setItem(row, column, new QTableWidgetItem);
        auto *estimate = new QTableWidgetItem;
        estimate->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        estimate->setCheckState(Qt::Unchecked);
        m_prices->setItem(row, EstimateColumn, estimate);
        m_prices->editItem(m_prices->item(row, ModelColumn));
        edit();
    });
    connect(m_removePrice, &QPushButton::clicked, this, [this, edit] {
        if (m_prices->currentRow() >= 0) {
            m_prices->removeRow(m_prices->currentRow());
            edit();
        }
    });
    retranslate();
}

QString ModelsPage::title() const
{
    return tr("Models and defaults");
}

void ModelsPage::retranslate()
{
    m_providerLabel->setText(tr("Provider for new chats:"));
    m_modelLabel->setText(tr("Default model:"));
    m_promptLabel->setText(tr("System prompt:"));
    m_prompt->setPlaceholderText(tr("Instructions sent at the start of every conversation "
                                    "(optional)"));
    m_temperatureLabel->setText(tr("Temperature (0–2):"));
    m_topPLabel->setText(tr("Top P (0–1):"));
    m_maxTokensLabel->setText(tr("Max tokens (1–10,000,000):"));
    for (QCheckBox *box : {m_setTemperature, m_setTopP, m_setMaxTokens}) {
        box->setText(tr("Set"));
        box->setToolTip(tr("When not set, the provider's default is used."));
    }
    m_pricesLabel->setText(tr("Prices in US dollars per million tokens:"));
    m_prices->setHorizontalHeaderLabels({tr("Model"), tr("Input"), tr("Output"), tr("Estimate")});
    m_pricesHint->setText(tr("Prices marked as estimates were seeded by Parley: check them "
                             "against the provider's price list."));
    m_addPrice->setText(tr("Add price"));
    m_removePrice->setText(tr("Remove"));
    if (m_provider->count())
        fillProviders();
}

void ModelsPage::showEvent(QShowEvent *event)
{
    // The Providers page may have changed the list since.
    fillProviders();
    SettingsPage::showEvent(event);
}

void ModelsPage::fillProviders()
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_provider->clear();
    for (const ProviderProfile &p : m_draft->profiles)
        m_provider->addItem(p.isDemo() ? tr("Built-in demo provider") : p.name, p.id);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(m_draft->activeProfileId)));
    m_loading = wasLoading;
    fillModels();
}

void ModelsPage::fillModels()
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_model->clear();
    if (const ProviderProfile *p = m_draft->profile(m_provider->currentData().toString())) {
        m_model->addItems(p->models());
        m_model->setCurrentText(p->defaultModel.isEmpty() ? p->models().value(0) : p->defaultModel);
        m_model->setEnabled(!p->isDemo());
    }
    m_loading = wasLoading;
}

void ModelsPage::load()
{
    m_loading = true;
    const Preferences &prefs = m_draft->preferences;
    fillProviders();
    m_prompt->setPlainText(prefs.systemPrompt);
    m_setTemperature->setChecked(prefs.temperature.has_value());
    m_temperature->setValue(prefs.temperature.value_or(1.0));
    m_setTopP->setChecked(prefs.topP.has_value());
    m_topP->setValue(prefs.topP.value_or(1.0));
    m_setMaxTokens->setChecked(prefs.maxTokens.has_value());
    m_maxTokens->setValue(prefs.maxTokens.value_or(4096));
    m_prices->setRowCount(0);
    for (const ModelPrice &price : m_draft->prices) {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        m_prices->setItem(row, ModelColumn, new QTableWidgetItem(price.model));
        m_prices->setItem(row, InputColumn,
                          new QTableWidgetItem(QLocale().toString(price.inputPerMillion, 'f', 2)));
        m_prices->setItem(row, OutputColumn,
                          new QTableWidgetItem(QLocale().toString(price.outputPerMillion, 'f', 2)));
        auto *estimate = new QTableWidgetItem;
        estimate->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        estimate->setCheckState(price.estimate ? Qt::Checked : Qt::Unchecked);
        m_prices->setItem(row, EstimateColumn, estimate);
    }
    m_prices->resizeColumnsToContents();
    m_prices->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    setError(m_pricesError, {});
    m_loading = false;
}

QWidget *ModelsPage::commit()
{
    Preferences &prefs = m_draft->preferences;
    prefs.systemPrompt = m_prompt->toPlainText();
    prefs.temperature = m_setTemperature->isChecked()
            ? std::optional<double>(m_temperature->value())
            : std::nullopt;
    prefs.topP = m_setTopP->isChecked() ? std::optional<double>(m_topP->value()) : std::nullopt;
    prefs.maxTokens =
            m_setMaxTokens->isChecked() ? std::optional<int>(m_maxTokens->value()) : std::nullopt;
    // Only a model chosen here: the Providers page edits the same value.
    if (ProviderProfile *p = m_draft->profile(m_provider->currentData().toString());
        p && !p->isDemo() && m_modelTouched)
        p->defaultModel = m_model->currentText().trimmed();
    m_modelTouched = false;

    QList<ModelPrice> prices;
    setError(m_pricesError, {});
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_prices->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        ModelPrice price;
        price.model = text(ModelColumn);
        bool inputOk = false;
        bool outputOk = false;
        price.inputPerMillion = QLocale().toDouble(text(InputColumn), &inputOk);
        if (!inputOk)
            price.inputPerMillion = text(InputColumn).toDouble(&inputOk);
        price.outputPerMillion = QLocale().toDouble(text(OutputColumn), &outputOk);
        if (!outputOk)
            price.outputPerMillion = text(OutputColumn).toDouble(&outputOk);
        const QTableWidgetItem *estimate = m_prices->item(row, EstimateColumn);
        price.estimate = estimate && estimate->checkState() == Qt::Checked;
        if (price.model.isEmpty() && text(InputColumn).isEmpty() && text(OutputColumn).isEmpty())
            continue; // an empty row added and left
        QString problem;
        if (price.model.isEmpty())
            problem = tr("Row %1: name the model.").arg(row + 1);
        else if (!inputOk || !outputOk || price.inputPerMillion < 0 || price.outputPerMillion < 0)
            problem = tr("Row %1: a price is a number of dollars, 0 or more, such as 2.50.")
                              .arg(row + 1);
        if (!problem.isEmpty()) {
            setError(m_pricesError, problem);
            m_prices->setCurrentCell(row, price.model.isEmpty() ? ModelColumn : InputColumn);
            return m_prices;
        }
        prices.append(price);
    }
    m_draft->prices = prices;
    return nullptr;
}

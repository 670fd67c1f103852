#include "providerspageui.h"

#include "settingspage.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

void ProvidersPageUi::setupUi(QWidget *page)
{
    using Page = SettingsPage;
    list = new QListWidget;
    list->setObjectName(u"profileList"_s);
    list->setMinimumWidth(150);
    list->setMaximumWidth(230);
    add = new QPushButton;
    add->setObjectName(u"addProfile"_s);
    auto *addMenu = new QMenu(add);
    add->setMenu(addMenu);
    duplicate = new QPushButton;
    duplicate->setObjectName(u"duplicateProfile"_s);
    deleteButton = new QPushButton;
    deleteButton->setObjectName(u"deleteProfile"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(list, 1);
    left->addLayout(listButtons);

    formBox = new QWidget;
    auto *form = new QFormLayout(formBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    demoNote = Page::makeHint();
    form->addRow(demoNote);
    name = new QLineEdit;
    name->setObjectName(u"profileName"_s);
    nameError = Page::makeErrorLabel();
    nameLabel = new QLabel;
    form->addRow(nameLabel, Page::withNotes(name, nameError));
    preset = new QLabel;
    presetLabel = new QLabel;
    form->addRow(presetLabel, preset);
    url = new QLineEdit;
    url->setObjectName(u"profileUrl"_s);
    urlError = Page::makeErrorLabel();
    urlError->setObjectName(u"profileUrlError"_s);
    urlHint = Page::makeHint();
    urlLabel = new QLabel;
    form->addRow(urlLabel, Page::withNotes(url, urlError, urlHint));
    key = new QLineEdit;
    key->setObjectName(u"profileKey"_s);
    key->setEchoMode(QLineEdit::Password);
    key->setAttribute(Qt::WA_InputMethodEnabled, false);
    keyStatusLabel = Page::makeHint();
    keyStatusLabel->setObjectName(u"keyStatus"_s);
    forgetKey = new QPushButton;
    forgetKey->setObjectName(u"forgetKey"_s);
    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(key, 1);
    keyRow->addWidget(forgetKey);
    auto *keyBox = new QWidget;
    keyBox->setLayout(keyRow);
    keyLabel = new QLabel;
    form->addRow(keyLabel, Page::withNotes(keyBox, nullptr, keyStatusLabel));
    env = new QLineEdit;
    env->setObjectName(u"profileKeyEnv"_s);
    envError = Page::makeErrorLabel();
    envLabel = new QLabel;
    form->addRow(envLabel, Page::withNotes(env, envError));
    headers = new QPlainTextEdit;
    headers->setObjectName(u"profileHeaders"_s);
    headers->setFixedHeight(headers->fontMetrics().lineSpacing() * 4 + 12);
    headersError = Page::makeErrorLabel();
    headersError->setObjectName(u"profileHeadersError"_s);
    headersHint = Page::makeHint();
    headersLabel = new QLabel;
    form->addRow(headersLabel, Page::withNotes(headers, headersError, headersHint));
    defaultModel = new QComboBox;
    defaultModel->setObjectName(u"profileDefaultModel"_s);
    defaultModel->setEditable(true);
    defaultModelLabel = new QLabel;
    form->addRow(defaultModelLabel, defaultModel);
    concurrency = new QSpinBox;
    concurrency->setRange(1, 32);
    concurrencyLabel = new QLabel;
    form->addRow(concurrencyLabel, concurrency);
    fetched = Page::makeHint();
    fetched->setObjectName(u"fetchedModels"_s);
    refresh = new QPushButton;
    refresh->setObjectName(u"refreshModels"_s);
    auto *fetchedRow = new QHBoxLayout;
    fetchedRow->setContentsMargins(0, 0, 0, 0);
    fetchedRow->addWidget(fetched, 1);
    fetchedRow->addWidget(refresh);
    auto *fetchedBox = new QWidget;
    fetchedBox->setLayout(fetchedRow);
    fetchedLabel = new QLabel;
    form->addRow(fetchedLabel, fetchedBox);
    manual = new QPlainTextEdit;
    manual->setObjectName(u"manualModels"_s);
    manual->setFixedHeight(manual->fontMetrics().lineSpacing() * 4 + 12);
    manualLabel = new QLabel;
    form->addRow(manualLabel, manual);
    test = new QPushButton;
    test->setObjectName(u"testConnection"_s);
    testResult = new QLabel;
    testResult->setObjectName(u"testResult"_s);
    testResult->setWordWrap(true);
    testResult->setTextFormat(Qt::PlainText);
    testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->setContentsMargins(0, 0, 0, 0);
    testRow->addWidget(test, 0, Qt::AlignTop);
    testRow->addWidget(testResult, 1);
    form->addRow(testRow);

    auto *scroll = new QScrollArea;
    scroll->setWidget(formBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left);
    layout->addWidget(scroll, 1);
}

void ProvidersPageUi::retranslateUi()
{
    add->setText(QCoreApplication::translate("ProvidersPage", "Add"));
    add->setToolTip(QCoreApplication::translate("ProvidersPage", "Add a provider from a preset"));
    duplicate->setText(QCoreApplication::translate("ProvidersPage", "Duplicate"));
    deleteButton->setText(QCoreApplication::translate("ProvidersPage", "Delete"));
    nameLabel->setText(QCoreApplication::translate("ProvidersPage", "Name:"));
    presetLabel->setText(QCoreApplication::translate("ProvidersPage", "Type:"));
    urlLabel->setText(QCoreApplication::translate("ProvidersPage", "Base URL:"));
    keyLabel->setText(QCoreApplication::translate("ProvidersPage", "API key:"));
    forgetKey->setText(QCoreApplication::translate("ProvidersPage", "Remove stored key"));
    envLabel->setText(QCoreApplication::translate("ProvidersPage", "Or key from variable:"));
    env->setPlaceholderText(
            QCoreApplication::translate("ProvidersPage", "e.g. OPENAI_API_KEY (optional)"));
    headersLabel->setText(QCoreApplication::translate("ProvidersPage", "Extra headers:"));
    headers->setPlaceholderText(
            QCoreApplication::translate("ProvidersPage", "Name: value, one per line"));
    headersHint->setText(QCoreApplication::translate(
            "ProvidersPage",
            "Saved in the settings file. For a header that carries the key "
            "(api-key, x-api-key), write {key} as its value."));
    defaultModelLabel->setText(QCoreApplication::translate("ProvidersPage", "Default model:"));
    concurrencyLabel->setText(QCoreApplication::translate("ProvidersPage", "Replies at once:"));
    fetchedLabel->setText(
            QCoreApplication::translate("ProvidersPage", "Models from the provider:"));
    refresh->setText(QCoreApplication::translate("ProvidersPage", "Refresh"));
    manualLabel->setText(QCoreApplication::translate("ProvidersPage", "Models added by hand:"));
    manual->setPlaceholderText(
            QCoreApplication::translate("ProvidersPage", "One model name per line"));
    test->setText(QCoreApplication::translate("ProvidersPage", "Test connection"));
    demoNote->setText(QCoreApplication::translate(
            "ProvidersPage",
            "The built-in demo provider answers offline with sample replies. It "
            "is always here and cannot be changed or deleted."));
}

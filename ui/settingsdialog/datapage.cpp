#include "datapage.h"

#include "storage/historystore.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DataPage::DataPage(SettingsDraft *draft, HistoryStore *history, QWidget *parent)
    : SettingsPage(draft, parent)
    , m_history(history)
{
    setObjectName(u"dataPage"_s);
    auto bold = [](QLabel *label) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    };
    m_historyTitle = new QLabel;
    bold(m_historyTitle);
    m_historyPath = new QLabel;
    m_historyPath->setObjectName(u"historyPath"_s);
    m_historyPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyPath->setWordWrap(true);
    m_historyPath->setTextFormat(Qt::PlainText);
    m_openFolder = new QPushButton;
    m_clear = new QPushButton;
    m_clear->setObjectName(u"clearHistory"_s);
    m_clearResult = makeHint();
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_openFolder);
    historyButtons->addWidget(m_clear);
    historyButtons->addStretch(1);

    m_settingsTitle = new QLabel;
    bold(m_settingsTitle);
    m_settingsHint = makeHint();
    m_export = new QPushButton;
    m_export->setObjectName(u"exportSettings"_s);
    m_import = new QPushButton;
    m_import->setObjectName(u"importSettings"_s);
    auto *settingsButtons = new QHBoxLayout;
    settingsButtons->addWidget(m_export);
    settingsButtons->addWidget(m_import);
    settingsButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_historyPath);
    layout->addLayout(historyButtons);
    layout->addWidget(m_clearResult);
    layout->addSpacing(16);
    layout->addWidget(m_settingsTitle);
    layout->addWidget(m_settingsHint);
    layout->addLayout(settingsButtons);
    layout->addStretch(1);

    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QFileInfo file(m_history->path());
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        const int count = int(m_history->conversations().size());
        const auto answer = QMessageBox::warning(
                this, tr("Clear the history?"),
                tr("Delete all %n conversation(s) for good? This cannot be undone.", nullptr,
                   count),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            clearHistory();
    });
    connect(m_export, &QPushButton::clicked, this, &DataPage::exportRequested);
    connect(m_import, &QPushButton::clicked, this, &DataPage::importRequested);
    retranslate();
}

QString DataPage::title() const
{
    return tr("Data");
}

void DataPage::retranslate()
{
    m_historyTitle->setText(tr("History"));
    m_openFolder->setText(tr("Open folder"));
    m_clear->setText(tr("Clear history…"));
    m_settingsTitle->setText(tr("Settings"));
    m_settingsHint->setText(tr("Export your providers, models, prices and preferences to a "
                               "file, to import them on another computer. Keys are never "
                               "exported: you are asked for them after an import."));
    m_export->setText(tr("Export settings…"));
    m_import->setText(tr("Import settings…"));
    load();
}

void DataPage::load()
{
    const QString path = m_history->path();
    m_historyPath->setText(
            path.startsWith(u':')
                    ? tr("In memory only: the history file could not be opened.")
                    : tr("Conversations are kept in %1").arg(QDir::toNativeSeparators(path)));
    m_openFolder->setEnabled(!path.startsWith(u':'));
}

bool DataPage::clearHistory()
{
    if (!m_history->clearAll()) {
        m_clearResult->setText(m_history->errorString());
        return false;
    }
    m_clearResult->setText(tr("The history is cleared."));
    Q_EMIT historyCleared();
    return true;
}

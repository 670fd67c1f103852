#include "sidebar.h"

#include "conversationlist.h"
#include "safetext.h"
#include "settings/providerprofile.h"

#include <QtCore/QEvent>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

Sidebar::Sidebar(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_newChat(new QPushButton)
    , m_conversations(new ConversationList(store))
    , m_providers(new QComboBox)
    , m_settingsButton(new QPushButton)
    , m_providerStatus(new QLabel)
{
    setObjectName(u"sidebar"_s);
    m_title->setObjectName(u"sidebarTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_newChat->setObjectName(u"newChat"_s);
    m_providers->setObjectName(u"providerPicker"_s);
    m_settingsButton->setObjectName(u"settingsButton"_s);
    m_providerStatus->setObjectName(u"providerStatus"_s);
    m_providerStatus->setWordWrap(true);
    m_providerStatus->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 6, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_newChat);
    layout->addWidget(m_conversations, 1);
    auto *providerRow = new QHBoxLayout;
    providerRow->addWidget(m_providers, 1);
    providerRow->addWidget(m_settingsButton);
    layout->addLayout(providerRow);
    layout->addWidget(m_providerStatus);

    connect(m_newChat, &QPushButton::clicked, this, &Sidebar::newChatRequested);
    connect(m_settingsButton, &QPushButton::clicked, this, &Sidebar::settingsRequested);
    connect(m_providers, &QComboBox::activated, this, [this](int index) {
        Q_EMIT profileActivated(m_providers->itemData(index).toString());
    });
    retranslateUi();
    SafeText::makePlain(this); // profile names and the provider's errors come from outside
}

void Sidebar::setProfiles(const QList<ProviderProfile> &profiles, const QString &current)
{
    m_profiles = profiles;
    m_current = current;
    const QSignalBlocker blocker(m_providers);
    m_providers->clear();
    for (const ProviderProfile &p : profiles)
        m_providers->addItem(p.isDemo() ? tr("Built-in demo provider") : p.name, p.id);
    m_providers->setCurrentIndex(qMax(0, m_providers->findData(current)));
}

void Sidebar::setProviderStatus(const QString &text, const QString &models)
{
    m_providerStatus->setText(text);
    m_providerStatus->setToolTip(SafeText::toolTip(models));
}

void Sidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setProfiles(m_profiles, m_current);
    }
    QWidget::changeEvent(event);
}

void Sidebar::retranslateUi()
{
    m_title->setText(tr("Conversations"));
    m_newChat->setText(tr("New chat"));
    m_newChat->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_settingsButton->setText(tr("Settings"));
    m_settingsButton->setToolTip(tr("Providers, keys, models, network, appearance, language "
                                    "and data (Ctrl+,)"));
}

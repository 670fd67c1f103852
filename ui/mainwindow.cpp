#include "mainwindow.h"

#include "api/chatclient.h"
#include "api/modelsjob.h"

#include <QtCore/QEvent>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QVBoxLayout>

MainWindow::MainWindow(ChatClient *client, const ProviderConfig &provider, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_provider(provider)
{
    setObjectName(QStringLiteral("MainWindow"));

    auto *sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(12, 12, 6, 12);
    m_sidebarTitle = new QLabel;
    m_sidebarTitle->setObjectName(QStringLiteral("sidebarTitle"));
    QFont titleFont = m_sidebarTitle->font();
    titleFont.setBold(true);
    m_sidebarTitle->setFont(titleFont);
    m_conversations = new QListView;
    m_conversations->setObjectName(QStringLiteral("conversationList"));
    m_conversations->setFrameShape(QFrame::NoFrame);
    sidebarLayout->addWidget(m_sidebarTitle);
    sidebarLayout->addWidget(m_conversations, 1);
    m_providerStatus = new QLabel;
    m_providerStatus->setObjectName(QStringLiteral("providerStatus"));
    m_providerStatus->setWordWrap(true);
    m_providerStatus->setForegroundRole(QPalette::PlaceholderText);
    sidebarLayout->addWidget(m_providerStatus);

    auto *conversation = new QWidget;
    conversation->setObjectName(QStringLiteral("conversationArea"));
    conversation->setAutoFillBackground(true);
    conversation->setBackgroundRole(QPalette::Base);
    auto *conversationLayout = new QVBoxLayout(conversation);
    conversationLayout->addStretch(2);
    m_welcomeTitle = new QLabel;
    m_welcomeTitle->setObjectName(QStringLiteral("welcomeTitle"));
    m_welcomeTitle->setAlignment(Qt::AlignCenter);
    QFont welcomeFont = m_welcomeTitle->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.8);
    welcomeFont.setBold(true);
    m_welcomeTitle->setFont(welcomeFont);
    m_welcomeText = new QLabel;
    m_welcomeText->setObjectName(QStringLiteral("welcomeText"));
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setForegroundRole(QPalette::PlaceholderText);
    conversationLayout->addWidget(m_welcomeTitle);
    conversationLayout->addWidget(m_welcomeText);
    conversationLayout->addStretch(3);

    auto *splitter = new QSplitter;
    splitter->addWidget(sidebar);
    splitter->addWidget(conversation);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 720});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    resize(1000, 680);
    retranslateUi();
    refreshModels();
}

void MainWindow::refreshModels()
{
    if (!m_client)
        return;
    ModelsJob *job = m_client->listModels(m_provider, StreamSettings{}, this);
    connect(job, &ModelsJob::finished, this, [this, job](const ModelsJob::Result &result) {
        m_models = result.models;
        m_modelsLoaded = true;
        m_modelsFromManualList = result.fromManualList;
        m_modelsError = result.error.message;
        updateProviderStatus();
        job->deleteLater();
    });
}

void MainWindow::updateProviderStatus()
{
    const QString name = m_provider.id == QLatin1String("demo") ? tr("Built-in demo provider")
                                                                : m_provider.baseUrl.host();
    QString status;
    if (!m_modelsLoaded)
        status = tr("%1: connecting…").arg(name);
    else if (!m_modelsError.isEmpty())
        status = tr("%1: %2").arg(name, m_modelsError);
    else
        status = tr("%1: %n model(s)", nullptr, int(m_models.size())).arg(name);
    m_providerStatus->setText(status);
    m_providerStatus->setToolTip(m_models.join(u'\n'));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Parley"));
    m_sidebarTitle->setText(tr("Conversations"));
    m_welcomeTitle->setText(tr("Welcome to Parley"));
    m_welcomeText->setText(tr("A native chat client for streaming language models. "
                              "Your conversations will appear here."));
    updateProviderStatus();
}

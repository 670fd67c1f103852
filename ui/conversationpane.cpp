#include "conversationpane.h"

#include "chatview.h"
#include "composer.h"

#include <QtCore/QEvent>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConversationPane::ConversationPane(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel)
    , m_center(new QStackedWidget)
    , m_welcomeTitle(new QLabel)
    , m_welcomeText(new QLabel)
    , m_view(new ChatView)
    , m_composer(new Composer)
{
    setObjectName(u"conversationArea"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_banner->setObjectName(u"banner"_s);
    m_banner->setTextFormat(Qt::PlainText); // what servers and files say, never rich text
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0x5a, 0x2a, 0x2a));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();

    auto *welcome = new QWidget;
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch(2);
    m_welcomeTitle->setObjectName(u"welcomeTitle"_s);
    m_welcomeTitle->setAlignment(Qt::AlignCenter);
    QFont welcomeFont = m_welcomeTitle->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.8);
    welcomeFont.setBold(true);
    m_welcomeTitle->setFont(welcomeFont);
    m_welcomeText->setObjectName(u"welcomeText"_s);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setForegroundRole(QPalette::PlaceholderText);
    welcomeLayout->addWidget(m_welcomeTitle);
    welcomeLayout->addWidget(m_welcomeText);
    welcomeLayout->addStretch(3);
    m_center->addWidget(welcome);
    m_center->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_center, 1);
    layout->addWidget(m_composer);
    retranslateUi();
}

void ConversationPane::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void ConversationPane::showWelcome(bool welcome)
{
    m_center->setCurrentIndex(welcome ? 0 : 1);
}

void ConversationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConversationPane::retranslateUi()
{
    m_welcomeTitle->setText(tr("Welcome to Parley"));
    m_welcomeText->setText(tr("A native chat client for streaming language models. "
                              "Your conversations will appear here."));
}

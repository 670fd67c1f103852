#pragma once

#include <QtWidgets/QWidget>

class ChatView;
class Composer;
class QLabel;
class QStackedWidget;

// The main window's right side: a banner for problems, the conversation as bubbles (or a
// welcome while it is empty), and the composer.
class ConversationPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPane)

public:
    explicit ConversationPane(QWidget *parent = nullptr);

    ChatView *view() const { return m_view; }
    Composer *composer() const { return m_composer; }
    void showBanner(const QString &text); // empty: hidden
    void showWelcome(bool welcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_banner;
    QStackedWidget *m_center;
    QLabel *m_welcomeTitle;
    QLabel *m_welcomeText;
    ChatView *m_view;
    Composer *m_composer;
};

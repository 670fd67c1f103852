#pragma once

#include <QtWidgets/QMainWindow>

class QLabel;
class QListView;
class QPushButton;

// The main window: conversation sidebar on the left, the conversation on the right. For now the
// conversation area shows a welcome text; chat, composer and history arrive with their issues.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_sidebarTitle = nullptr;
    QListView *m_conversations = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
};

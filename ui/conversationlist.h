#pragma once

#include <QtWidgets/QWidget>

class HistoryStore;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// The sidebar's conversations: the list (newest first), a search through every message, rename
// and delete from a context menu, and Undo for ten seconds after a delete. It talks to the
// history directly; what it cannot do there it reports with problem().
class ConversationList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationList)

public:
    explicit ConversationList(HistoryStore *store, QWidget *parent = nullptr);

    void setCurrentConversation(qint64 id); // the one open in the window, highlighted
    void refresh();
    void focusSearch();
    void clearSearch();
    bool deleteConversation(qint64 id); // undoable for ten seconds
    void renameConversation(qint64 id);

Q_SIGNALS:
    void conversationActivated(qint64 id);
    void conversationDeleted(qint64 id);
    void conversationRestored(qint64 id);
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSearchResults(const QString &text);
    void showMenu(const QPoint &pos);
    void activate(QListWidgetItem *item);
    void undoDelete();
    void retranslateUi();

    HistoryStore *m_store;
    qint64 m_current = 0;
    qint64 m_undoConversation = 0;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_deleted;
    QPushButton *m_undo;
};

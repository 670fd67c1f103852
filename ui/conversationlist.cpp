#include "conversationlist.h"

#include "safetext.h"
#include "storage/historystore.h"

#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ConversationIdRole = Qt::UserRole + 1;
constexpr int UndoMs = 10000;

} // namespace

ConversationList::ConversationList(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_search(new QLineEdit)
    , m_list(new QListWidget)
    , m_deleted(new QLabel)
    , m_undo(new QPushButton)
{
    m_search->setObjectName(u"search"_s);
    // No clear button: Qt loads its icon through the icon theme, a sixth of the start-up time.
    m_list->setObjectName(u"conversationList"_s);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_deleted->setForegroundRole(QPalette::PlaceholderText);
    m_undo->setObjectName(u"undoDelete"_s);
    m_undo->setFlat(true);
    auto *undoRow = new QHBoxLayout;
    undoRow->setContentsMargins(0, 0, 0, 0);
    undoRow->addWidget(m_deleted, 1);
    undoRow->addWidget(m_undo);
    m_deleted->hide();
    m_undo->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(undoRow);

    connect(m_search, &QLineEdit::textChanged, this, &ConversationList::showSearchResults);
    connect(m_list, &QListWidget::itemActivated, this, &ConversationList::activate);
    connect(m_list, &QListWidget::itemClicked, this, &ConversationList::activate);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ConversationList::showMenu);
    connect(m_undo, &QPushButton::clicked, this, &ConversationList::undoDelete);
    retranslateUi();
    SafeText::makePlain(this); // titles and snippets come from the history
}

void ConversationList::setCurrentConversation(qint64 id)
{
    m_current = id;
    refresh();
}

void ConversationList::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ConversationList::clearSearch()
{
    m_search->clear();
    m_list->clearSelection();
}

void ConversationList::activate(QListWidgetItem *item)
{
    const qint64 id = item->data(ConversationIdRole).toLongLong();
    if (id > 0)
        Q_EMIT conversationActivated(id);
}

void ConversationList::refresh()
{
    if (!m_search->text().trimmed().isEmpty()) {
        showSearchResults(m_search->text());
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConversationInfo &info : m_store->conversations()) {
        auto *item = new QListWidgetItem(info.title.isEmpty() ? tr("Untitled") : info.title);
        item->setData(ConversationIdRole, info.id);
        item->setToolTip(QLocale().toString(info.updatedAt, QLocale::ShortFormat));
        m_list->addItem(item);
        if (info.id == m_current)
            m_list->setCurrentItem(item);
    }
}

void ConversationList::showSearchResults(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        refresh();
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<SearchHit> hits = m_store->search(text);
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(hit.conversationTitle + u'\n' + hit.snippet.simplified());
        item->setData(ConversationIdRole, hit.conversationId);
        m_list->addItem(item);
    }
    if (hits.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No messages match “%1”.").arg(text));
        item->setFlags(Qt::NoItemFlags);
        m_list->addItem(item);
    }
}

bool ConversationList::deleteConversation(qint64 id)
{
    if (!m_store->deleteConversation(id)) {
        Q_EMIT problem(m_store->errorString());
        return false;
    }
    m_undoConversation = id;
    m_deleted->show();
    m_undo->show();
    QTimer::singleShot(UndoMs, m_undo, [this, id] {
        if (m_undoConversation == id) {
            m_undoConversation = 0;
            m_deleted->hide();
            m_undo->hide();
        }
    });
    Q_EMIT conversationDeleted(id);
    refresh();
    return true;
}

void ConversationList::undoDelete()
{
    const qint64 id = std::exchange(m_undoConversation, 0);
    m_deleted->hide();
    m_undo->hide();
    if (id && m_store->undeleteConversation(id)) {
        refresh();
        Q_EMIT conversationRestored(id);
    }
}

void ConversationList::renameConversation(qint64 id)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename conversation"));
    dialog->setLabelText(tr("Title:"));
    dialog->setTextValue(m_store->conversation(id).title);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &title) {
        if (!m_store->renameConversation(id, title.trimmed()))
            Q_EMIT problem(m_store->errorString());
        refresh();
    });
    dialog->open(); // without a nested event loop
}

void ConversationList::showMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item || !item->data(ConversationIdRole).isValid())
        return;
    const qint64 id = item->data(ConversationIdRole).toLongLong();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Rename…"), this, [this, id] { renameConversation(id); });
    menu->addAction(tr("Delete"), this, [this, id] { deleteConversation(id); });
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

void ConversationList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ConversationList::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search all conversations (Ctrl+K)"));
    m_deleted->setText(tr("Conversation deleted."));
    m_undo->setText(tr("Undo"));
}

#pragma once

#include <QtCore/QCoreApplication>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QWidget;

// The widgets of Settings, Providers and how they are laid out, apart from what they do (as
// Qt Designer's Ui classes are): the profile list with its buttons, and the selected profile's
// form. Its words are the page's ("ProvidersPage" translation context).
struct ProvidersPageUi
{
    void setupUi(QWidget *page);
    void retranslateUi();

    QListWidget *list = nullptr;
    QPushButton *add = nullptr;
    QPushButton *duplicate = nullptr;
    QPushButton *deleteButton = nullptr;
    QWidget *formBox = nullptr;
    QLabel *demoNote = nullptr;
    QLabel *nameLabel = nullptr;
    QLineEdit *name = nullptr;
    QLabel *nameError = nullptr;
    QLabel *presetLabel = nullptr;
    QLabel *preset = nullptr;
    QLabel *urlLabel = nullptr;
    QLineEdit *url = nullptr;
    QLabel *urlError = nullptr;
    QLabel *urlHint = nullptr;
    QLabel *keyLabel = nullptr;
    QLineEdit *key = nullptr;
    QLabel *keyStatusLabel = nullptr;
    QPushButton *forgetKey = nullptr;
    QLabel *envLabel = nullptr;
    QLineEdit *env = nullptr;
    QLabel *envError = nullptr;
    QLabel *headersLabel = nullptr;
    QPlainTextEdit *headers = nullptr;
    QLabel *headersError = nullptr;
    QLabel *headersHint = nullptr;
    QLabel *defaultModelLabel = nullptr;
    QComboBox *defaultModel = nullptr;
    QLabel *concurrencyLabel = nullptr;
    QSpinBox *concurrency = nullptr;
    QLabel *fetchedLabel = nullptr;
    QLabel *fetched = nullptr;
    QPushButton *refresh = nullptr;
    QLabel *manualLabel = nullptr;
    QPlainTextEdit *manual = nullptr;
    QPushButton *test = nullptr;
    QLabel *testResult = nullptr;
};

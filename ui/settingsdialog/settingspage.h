#pragma once

#include <QtWidgets/QWidget>

class QFormLayout;
class QLabel;
struct SettingsDraft;

// One page of the settings dialog. A page shows the draft in its fields and writes the fields
// back; it explains invalid input next to the field, and retranslates itself when the language
// changes.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(SettingsDraft *draft, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual void load() = 0; // the draft into the fields
    // The fields into the draft. Returns the first field with invalid input (its problem shown
    // next to it), or nullptr.
    virtual QWidget *commit() = 0;

    // A label under a field for what is wrong with it: red, hidden while there is nothing to say.
    static QLabel *makeErrorLabel();
    static void setError(QLabel *label, const QString &text);
    // A note under a field, in the dimmer text colour.
    static QLabel *makeHint();
    // A field with its error label and note under it (either may be null), for a form row.
    static QWidget *withNotes(QWidget *field, QLabel *error, QLabel *hint = nullptr);

Q_SIGNALS:
    void edited(); // the user changed something

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

    SettingsDraft *m_draft;
};

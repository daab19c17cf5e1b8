// What the three rule editors share: a form, a line that says what is still wrong, Save /
// Cancel, the wait for the server ("Saving…" until it answers, its sentence if it refuses,
// the dialog closes once it accepted), read-only mode with the reason, and the optional
// expiry box.
#pragma once

#include "integration/ruleservice.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace wf::ui {
class ErrorBanner;
}

namespace wf::ui::rules {

// "Expires" check box and a UTC date and time.
class ExpiryEdit : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryEdit(QWidget *parent = nullptr);
    void setExpiry(const Field<Timestamp> &t); // none: unticked, a week from now offered
    Field<Timestamp> expiry() const; // null when unticked
    QCheckBox *checkBox() const { return m_check; }
    QDateTimeEdit *dateTimeEdit() const { return m_edit; }
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_check;
    QDateTimeEdit *m_edit;
};

class RuleEditor : public QDialog
{
    Q_OBJECT
public:
    RuleEditor(integration::RuleService *service, integration::RuleKind kind, QWidget *parent);

    // Read-only: Save disabled, its tooltip says why (the missing role).
    void setWritable(bool writable, const QString &why);
    bool isWritable() const { return m_writable; }
    QPushButton *saveButton() const { return m_save; }
    // What must change before Save works (empty: nothing).
    virtual QString problem() const = 0;
    // The rule name the editor saved last (empty before Save).
    QString savedName() const { return m_waitingFor; }
    QString errorText() const;
    bool isSaving() const { return m_busy; }
    // Plays Save, as the button does.
    void save();

protected:
    // Hands the rule to the service; returns its name.
    virtual QString submit() = 0;
    // Called when anything changed: updates the problem line and Save.
    void refresh();
    // Whether Save may be pressed besides validity (the tuning editor waits for its preview).
    virtual bool readyToSave() const { return true; }
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    // A row of the form: a label (set with setRowLabel, the field its buddy) and the field.
    void addRow(QWidget *field);
    void setRowLabel(QWidget *field, const QString &text);
    void setRowVisible(QWidget *field, bool visible);
    // The area between the form and the buttons (the tuning editor's preview line).
    void addFooterWidget(QWidget *widget);
    integration::RuleService *service() const { return m_service; }
    void retranslateBase();

private:
    integration::RuleService *m_service;
    integration::RuleKind m_kind;
    QFormLayout *m_form;
    QLabel *m_problem;
    QLabel *m_saving;
    ErrorBanner *m_error;
    QVBoxLayout *m_footer;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QString m_waitingFor;
    QString m_why;
    bool m_writable = true;
    bool m_busy = false; // a save is on its way to the server
};

} // namespace wf::ui::rules

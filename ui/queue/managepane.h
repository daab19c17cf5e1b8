// The manage pane beside a queue: one form that changes status, assignment,
// classification + determination, tags and posts a comment, for the current row, the
// selected rows or every row matching the filter.
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wf::ui::queue {

class ManagePane : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Current, Selected, AllMatching };

    struct Request
    {
        Scope scope = Scope::Current;
        QJsonObject patch; // Graph PATCH fields: status, assignedTo, classification, determination
        QStringList addTags; // incidents: added to each incident's customTags
        QString comment;
        bool isEmpty() const
        {
            return patch.isEmpty() && addTags.isEmpty() && comment.trimmed().isEmpty();
        }
    };

    explicit ManagePane(bool incidents, QWidget *parent = nullptr);

    // What the scope choices say: rows selected, whether there is a current row, rows
    // matching the filter, and the scope to use unless the analyst picked "all
    // matching". `userAction`: the analyst changed the selection, so an explicit "all
    // matching" choice gives way to it.
    void setCounts(int selected, bool hasCurrent, int matching, Scope automatic, bool userAction);
    void setAssignees(const QStringList &known, const QString &me);
    // One item's own page (an incident page): no scope choice, the title names the item.
    void setSingleItem(const QString &title);
    Scope scope() const;
    void setScope(Scope scope);
    Request request() const;
    int targetCount() const;

    // Keyboard triage: prefill and put the focus where the analyst types next.
    void prepareResolve();
    void prepareClassify();
    void prepareTags();
    void prepareComment();
    void resetFields();

Q_SIGNALS:
    void applyRequested(const wf::ui::queue::ManagePane::Request &request);
    void assignToMeRequested(wf::ui::queue::ManagePane::Scope scope);
    void leaveRequested(); // Escape: back to the table

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillDeterminations();
    void updateApplyText();
    void retranslateUi();

    bool m_incidents;
    int m_selected = 0, m_matching = 0;
    bool m_hasCurrent = false;
    bool m_allPinned = false;
    bool m_single = false;
    QString m_singleTitle;
    QString m_me;
    QLabel *m_title;
    QFormLayout *m_form;
    QComboBox *m_scope, *m_status, *m_assignee, *m_classification, *m_determination;
    QLineEdit *m_tags, *m_comment;
    QPushButton *m_assignMe, *m_apply, *m_reset;
    QLabel *m_scopeLabel, *m_statusLabel, *m_assigneeLabel, *m_classificationLabel,
        *m_determinationLabel, *m_tagsLabel, *m_commentLabel;
};

} // namespace wf::ui::queue

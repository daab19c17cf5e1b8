// The editor of a Sentinel automation rule: name, run order, enabled, optional expiry, the
// trigger, property conditions and ModifyProperties actions (change status — closing needs a
// classification and its reason —, severity, owner, add tags). Conditions and actions it
// cannot edit (Boolean conditions, playbooks, tasks) are kept as they are and named.
#pragma once

#include "conditionlist.h"
#include "ruleeditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QGridLayout;

namespace wf::ui::rules {

class AutomationEditor : public RuleEditor
{
    Q_OBJECT
public:
    enum ActionKind { ChangeStatus, ChangeSeverity, AssignOwner, AddTags, ActionKindCount };

    AutomationEditor(
        integration::RuleService *service, const AutomationRule &rule, QWidget *parent);

    AutomationRule rule() const;
    QString problem() const override;

    ConditionList *conditions() const { return m_conditions; }
    int actionCount() const { return int(m_actions.size()); }
    // Adds an action row of that kind (as the "Add action" menu does); returns its index.
    int addAction(ActionKind kind);
    void removeAction(int index);

protected:
    QString submit() override;
    void retranslate() override;

private:
    struct ActionRow
    {
        QComboBox *kind;
        QStackedWidget *stack;
        QComboBox *status, *classification, *reason, *severity;
        QLineEdit *comment, *owner, *tags;
        QToolButton *remove;
        int source = -1; // index of the rule's action it came from; -1: new
    };
    ActionRow &newActionRow(ActionKind kind, int source);
    void layoutActions();
    void fillReasons(ActionRow &row);
    static void showClosingFields(ActionRow &row);
    void retranslateAction(ActionRow &row, int index);
    void loadActions();
    void showKept();
    QList<AutomationAction> buildActions() const;
    static void applyRow(const ActionRow &row, AutomationActionConfiguration &cfg);

    AutomationRule m_rule; // as opened: what this editor does not show is kept
    QList<AutomationCondition> m_keptConditions; // not Property conditions
    QList<int> m_keptActions; // indexes of actions no row edits
    QLineEdit *m_name;
    QSpinBox *m_order;
    class QCheckBox *m_enabled;
    QComboBox *m_trigger;
    ExpiryEdit *m_expiry;
    ConditionList *m_conditions;
    QLabel *m_keptConditionsLabel;
    QWidget *m_actionsBox;
    QGridLayout *m_actionsGrid;
    QLabel *m_actionsEmpty;
    QPushButton *m_addAction;
    QLabel *m_keptActionsLabel;
    QList<ActionRow> m_actions;
};

} // namespace wf::ui::rules

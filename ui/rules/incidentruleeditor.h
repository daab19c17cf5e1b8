// The editor of a Sentinel incident-creation rule (Microsoft security alerts → incidents):
// name, description, enabled, the product whose alerts it takes, severities, alert names to
// include or exclude.
#pragma once

#include "ruleeditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wf::ui::rules {

class IncidentRuleEditor : public RuleEditor
{
    Q_OBJECT
public:
    IncidentRuleEditor(
        integration::RuleService *service, const IncidentCreationRule &rule, QWidget *parent);
    // What Save would send.
    IncidentCreationRule rule() const;
    QString problem() const override;

protected:
    QString submit() override;
    void retranslate() override;

private:
    IncidentCreationRule m_rule; // as opened: the members this editor does not show stay
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_enabled;
    QComboBox *m_product;
    QList<QCheckBox *> m_severities; // High, Medium, Low, Informational
    QLineEdit *m_include;
    QLineEdit *m_exclude;
    QLabel *m_template;
    QLabel *m_severityHint;
};

} // namespace wf::ui::rules

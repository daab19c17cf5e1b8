// The editor of a Defender XDR alert tuning rule: name, enabled, service sources, conditions
// on the alert and its evidence, Hide or Resolve, expiry, whether alerts already raised are
// tuned too, and the impact preview ("12 alerts would match"), asked of the server a moment
// after the last change and shown before Save may be pressed.
#pragma once

#include "conditionlist.h"
#include "ruleeditor.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTimer;

namespace wf::net {
class RestCall;
}

namespace wf::ui::rules {

class TuningEditor : public RuleEditor
{
    Q_OBJECT
public:
    static constexpr int kPreviewDelayMs = 400;

    TuningEditor(integration::RuleService *service, const AlertTuningRule &rule, QWidget *parent);

    AlertTuningRule rule() const;
    QString problem() const override;

    ConditionList *conditions() const { return m_conditions; }
    QListWidget *sourcesList() const { return m_sources; }
    // The preview's count for the rule as it is now; -1 while counting or unknown.
    qint64 previewCount() const { return m_previewFresh ? m_previewCount : -1; }
    QString previewText() const;
    // Asks for the preview now instead of after the pause.
    void previewNow();

Q_SIGNALS:
    void previewUpdated(qint64 count);

protected:
    QString submit() override;
    void retranslate() override;
    bool readyToSave() const override;

private:
    // What keeps the conditions from being counted (the preview waits for them).
    QString conditionsProblem() const;
    void changedSomething();
    void showPreview();

    AlertTuningRule m_rule;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QListWidget *m_sources;
    ConditionList *m_conditions;
    QRadioButton *m_hide;
    QRadioButton *m_resolve;
    ExpiryEdit *m_expiry;
    QCheckBox *m_existing;
    QLabel *m_preview;
    QTimer *m_debounce;
    QPointer<net::RestCall> m_previewCall;
    qint64 m_previewCount = -1;
    QStringList m_previewSamples;
    QString m_previewError;
    bool m_previewFresh = false; // the count is for the rule as it is now
};

} // namespace wf::ui::rules

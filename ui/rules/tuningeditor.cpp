// TuningEditor: the form, the rule it makes, and the debounced impact preview.
#include "tuningeditor.h"

#include "net/restgateway.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTimer>

namespace wf::ui::rules {

TuningEditor::TuningEditor(
    integration::RuleService *service, const AlertTuningRule &rule, QWidget *parent)
    : RuleEditor(service, integration::RuleKind::Tuning, parent)
    , m_rule(rule)
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(this))
    , m_sources(new QListWidget(this))
    , m_conditions(new ConditionList(this))
    , m_hide(new QRadioButton(this))
    , m_resolve(new QRadioButton(this))
    , m_expiry(new ExpiryEdit(this))
    , m_existing(new QCheckBox(this))
    , m_preview(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("tuningRuleEditor"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_sources->setObjectName(QStringLiteral("sourcesList"));
    m_conditions->setObjectName(QStringLiteral("conditionList"));
    m_hide->setObjectName(QStringLiteral("actionHide"));
    m_resolve->setObjectName(QStringLiteral("actionResolve"));
    m_existing->setObjectName(QStringLiteral("applyExistingCheck"));
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kPreviewDelayMs);

    const AlertTuningRuleProperties &p = rule.props();
    m_name->setText(p.displayName.valueOr({}));
    m_enabled->setChecked(p.enabled.valueOr(true));
    // Every source the API knows, the rule's own first ticked; one the console does not
    // know is listed as the API names it.
    QList<Enum<ServiceSource>> sources = RuleLabels::tuningServiceSources();
    for (const Enum<ServiceSource> &s : p.serviceSources.valueOr({})) {
        if (!sources.contains(s))
            sources << s;
    }
    for (const Enum<ServiceSource> &s : sources) {
        auto *item = new QListWidgetItem(RuleLabels::serviceSource(s), m_sources);
        item->setData(Qt::UserRole, s.name());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(p.serviceSources.valueOr({}).contains(s) ? Qt::Checked : Qt::Unchecked);
    }
    m_sources->setMaximumHeight(m_sources->sizeHintForRow(0) * 4 + 2 * m_sources->frameWidth());
    auto *actions = new QWidget(this);
    auto *actionsLayout = new QHBoxLayout(actions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addWidget(m_hide);
    actionsLayout->addWidget(m_resolve);
    actionsLayout->addStretch(1);
    auto *group = new QButtonGroup(this);
    group->addButton(m_hide);
    group->addButton(m_resolve);
    (p.action.valueOr(TuningAction::Hide) == TuningAction::Resolve ? m_resolve : m_hide)
        ->setChecked(true);
    m_expiry->setExpiry(p.expirationTimeUtc);
    m_existing->setChecked(p.applyToExistingAlerts.valueOr(false));

    addRow(m_name);
    addRow(m_enabled);
    addRow(m_sources);
    addRow(m_conditions);
    addRow(actions);
    addRow(m_expiry);
    addRow(m_existing);
    addFooterWidget(m_preview);

    retranslate();
    QList<ConditionList::Row> rows;
    for (const TuningCondition &c : p.conditions.valueOr({}))
        rows.append({c.field.valueOr({}).name(), c.op.valueOr({}).name(), c.values.valueOr({})});
    m_conditions->setRows(rows);

    connect(m_debounce, &QTimer::timeout, this, &TuningEditor::previewNow);
    connect(m_name, &QLineEdit::textChanged, this, &TuningEditor::refresh);
    connect(m_sources, &QListWidget::itemChanged, this, &TuningEditor::changedSomething);
    connect(m_conditions, &ConditionList::changed, this, &TuningEditor::changedSomething);
    connect(m_expiry, &ExpiryEdit::changed, this, &TuningEditor::refresh);
    resize(760, qMax(sizeHint().height(), 360));
    changedSomething();
}

AlertTuningRule TuningEditor::rule() const
{
    AlertTuningRule r = m_rule;
    AlertTuningRuleProperties &p = r.props();
    p.displayName = m_name->text().trimmed();
    p.enabled = m_enabled->isChecked();
    p.action = m_resolve->isChecked() ? TuningAction::Resolve : TuningAction::Hide;
    p.expirationTimeUtc = m_expiry->expiry();
    p.applyToExistingAlerts = m_existing->isChecked();
    QList<Enum<ServiceSource>> sources;
    for (int i = 0; i < m_sources->count(); ++i) {
        const QListWidgetItem *item = m_sources->item(i);
        if (item->checkState() == Qt::Checked)
            sources << Enum<ServiceSource>::fromName(item->data(Qt::UserRole).toString());
    }
    p.serviceSources = sources;
    // Rows in place keep what their condition carried besides field, operator and values.
    const QList<TuningCondition> before = p.conditions.valueOr({});
    QList<TuningCondition> conditions;
    const QList<ConditionList::Row> rows = m_conditions->rows();
    for (int i = 0; i < rows.size(); ++i) {
        TuningCondition c = i < before.size() ? before.at(i) : TuningCondition();
        c.field = Enum<TuningField>::fromName(rows.at(i).property);
        c.op = Enum<TuningOperator>::fromName(rows.at(i).op);
        QStringList values = rows.at(i).values;
        if (rows.at(i).property == QLatin1StringView("severity")) {
            for (QString &v : values)
                v = Enum<AlertSeverity>::fromName(v).name(); // "High" -> "high"
        }
        c.values = values;
        conditions << c;
    }
    p.conditions = conditions;
    return r;
}

QString TuningEditor::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the rule a name.");
    const QString conditions = conditionsProblem();
    if (!conditions.isEmpty())
        return conditions;
    const Field<Timestamp> expiry = m_expiry->expiry();
    if (expiry.hasValue() && expiry->toMSecs() <= QDateTime::currentMSecsSinceEpoch())
        return tr("The expiry lies in the past: the rule would never apply.");
    return {};
}

QString TuningEditor::conditionsProblem() const
{
    const QList<ConditionList::Row> rows = m_conditions->rows();
    if (rows.isEmpty())
        return tr("Add at least one condition: a rule without one would tune every alert.");
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).values.isEmpty())
            return tr("Condition %1 needs a value.").arg(i + 1);
        if (rows.at(i).property == QLatin1StringView("severity")) {
            // Defender XDR's severities, as alerts_v2 writes them.
            for (const QString &v : rows.at(i).values) {
                const Enum<AlertSeverity> s = Enum<AlertSeverity>::fromName(v);
                if (!s.isKnown() || s == AlertSeverity::unknown
                    || s == AlertSeverity::unknownFutureValue)
                    return tr("Condition %1: “%2” is not a severity (informational, low, medium, "
                              "high).")
                        .arg(i + 1)
                        .arg(v);
            }
        }
    }
    return {};
}

bool TuningEditor::readyToSave() const
{
    // The impact is known (or could not be asked) for the rule as it is now.
    return m_previewFresh;
}

QString TuningEditor::submit()
{
    return service()->save(rule());
}

void TuningEditor::changedSomething()
{
    m_previewFresh = false;
    if (m_previewCall)
        m_previewCall->cancel();
    if (!conditionsProblem().isEmpty()) {
        // Nothing worth counting yet; the problem line says what is missing.
        m_debounce->stop();
        m_previewCount = -1;
        m_previewError.clear();
    } else {
        m_debounce->start();
    }
    showPreview();
    refresh();
}

void TuningEditor::previewNow()
{
    m_debounce->stop();
    if (m_previewCall)
        m_previewCall->cancel();
    m_previewCall
        = service()->previewTuning(rule(), this, [this](const integration::TuningPreview &preview) {
              if (preview.error.kind == net::ApiError::Kind::Cancelled)
                  return; // a newer question is on its way
              m_previewCall = nullptr;
              m_previewFresh = true;
              m_previewCount = preview.ok() ? preview.matchingAlerts : -1;
              m_previewSamples = preview.sampleAlertIds;
              m_previewError = preview.ok() ? QString() : preview.error.sentence();
              showPreview();
              refresh();
              Q_EMIT previewUpdated(m_previewCount);
          });
    showPreview();
}

QString TuningEditor::previewText() const
{
    return m_preview->text();
}

void TuningEditor::showPreview()
{
    QString text;
    QString tip;
    if (!conditionsProblem().isEmpty()) {
        text = tr("Impact: shown once the conditions are complete.");
    } else if (!m_previewFresh) {
        text = tr("Counting the alerts these conditions match…");
    } else if (!m_previewError.isEmpty()) {
        text = tr("The impact could not be counted: %1").arg(m_previewError);
    } else {
        // No "%n" plurals: without a loaded translation they show as "alert(s)".
        text = m_previewCount == 0 ? tr("No alerts would match.")
            : m_previewCount == 1  ? tr("1 alert would match.")
                                   : tr("%1 alerts would match.").arg(m_previewCount);
        if (!m_previewSamples.isEmpty())
            tip = tr("For example: %1").arg(m_previewSamples.join(QStringLiteral(", ")));
    }
    m_preview->setText(text);
    m_preview->setToolTip(tip);
    m_preview->setAccessibleName(text);
}

void TuningEditor::retranslate()
{
    setWindowTitle(m_rule.name.valueOr({}).isEmpty() ? tr("New alert tuning rule")
                                                     : tr("Edit alert tuning rule"));
    setRowLabel(m_name, tr("&Name:"));
    setRowLabel(m_sources, tr("Service sources:"));
    setRowLabel(m_conditions, tr("Alerts where:"));
    setRowLabel(m_hide->parentWidget(), tr("Action:"));
    m_name->setAccessibleName(tr("Rule name"));
    m_enabled->setText(tr("&Enabled"));
    m_sources->setAccessibleName(tr("Service sources"));
    m_sources->setToolTip(tr("None ticked: alerts from every source"));
    m_conditions->setChoices(RuleLabels::tuningFieldChoices(), RuleLabels::tuningOperatorChoices());
    m_conditions->setValueHint([](const QString &field) {
        if (field == QLatin1StringView("severity"))
            return tr("high; medium; low; informational");
        if (field == QLatin1StringView("ipAddress"))
            return tr("10.0.0.4; 192.0.2.1");
        return tr("value; another value");
    });
    m_conditions->setTexts(tr("Add condition"), tr("No conditions yet."));
    m_hide->setText(tr("&Hide the alert"));
    m_hide->setToolTip(tr("The alert is suppressed: it does not show in the queue"));
    m_resolve->setText(tr("&Resolve the alert"));
    m_resolve->setToolTip(tr("The alert is raised and resolved at once"));
    m_expiry->retranslate();
    m_existing->setText(tr("Also apply to alerts already raised"));
    showPreview();
    retranslateBase();
}

} // namespace wf::ui::rules

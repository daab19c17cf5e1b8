// AutomationEditor: the form, action rows, and the rule they make (unedited members kept).
#include "automationeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wf::ui::rules {

namespace {

constexpr int kMaxOrder = 1000;

template<class E>
void fillEnum(QComboBox *combo, QString (*label)(const Enum<E> &), const QString &current,
    const QString &placeholder = {})
{
    const QSignalBlocker block(combo);
    const QString keep = current.isEmpty() ? combo->currentData().toString() : current;
    combo->clear();
    if (!placeholder.isEmpty())
        combo->addItem(placeholder, QString());
    for (const QString &n : Enum<E>::allNames())
        combo->addItem(label(Enum<E>::fromName(n)), n);
    const int at = combo->findData(keep);
    combo->setCurrentIndex(qMax(0, at));
}

QStringList labelNames(const AutomationActionConfiguration &cfg)
{
    QStringList out;
    for (const IncidentLabel &l : cfg.labels.valueOr({}))
        out << l.labelName.valueOr({});
    return out;
}

} // namespace

AutomationEditor::AutomationEditor(
    integration::RuleService *service, const AutomationRule &rule, QWidget *parent)
    : RuleEditor(service, integration::RuleKind::Automation, parent)
    , m_rule(rule)
    , m_name(new QLineEdit(this))
    , m_order(new QSpinBox(this))
    , m_enabled(new QCheckBox(this))
    , m_trigger(new QComboBox(this))
    , m_expiry(new ExpiryEdit(this))
    , m_conditions(new ConditionList(this))
    , m_keptConditionsLabel(new QLabel(this))
    , m_actionsBox(new QWidget(this))
    , m_actionsGrid(new QGridLayout)
    , m_actionsEmpty(new QLabel(this))
    , m_addAction(new QPushButton(this))
    , m_keptActionsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("automationRuleEditor"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_order->setObjectName(QStringLiteral("orderSpin"));
    m_order->setRange(1, kMaxOrder);
    m_order->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_trigger->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_trigger->setObjectName(QStringLiteral("triggerCombo"));
    m_conditions->setObjectName(QStringLiteral("conditionList"));
    m_keptConditionsLabel->setObjectName(QStringLiteral("keptConditionsLabel"));
    m_keptConditionsLabel->setWordWrap(true);
    m_keptConditionsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_actionsEmpty->setObjectName(QStringLiteral("actionsEmpty"));
    m_actionsEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_addAction->setObjectName(QStringLiteral("addActionButton"));
    m_keptActionsLabel->setObjectName(QStringLiteral("keptActionsLabel"));
    m_keptActionsLabel->setWordWrap(true);
    m_keptActionsLabel->setForegroundRole(QPalette::PlaceholderText);

    const AutomationRuleProperties &p = rule.props();
    const AutomationTriggeringLogic logic = p.triggeringLogic.valueOr({});
    m_name->setText(p.displayName.valueOr({}));
    m_order->setValue(int(qBound<qint64>(1, p.order.valueOr(1), qint64(kMaxOrder))));
    m_enabled->setChecked(logic.isEnabled.valueOr(true));
    m_expiry->setExpiry(logic.expirationTimeUtc);
    QList<ConditionList::Row> rows;
    for (const AutomationCondition &c : logic.conditions.valueOr({})) {
        if (c.isProperty() && c.conditionProperties.hasValue() && c.extra.isEmpty()
            && c.conditionProperties->extra.isEmpty()) {
            const AutomationConditionProperties &cp = c.conditionProperties.value();
            rows.append({cp.propertyName.valueOr({}), cp.op.valueOr({}).name(),
                cp.propertyValues.valueOr({})});
        } else {
            m_keptConditions.append(c);
        }
    }

    auto *actionsLayout = new QVBoxLayout(m_actionsBox);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_actionsGrid->setContentsMargins(0, 0, 0, 0);
    m_actionsGrid->setColumnStretch(1, 1);
    actionsLayout->addLayout(m_actionsGrid);
    actionsLayout->addWidget(m_actionsEmpty);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_addAction);
    addLine->addStretch(1);
    actionsLayout->addLayout(addLine);
    actionsLayout->addWidget(m_keptActionsLabel);

    addRow(m_name);
    addRow(m_order);
    addRow(m_enabled);
    addRow(m_expiry);
    addRow(m_trigger);
    addRow(m_conditions);
    addRow(m_keptConditionsLabel);
    addRow(m_actionsBox);
    setRowVisible(m_keptConditionsLabel, !m_keptConditions.isEmpty());

    retranslate(); // fills the combo boxes before rows take their values
    const QString trigger = QString(logic.triggersOn.valueOr(AutomationTriggersOn::Incidents).name()
        + u'|' + logic.triggersWhen.valueOr(AutomationTriggersWhen::Created).name());
    if (m_trigger->findData(trigger) < 0)
        m_trigger->addItem(trigger, trigger);
    m_trigger->setCurrentIndex(m_trigger->findData(trigger));
    m_conditions->setRows(rows);
    loadActions();
    showKept();

    connect(m_name, &QLineEdit::textChanged, this, &AutomationEditor::refresh);
    connect(m_order, &QSpinBox::valueChanged, this, &AutomationEditor::refresh);
    connect(m_expiry, &ExpiryEdit::changed, this, &AutomationEditor::refresh);
    connect(m_conditions, &ConditionList::changed, this, &AutomationEditor::refresh);
    connect(m_addAction, &QPushButton::clicked, this, [this] { addAction(ChangeStatus); });
    resize(940, qMax(sizeHint().height(), 360));
    refresh();
}

// ---- action rows

AutomationEditor::ActionRow &AutomationEditor::newActionRow(ActionKind kind, int source)
{
    ActionRow row;
    row.source = source;
    row.kind = new QComboBox(m_actionsBox);
    row.stack = new QStackedWidget(m_actionsBox);
    row.remove = new QToolButton(m_actionsBox);
    row.remove->setAutoRaise(true);
    // As tall as one line: the stack's pages must not spread over the dialog's spare room.
    row.stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *statusPage = new QWidget(row.stack);
    auto *statusLayout = new QHBoxLayout(statusPage);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    row.status = new QComboBox(statusPage);
    row.classification = new QComboBox(statusPage);
    row.reason = new QComboBox(statusPage);
    row.comment = new QLineEdit(statusPage);
    row.comment->setMinimumWidth(row.comment->fontMetrics().averageCharWidth() * 18);
    statusLayout->addWidget(row.status);
    statusLayout->addWidget(row.classification);
    statusLayout->addWidget(row.reason);
    statusLayout->addWidget(row.comment, 1);
    row.severity = new QComboBox(row.stack);
    row.owner = new QLineEdit(row.stack);
    row.tags = new QLineEdit(row.stack);
    row.stack->addWidget(statusPage); // ChangeStatus
    auto *severityPage = new QWidget(row.stack);
    auto *severityLayout = new QHBoxLayout(severityPage);
    severityLayout->setContentsMargins(0, 0, 0, 0);
    severityLayout->addWidget(row.severity);
    severityLayout->addStretch(1);
    row.stack->addWidget(severityPage); // ChangeSeverity
    row.stack->addWidget(row.owner); // AssignOwner
    row.stack->addWidget(row.tags); // AddTags

    m_actions.append(row);
    ActionRow &r = m_actions.last();
    retranslateAction(r, int(m_actions.size()) - 1);
    r.kind->setCurrentIndex(int(kind));
    r.stack->setCurrentIndex(int(kind));

    QComboBox *kindCombo = r.kind;
    QStackedWidget *stack = r.stack;
    connect(kindCombo, &QComboBox::currentIndexChanged, this, [this, stack](int i) {
        stack->setCurrentIndex(i);
        refresh();
    });
    auto update = [this, kindCombo] {
        for (ActionRow &x : m_actions) {
            if (x.kind == kindCombo) {
                showClosingFields(x);
                fillReasons(x);
            }
        }
        refresh();
    };
    connect(r.status, &QComboBox::currentIndexChanged, this, update);
    connect(r.classification, &QComboBox::currentIndexChanged, this, update);
    connect(r.reason, &QComboBox::currentIndexChanged, this, &AutomationEditor::refresh);
    for (QLineEdit *e : {r.comment, r.owner, r.tags})
        connect(e, &QLineEdit::textChanged, this, &AutomationEditor::refresh);
    connect(r.remove, &QToolButton::clicked, this, [this, kindCombo] {
        for (int i = 0; i < m_actions.size(); ++i) {
            if (m_actions.at(i).kind == kindCombo) {
                removeAction(i);
                return;
            }
        }
    });
    showClosingFields(r);
    layoutActions();
    return r;
}

int AutomationEditor::addAction(ActionKind kind)
{
    newActionRow(kind, -1);
    refresh();
    return int(m_actions.size()) - 1;
}

void AutomationEditor::removeAction(int index)
{
    if (index < 0 || index >= m_actions.size())
        return;
    const ActionRow row = m_actions.takeAt(index);
    for (QWidget *w : {static_cast<QWidget *>(row.kind), static_cast<QWidget *>(row.stack),
             static_cast<QWidget *>(row.remove)}) {
        m_actionsGrid->removeWidget(w);
        w->deleteLater();
    }
    layoutActions();
    refresh();
}

void AutomationEditor::layoutActions()
{
    for (int i = 0; i < m_actions.size(); ++i) {
        ActionRow &r = m_actions[i];
        const QString n = QString::number(i);
        r.kind->setObjectName(QString(u"actionKind_" + n));
        r.status->setObjectName(QString(u"actionStatus_" + n));
        r.classification->setObjectName(QString(u"actionClassification_" + n));
        r.reason->setObjectName(QString(u"actionReason_" + n));
        r.comment->setObjectName(QString(u"actionComment_" + n));
        r.severity->setObjectName(QString(u"actionSeverity_" + n));
        r.owner->setObjectName(QString(u"actionOwner_" + n));
        r.tags->setObjectName(QString(u"actionTags_" + n));
        r.remove->setObjectName(QString(u"removeAction_" + n));
        m_actionsGrid->addWidget(r.kind, i, 0, Qt::AlignTop);
        m_actionsGrid->addWidget(r.stack, i, 1);
        m_actionsGrid->addWidget(r.remove, i, 2, Qt::AlignTop);
        retranslateAction(r, i);
    }
    m_actionsEmpty->setVisible(m_actions.isEmpty());
}

void AutomationEditor::showClosingFields(ActionRow &row)
{
    // A classification, its reason and a comment go with closing only.
    const bool closing = row.status->currentData().toString() == QLatin1StringView("Closed");
    row.classification->setVisible(closing);
    row.reason->setVisible(closing);
    row.comment->setVisible(closing);
}

void AutomationEditor::fillReasons(ActionRow &row)
{
    const QSignalBlocker block(row.reason);
    const QString keep = row.reason->currentData().toString();
    row.reason->clear();
    const QList<Enum<SentinelClassificationReason>> reasons = RuleLabels::reasonsFor(
        Enum<SentinelClassification>::fromName(row.classification->currentData().toString()));
    if (reasons.isEmpty() || row.classification->currentData().toString().isEmpty()) {
        row.reason->addItem(tr("No reason"), QString());
        row.reason->setEnabled(false);
        return;
    }
    row.reason->setEnabled(true);
    if (reasons.size() > 1)
        row.reason->addItem(tr("Choose a reason…"), QString());
    for (const Enum<SentinelClassificationReason> &r : reasons)
        row.reason->addItem(RuleLabels::classificationReason(r), r.name());
    row.reason->setCurrentIndex(qMax(0, row.reason->findData(keep)));
}

void AutomationEditor::retranslateAction(ActionRow &row, int index)
{
    {
        const QSignalBlocker block(row.kind);
        const int at = row.kind->currentIndex();
        row.kind->clear();
        row.kind->addItem(tr("Change status"));
        row.kind->addItem(tr("Change severity"));
        row.kind->addItem(tr("Assign owner"));
        row.kind->addItem(tr("Add tags"));
        row.kind->setCurrentIndex(qMax(0, at));
    }
    const bool fresh = row.status->count() == 0;
    // A new status action closes, the change automation rules are mostly made for.
    fillEnum<SentinelIncidentStatus>(
        row.status, &RuleLabels::status, fresh ? QStringLiteral("Closed") : QString());
    fillEnum<SentinelClassification>(
        row.classification, &RuleLabels::classification, QString(), tr("Choose a classification…"));
    fillReasons(row);
    fillEnum<SentinelSeverity>(row.severity, &RuleLabels::severity, QString());
    row.comment->setPlaceholderText(tr("Comment (optional)"));
    row.owner->setPlaceholderText(tr("user@contoso.com"));
    row.tags->setPlaceholderText(tr("tag; another tag"));
    const int n = index + 1;
    row.kind->setAccessibleName(tr("Action %1: kind").arg(n));
    row.status->setAccessibleName(tr("Action %1: status").arg(n));
    row.classification->setAccessibleName(tr("Action %1: classification").arg(n));
    row.reason->setAccessibleName(tr("Action %1: classification reason").arg(n));
    row.comment->setAccessibleName(tr("Action %1: classification comment").arg(n));
    row.severity->setAccessibleName(tr("Action %1: severity").arg(n));
    row.owner->setAccessibleName(tr("Action %1: owner").arg(n));
    row.tags->setAccessibleName(tr("Action %1: tags").arg(n));
    row.remove->setAccessibleName(tr("Remove action %1").arg(n));
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Remove this action"));
}

void AutomationEditor::loadActions()
{
    const QList<AutomationAction> actions = m_rule.props().actions.valueOr({});
    for (int i = 0; i < actions.size(); ++i) {
        const AutomationAction &a = actions.at(i);
        const AutomationActionConfiguration cfg = a.actionConfiguration.valueOr({});
        bool edited = false;
        if (a.isModifyProperties()) {
            if (cfg.status.hasValue()) {
                ActionRow &r = newActionRow(ChangeStatus, i);
                auto pick = [](QComboBox *c, const QString &v) {
                    if (c->findData(v) < 0)
                        c->addItem(v, v); // a value this console has no words for, kept
                    c->setCurrentIndex(c->findData(v));
                };
                pick(r.status, cfg.status->name());
                if (cfg.classification.hasValue())
                    pick(r.classification, cfg.classification->name());
                fillReasons(r);
                if (cfg.classificationReason.hasValue())
                    pick(r.reason, cfg.classificationReason->name());
                r.comment->setText(cfg.classificationComment.valueOr({}));
                showClosingFields(r);
                edited = true;
            }
            if (cfg.severity.hasValue()) {
                ActionRow &r = newActionRow(ChangeSeverity, i);
                r.severity->setCurrentIndex(qMax(0, r.severity->findData(cfg.severity->name())));
                edited = true;
            }
            if (cfg.owner.hasValue()) {
                newActionRow(AssignOwner, i).owner->setText(cfg.owner->display());
                edited = true;
            }
            if (cfg.labels.hasValue()) {
                newActionRow(AddTags, i).tags->setText(RuleLabels::joinValues(labelNames(cfg)));
                edited = true;
            }
        }
        if (!edited)
            m_keptActions.append(i);
    }
}

// ---- the rule

void AutomationEditor::applyRow(const ActionRow &row, AutomationActionConfiguration &cfg)
{
    switch (ActionKind(row.kind->currentIndex())) {
    case ChangeStatus: {
        cfg.status = Enum<SentinelIncidentStatus>::fromName(row.status->currentData().toString());
        const bool closing = row.status->currentData().toString() == QLatin1StringView("Closed");
        const QString classification = row.classification->currentData().toString();
        const QString reason = row.reason->currentData().toString();
        const QString comment = row.comment->text().trimmed();
        if (closing && !classification.isEmpty())
            cfg.classification = Enum<SentinelClassification>::fromName(classification);
        if (closing && !reason.isEmpty())
            cfg.classificationReason = Enum<SentinelClassificationReason>::fromName(reason);
        if (closing && !comment.isEmpty())
            cfg.classificationComment = comment;
        break;
    }
    case ChangeSeverity:
        cfg.severity = Enum<SentinelSeverity>::fromName(row.severity->currentData().toString());
        break;
    case AssignOwner: {
        const QString who = row.owner->text().trimmed();
        // Unchanged: the owner as it came (object id and all); else the name typed.
        if (!cfg.owner.hasValue() || cfg.owner->display() != who) {
            IncidentOwnerInfo owner;
            owner.userPrincipalName = who;
            owner.assignedTo = who;
            cfg.owner = owner;
        }
        break;
    }
    case AddTags: {
        QList<IncidentLabel> labels;
        const QList<IncidentLabel> before = cfg.labels.valueOr({});
        for (const QString &name : RuleLabels::splitValues(row.tags->text())) {
            IncidentLabel l;
            for (const IncidentLabel &b : before) {
                if (b.labelName.valueOr({}) == name)
                    l = b;
            }
            l.labelName = name;
            if (l.labelType.isMissing())
                l.labelType = QStringLiteral("User");
            labels << l;
        }
        cfg.labels = labels;
        break;
    }
    case ActionKindCount:
        break;
    }
}

QList<AutomationAction> AutomationEditor::buildActions() const
{
    // The rule's actions in their order, each with what its rows now say (or left out when
    // its rows were all removed), then one new action per new row; numbered from 1.
    const QList<AutomationAction> before = m_rule.props().actions.valueOr({});
    QList<AutomationAction> out;
    for (int i = 0; i < before.size(); ++i) {
        if (m_keptActions.contains(i)) {
            out << before.at(i);
            continue;
        }
        AutomationAction a = before.at(i);
        AutomationActionConfiguration cfg = a.actionConfiguration.valueOr({});
        // The owner and labels are rebuilt from their rows, reusing what came where the
        // row did not change it.
        const Field<IncidentOwnerInfo> owner = cfg.owner;
        const Field<QList<IncidentLabel>> labels = cfg.labels;
        cfg.status.clear();
        cfg.classification.clear();
        cfg.classificationReason.clear();
        cfg.classificationComment.clear();
        cfg.severity.clear();
        cfg.owner.clear();
        cfg.labels.clear();
        bool any = false;
        for (const ActionRow &row : m_actions) {
            if (row.source != i)
                continue;
            if (row.kind->currentIndex() == AssignOwner)
                cfg.owner = owner;
            if (row.kind->currentIndex() == AddTags)
                cfg.labels = labels;
            applyRow(row, cfg);
            any = true;
        }
        if (!any)
            continue;
        a.actionConfiguration = cfg;
        out << a;
    }
    for (const ActionRow &row : m_actions) {
        if (row.source >= 0)
            continue;
        AutomationAction a;
        a.actionType = QStringLiteral("ModifyProperties");
        AutomationActionConfiguration cfg;
        applyRow(row, cfg);
        a.actionConfiguration = cfg;
        out << a;
    }
    for (int i = 0; i < out.size(); ++i)
        out[i].order = qint64(i + 1);
    return out;
}

AutomationRule AutomationEditor::rule() const
{
    AutomationRule r = m_rule;
    AutomationRuleProperties &p = r.props();
    p.displayName = m_name->text().trimmed();
    p.order = qint64(m_order->value());
    AutomationTriggeringLogic &logic = p.triggeringLogic.mutableValue();
    logic.isEnabled = m_enabled->isChecked();
    const Field<Timestamp> expiry = m_expiry->expiry();
    if (expiry.hasValue() || logic.expirationTimeUtc.hasValue())
        logic.expirationTimeUtc = expiry;
    const QStringList trigger = m_trigger->currentData().toString().split(u'|');
    logic.triggersOn = Enum<AutomationTriggersOn>::fromName(trigger.value(0));
    logic.triggersWhen = Enum<AutomationTriggersWhen>::fromName(trigger.value(1));
    // The conditions as the rows say, in the rule's own order for those it had unchanged.
    QList<AutomationCondition> conditions;
    for (const ConditionList::Row &row : m_conditions->rows()) {
        AutomationCondition c;
        c.conditionType = QStringLiteral("Property");
        AutomationConditionProperties cp;
        cp.propertyName = row.property;
        cp.op = Enum<AutomationOperator>::fromName(row.op);
        QStringList values = row.values;
        if (row.property == QLatin1StringView("IncidentSeverity")) {
            for (QString &v : values)
                v = Enum<SentinelSeverity>::fromName(v).name(); // "high" -> "High"
        }
        cp.propertyValues = values;
        c.conditionProperties = cp;
        conditions << c;
    }
    conditions << m_keptConditions;
    logic.conditions = conditions;
    p.actions = buildActions();
    return r;
}

QString AutomationEditor::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the rule a name.");
    const QList<ConditionList::Row> rows = m_conditions->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).values.isEmpty())
            return tr("Condition %1 needs a value.").arg(i + 1);
        if (rows.at(i).property == QLatin1StringView("IncidentSeverity")) {
            for (const QString &v : rows.at(i).values) {
                if (!Enum<SentinelSeverity>::isKnownName(v))
                    return tr("Condition %1: “%2” is not a severity (High, Medium, Low, "
                              "Informational).")
                        .arg(i + 1)
                        .arg(v);
            }
        }
    }
    if (m_actions.isEmpty() && m_keptActions.isEmpty())
        return tr("Add at least one action.");
    for (int i = 0; i < m_actions.size(); ++i) {
        const ActionRow &r = m_actions.at(i);
        switch (ActionKind(r.kind->currentIndex())) {
        case ChangeStatus:
            if (r.status->currentData().toString() == QLatin1StringView("Closed")) {
                if (r.classification->currentData().toString().isEmpty())
                    return tr("Action %1: closing an incident needs a classification.").arg(i + 1);
                if (r.reason->isEnabled() && r.reason->currentData().toString().isEmpty())
                    return tr("Action %1: choose the reason for the classification.").arg(i + 1);
            }
            break;
        case AssignOwner:
            if (r.owner->text().trimmed().isEmpty())
                return tr("Action %1: name the owner.").arg(i + 1);
            break;
        case AddTags:
            if (RuleLabels::splitValues(r.tags->text()).isEmpty())
                return tr("Action %1: name at least one tag.").arg(i + 1);
            break;
        default:
            break;
        }
    }
    const Field<Timestamp> expiry = m_expiry->expiry();
    if (expiry.hasValue() && expiry->toMSecs() <= QDateTime::currentMSecsSinceEpoch())
        return tr("The expiry lies in the past: the rule would never run.");
    return {};
}

QString AutomationEditor::submit()
{
    return service()->save(rule());
}

void AutomationEditor::showKept()
{
    // What the rule has that no row edits: named so that nobody wonders where it went.
    QStringList kept;
    for (const AutomationCondition &c : std::as_const(m_keptConditions))
        kept << RuleLabels::condition(c);
    m_keptConditionsLabel->setText(tr("Also kept as they are (edit them in Sentinel): %1")
                                       .arg(kept.join(QStringLiteral("; "))));
    QStringList keptActions;
    const QList<AutomationAction> actions = m_rule.props().actions.valueOr({});
    for (int i : std::as_const(m_keptActions)) {
        AutomationRule one;
        one.props().actions = QList<AutomationAction> {actions.value(i)};
        keptActions << RuleLabels::then(one);
    }
    m_keptActionsLabel->setText(
        tr("Also runs, kept as they are: %1").arg(keptActions.join(QStringLiteral("; "))));
    m_keptActionsLabel->setVisible(!m_keptActions.isEmpty());
}

void AutomationEditor::retranslate()
{
    setWindowTitle(
        m_rule.name.valueOr({}).isEmpty() ? tr("New automation rule") : tr("Edit automation rule"));
    setRowLabel(m_name, tr("&Name:"));
    setRowLabel(m_order, tr("&Order:"));
    setRowLabel(m_trigger, tr("&Trigger:"));
    setRowLabel(m_conditions, tr("Conditions:"));
    setRowLabel(m_actionsBox, tr("Actions:"));
    m_name->setAccessibleName(tr("Rule name"));
    m_order->setAccessibleName(tr("Run order"));
    m_order->setToolTip(tr("Rules run in this order, lowest first (1 to 1000)"));
    m_enabled->setText(tr("&Enabled"));
    m_expiry->retranslate();
    {
        const QSignalBlocker block(m_trigger);
        const QString keep = m_trigger->currentData().toString();
        m_trigger->clear();
        m_trigger->addItem(tr("When an incident is created"), QStringLiteral("Incidents|Created"));
        m_trigger->addItem(tr("When an incident is updated"), QStringLiteral("Incidents|Updated"));
        m_trigger->addItem(tr("When an alert is created"), QStringLiteral("Alerts|Created"));
        m_trigger->setCurrentIndex(qMax(0, m_trigger->findData(keep)));
    }
    m_trigger->setAccessibleName(tr("Trigger"));
    m_conditions->setChoices(
        RuleLabels::automationPropertyChoices(), RuleLabels::automationOperatorChoices());
    m_conditions->setValueHint([](const QString &property) {
        if (property == QLatin1StringView("IncidentSeverity"))
            return tr("High; Medium; Low; Informational");
        if (property == QLatin1StringView("AlertProductNames"))
            return QStringLiteral("Azure Security Center");
        return tr("value; another value");
    });
    m_conditions->setTexts(tr("Add condition"),
        tr("No conditions: the rule acts on every incident it is triggered by."));
    m_actionsEmpty->setText(tr("No actions yet."));
    m_addAction->setText(tr("Add action"));
    for (int i = 0; i < m_actions.size(); ++i)
        retranslateAction(m_actions[i], i);
    showKept();
    retranslateBase();
}

} // namespace wf::ui::rules

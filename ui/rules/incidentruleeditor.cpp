// IncidentRuleEditor: the form and the rule it makes.
#include "incidentruleeditor.h"

#include "rulelabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace wf::ui::rules {

IncidentRuleEditor::IncidentRuleEditor(
    integration::RuleService *service, const IncidentCreationRule &rule, QWidget *parent)
    : RuleEditor(service, integration::RuleKind::IncidentCreation, parent)
    , m_rule(rule)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_enabled(new QCheckBox(this))
    , m_product(new QComboBox(this))
    , m_include(new QLineEdit(this))
    , m_exclude(new QLineEdit(this))
    , m_template(new QLabel(this))
    , m_severityHint(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentRuleEditor"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_include->setObjectName(QStringLiteral("includeNamesEdit"));
    m_exclude->setObjectName(QStringLiteral("excludeNamesEdit"));
    m_template->setObjectName(QStringLiteral("templateLabel"));
    m_template->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_severityHint->setForegroundRole(QPalette::PlaceholderText);

    const IncidentCreationRuleProperties &p = rule.props();
    m_name->setText(p.displayName.valueOr({}));
    m_description->setPlainText(p.description.valueOr({}));
    m_enabled->setChecked(p.enabled.valueOr(true));
    for (const QString &product : IncidentCreationRule::productNames())
        m_product->addItem(product, product); // product names stay as the API spells them
    const QString product = p.productFilter.valueOr(
        QString::fromLatin1(IncidentCreationRule::kDefenderForCloudProduct));
    if (m_product->findData(product) < 0)
        m_product->addItem(product, product);
    m_product->setCurrentIndex(m_product->findData(product));

    auto *severities = new QWidget(this);
    auto *sevLayout = new QHBoxLayout(severities);
    sevLayout->setContentsMargins(0, 0, 0, 0);
    const QList<Enum<SentinelSeverity>> chosen = p.severitiesFilter.valueOr({});
    for (const QString &s : Enum<SentinelSeverity>::allNames()) {
        auto *box = new QCheckBox(severities);
        box->setObjectName(QString(u"severity" + s));
        box->setProperty("wireValue", s);
        box->setChecked(chosen.contains(Enum<SentinelSeverity>::fromName(s)));
        sevLayout->addWidget(box);
        m_severities << box;
        connect(box, &QCheckBox::toggled, this, &IncidentRuleEditor::refresh);
    }
    sevLayout->addWidget(m_severityHint, 1);
    m_include->setText(RuleLabels::joinValues(p.displayNamesFilter.valueOr({})));
    m_exclude->setText(RuleLabels::joinValues(p.displayNamesExcludeFilter.valueOr({})));

    addRow(m_name);
    addRow(m_description);
    addRow(m_enabled);
    addRow(m_product);
    addRow(severities);
    addRow(m_include);
    addRow(m_exclude);
    addRow(m_template);
    setRowVisible(m_template, !p.alertRuleTemplateName.valueOr({}).isEmpty());

    connect(m_name, &QLineEdit::textChanged, this, &IncidentRuleEditor::refresh);
    connect(m_include, &QLineEdit::textChanged, this, &IncidentRuleEditor::refresh);
    connect(m_exclude, &QLineEdit::textChanged, this, &IncidentRuleEditor::refresh);
    resize(560, sizeHint().height());
    retranslate();
}

IncidentCreationRule IncidentRuleEditor::rule() const
{
    IncidentCreationRule r = m_rule;
    IncidentCreationRuleProperties &p = r.props();
    p.displayName = m_name->text().trimmed();
    const QString description = m_description->toPlainText().trimmed();
    if (!description.isEmpty())
        p.description = description;
    else if (p.description.hasValue())
        p.description.setNull();
    p.enabled = m_enabled->isChecked();
    p.productFilter = m_product->currentData().toString();
    QList<Enum<SentinelSeverity>> severities;
    for (QCheckBox *box : m_severities) {
        if (box->isChecked())
            severities << Enum<SentinelSeverity>::fromName(box->property("wireValue").toString());
    }
    p.severitiesFilter = severities;
    // Empty lists go as the API writes "no filter": null, unless the rule had a list before.
    auto names = [](Field<QStringList> &f, const QString &text) {
        const QStringList v = RuleLabels::splitValues(text);
        if (!v.isEmpty() || f.hasValue())
            f = v;
    };
    names(p.displayNamesFilter, m_include->text());
    names(p.displayNamesExcludeFilter, m_exclude->text());
    if (r.kind.isMissing())
        r.kind = QString::fromLatin1(IncidentCreationRule::kKind);
    return r;
}

QString IncidentRuleEditor::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the rule a name.");
    const QStringList include = RuleLabels::splitValues(m_include->text());
    for (const QString &n : RuleLabels::splitValues(m_exclude->text())) {
        if (include.contains(n, Qt::CaseInsensitive))
            return tr("“%1” is both included and excluded.").arg(n);
    }
    return {};
}

QString IncidentRuleEditor::submit()
{
    return service()->save(rule());
}

void IncidentRuleEditor::retranslate()
{
    setWindowTitle(m_rule.name.valueOr({}).isEmpty() ? tr("New incident creation rule")
                                                     : tr("Edit incident creation rule"));
    setRowLabel(m_name, tr("&Name:"));
    setRowLabel(m_description, tr("&Description:"));
    setRowLabel(m_enabled, QString());
    setRowLabel(m_product, tr("Create incidents from alerts of:"));
    setRowLabel(m_severities.first()->parentWidget(), tr("With severity:"));
    setRowLabel(m_include, tr("Only alert names:"));
    setRowLabel(m_exclude, tr("Except alert names:"));
    setRowLabel(m_template, tr("Template:"));
    m_name->setAccessibleName(tr("Rule name"));
    m_description->setAccessibleName(tr("Description"));
    m_enabled->setText(tr("&Enabled"));
    m_product->setAccessibleName(tr("Microsoft security product"));
    for (QCheckBox *box : std::as_const(m_severities)) {
        box->setText(RuleLabels::severity(
            Enum<SentinelSeverity>::fromName(box->property("wireValue").toString())));
    }
    m_severityHint->setText(tr("none ticked: every severity"));
    m_include->setPlaceholderText(tr("any name; separate names with ;"));
    m_include->setAccessibleName(tr("Alert names to include"));
    m_exclude->setPlaceholderText(tr("none; separate names with ;"));
    m_exclude->setAccessibleName(tr("Alert names to exclude"));
    const QString templ = m_rule.props().alertRuleTemplateName.valueOr({});
    m_template->setText(templ == QLatin1StringView(IncidentCreationRule::kDefenderForCloudTemplate)
            ? tr("Create incidents based on Microsoft Defender for Cloud (%1)").arg(templ)
            : templ);
    retranslateBase();
}

} // namespace wf::ui::rules

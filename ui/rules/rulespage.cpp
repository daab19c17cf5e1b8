// RulesPage: the three tabs, their buttons and what they do, write access, retranslation.
#include "rulespage.h"

#include "automationeditor.h"
#include "incidentruleeditor.h"
#include "integration/ruleservice.h"
#include "rulesmodel.h"
#include "ruletab.h"
#include "session/session.h"
#include "shell/errorbanner.h"
#include "tuningeditor.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace wf::ui {

using integration::RuleKind;
using integration::RuleService;
using rules::RulesModel;
using rules::RuleTab;

QWidget *createRulesPage(session::Session *session, QWidget *parent)
{
    return new RulesPage(session, parent);
}

namespace {

QPushButton *button(RuleTab *tab, const char *name)
{
    return tab->findChild<QPushButton *>(QLatin1StringView(name));
}

} // namespace

RulesPage::RulesPage(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(new RuleService(session->arm(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("rulesPage"));
    m_tabs->setObjectName(QStringLiteral("rulesTabs"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    buildAnalyticsTab();
    buildAutomationTab();
    buildTuningTab();

    connect(m_service, &RuleService::saved, this, [this](RuleKind kind, const QString &) {
        Q_EMIT statusMessage(tr("Rule saved."));
        if (kind == RuleKind::IncidentCreation)
            Q_EMIT incidentCreationRulesChanged();
    });
    connect(m_service, &RuleService::removed, this, [this](RuleKind kind, const QString &) {
        Q_EMIT statusMessage(tr("Rule deleted."));
        if (kind == RuleKind::IncidentCreation)
            Q_EMIT incidentCreationRulesChanged();
    });
    connect(m_service, &RuleService::loaded, this, [this](RuleKind kind) {
        if (kind == RuleKind::IncidentCreation && !m_editWhenLoaded.isEmpty()
            && m_service->isLoaded(kind))
            editAnalytics(std::exchange(m_editWhenLoaded, QString()));
        updateButtons();
    });
    connect(m_service, &RuleService::pendingChanged, this, &RulesPage::updateButtons);

    retranslate();
    m_service->setWorkspaceResourceId(session->profile().workspaceResourceId);
    m_service->refresh();
}

RulesPage::~RulesPage() = default;

// ---- building

void RulesPage::buildAnalyticsTab()
{
    m_analytics
        = new RuleTab(m_service, RuleKind::IncidentCreation, QStringLiteral("analytics"), m_tabs);
    m_tabs->addTab(m_analytics, QString());
    QPushButton *create = m_analytics->addButton(QStringLiteral("createFromTemplateButton"));
    QPushButton *edit = m_analytics->addButton(QStringLiteral("editAnalyticsButton"));
    QPushButton *toggle = m_analytics->addButton(QStringLiteral("toggleAnalyticsButton"));
    QPushButton *remove = m_analytics->addButton(QStringLiteral("deleteAnalyticsButton"));
    QPushButton *refresh = m_analytics->addButton(QStringLiteral("refreshAnalyticsButton"), true);
    connect(create, &QPushButton::clicked, this, &RulesPage::createFromDefenderForCloudTemplate);
    connect(
        edit, &QPushButton::clicked, this, [this] { editAnalytics(m_analytics->currentName()); });
    connect(toggle, &QPushButton::clicked, this, [this] { toggleSelected(AnalyticsTab); });
    connect(remove, &QPushButton::clicked, this, [this] { confirmDelete(AnalyticsTab); });
    connect(m_analytics, &RuleTab::deleteRequested, remove, &QPushButton::click); // if enabled
    connect(refresh, &QPushButton::clicked, this,
        [this] { m_service->refresh(RuleKind::IncidentCreation); });
    connect(m_analytics, &RuleTab::activated, this, &RulesPage::editAnalytics);
    connect(m_analytics, &RuleTab::currentChanged, this, &RulesPage::updateButtons);
}

void RulesPage::buildAutomationTab()
{
    m_automation
        = new RuleTab(m_service, RuleKind::Automation, QStringLiteral("automation"), m_tabs);
    m_tabs->addTab(m_automation, QString());
    QPushButton *add = m_automation->addButton(QStringLiteral("newAutomationButton"));
    QPushButton *edit = m_automation->addButton(QStringLiteral("editAutomationButton"));
    QPushButton *toggle = m_automation->addButton(QStringLiteral("toggleAutomationButton"));
    QPushButton *up = m_automation->addButton(QStringLiteral("moveUpButton"));
    QPushButton *down = m_automation->addButton(QStringLiteral("moveDownButton"));
    QPushButton *remove = m_automation->addButton(QStringLiteral("deleteAutomationButton"));
    QPushButton *refresh = m_automation->addButton(QStringLiteral("refreshAutomationButton"), true);
    connect(add, &QPushButton::clicked, this, &RulesPage::newAutomation);
    connect(
        edit, &QPushButton::clicked, this, [this] { editAutomation(m_automation->currentName()); });
    connect(toggle, &QPushButton::clicked, this, [this] { toggleSelected(AutomationTab); });
    auto move = [this](int delta) {
        const QString name = m_automation->currentName();
        if (m_service->moveAutomationRule(name, delta))
            m_automation->selectName(name); // the rule moved; keep it current
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(+1); });
    connect(remove, &QPushButton::clicked, this, [this] { confirmDelete(AutomationTab); });
    connect(m_automation, &RuleTab::deleteRequested, remove, &QPushButton::click); // if enabled
    connect(
        refresh, &QPushButton::clicked, this, [this] { m_service->refresh(RuleKind::Automation); });
    connect(m_automation, &RuleTab::activated, this, &RulesPage::editAutomation);
    connect(m_automation, &RuleTab::currentChanged, this, &RulesPage::updateButtons);
}

void RulesPage::buildTuningTab()
{
    m_tuning = new RuleTab(m_service, RuleKind::Tuning, QStringLiteral("tuning"), m_tabs);
    m_tabs->addTab(m_tuning, QString());
    QPushButton *add = m_tuning->addButton(QStringLiteral("newTuningButton"));
    QPushButton *edit = m_tuning->addButton(QStringLiteral("editTuningButton"));
    QPushButton *toggle = m_tuning->addButton(QStringLiteral("toggleTuningButton"));
    QPushButton *remove = m_tuning->addButton(QStringLiteral("deleteTuningButton"));
    QPushButton *refresh = m_tuning->addButton(QStringLiteral("refreshTuningButton"), true);
    connect(add, &QPushButton::clicked, this, &RulesPage::newTuning);
    connect(edit, &QPushButton::clicked, this, [this] { editTuning(m_tuning->currentName()); });
    connect(toggle, &QPushButton::clicked, this, [this] { toggleSelected(TuningTab); });
    connect(remove, &QPushButton::clicked, this, [this] { confirmDelete(TuningTab); });
    connect(m_tuning, &RuleTab::deleteRequested, remove, &QPushButton::click); // if enabled
    connect(refresh, &QPushButton::clicked, this, [this] { m_service->refresh(RuleKind::Tuning); });
    connect(m_tuning, &RuleTab::activated, this, &RulesPage::editTuning);
    connect(m_tuning, &RuleTab::currentChanged, this, &RulesPage::updateButtons);
}

// ---- the public slots

void RulesPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

RulesPage::Tab RulesPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void RulesPage::setWorkspaceResourceId(const QString &workspaceResourceId)
{
    const QString before = m_service->workspaceResourceId();
    m_service->setWorkspaceResourceId(workspaceResourceId);
    if (m_service->workspaceResourceId() != before || before.isEmpty()) {
        m_service->refresh(RuleKind::IncidentCreation);
        m_service->refresh(RuleKind::Automation);
    }
}

void RulesPage::editIncidentCreationRule(const QString &ruleName)
{
    showTab(AnalyticsTab);
    if (!m_service->isLoaded(RuleKind::IncidentCreation)) {
        m_editWhenLoaded = ruleName;
        return;
    }
    editAnalytics(ruleName);
}

void RulesPage::createFromDefenderForCloudTemplate()
{
    showTab(AnalyticsTab);
    openEditor(new rules::IncidentRuleEditor(m_service,
        IncidentCreationRule::fromDefenderForCloudTemplate(
            tr("Create incidents based on Microsoft Defender for Cloud alerts")),
        this));
}

void RulesPage::setWriteAccess(
    bool workspaceWrite, const QString &workspaceWhy, bool tuningWrite, const QString &tuningWhy)
{
    m_workspaceWrite = workspaceWrite;
    m_workspaceWhy = workspaceWhy;
    m_tuningWrite = tuningWrite;
    m_tuningWhy = tuningWhy;
    if (m_editor) {
        const bool tuning = qobject_cast<rules::TuningEditor *>(m_editor) != nullptr;
        m_editor->setWritable(
            tuning ? tuningWrite : workspaceWrite, tuning ? tuningWhy : workspaceWhy);
    }
    updateButtons();
    retranslate(); // Edit / View
}

void RulesPage::refresh()
{
    m_service->refresh();
}

QList<QWidget *> RulesPage::writeControls() const
{
    QList<QWidget *> out;
    for (const char *name : {"createFromTemplateButton", "toggleAnalyticsButton",
             "deleteAnalyticsButton", "newAutomationButton", "toggleAutomationButton",
             "moveUpButton", "moveDownButton", "deleteAutomationButton", "newTuningButton",
             "toggleTuningButton", "deleteTuningButton"}) {
        if (auto *b = findChild<QPushButton *>(QLatin1StringView(name)))
            out << b;
    }
    if (m_editor)
        out << m_editor->saveButton();
    return out;
}

// ---- editing

void RulesPage::openEditor(rules::RuleEditor *editor)
{
    if (m_editor)
        m_editor->reject(); // one editor at a time; it deletes itself on close
    m_editor = editor;
    const bool tuning = qobject_cast<rules::TuningEditor *>(editor) != nullptr;
    editor->setWritable(
        tuning ? m_tuningWrite : m_workspaceWrite, tuning ? m_tuningWhy : m_workspaceWhy);
    connect(editor, &QObject::destroyed, this, [this, editor] {
        if (m_editor == editor)
            m_editor = nullptr;
    });
    connect(editor, &QDialog::finished, this, [this, editor] {
        if (m_editor == editor)
            m_editor = nullptr;
    });
    editor->open();
}

void RulesPage::editAnalytics(const QString &name)
{
    std::optional<IncidentCreationRule> rule = m_service->incidentCreationRule(name);
    if (!rule) {
        if (!name.isEmpty())
            m_analytics->banner()->showMessage(
                tr("There is no incident creation rule named “%1” in the workspace.").arg(name));
        return;
    }
    m_analytics->selectName(name);
    openEditor(new rules::IncidentRuleEditor(m_service, *rule, this));
}

void RulesPage::editAutomation(const QString &name)
{
    if (std::optional<AutomationRule> rule = m_service->automationRule(name))
        openEditor(new rules::AutomationEditor(m_service, *rule, this));
}

void RulesPage::editTuning(const QString &name)
{
    if (std::optional<AlertTuningRule> rule = m_service->tuningRule(name))
        openEditor(new rules::TuningEditor(m_service, *rule, this));
}

void RulesPage::newAutomation()
{
    // After the last rule in run order, enabled, on incident creation.
    qint64 last = 0;
    for (const AutomationRule &r : m_service->automationRules())
        last = qMax(last, r.order());
    AutomationRule rule;
    AutomationRuleProperties &p = rule.props();
    p.order = qMin<qint64>(1000, last + 1);
    AutomationTriggeringLogic logic;
    logic.isEnabled = true;
    logic.triggersOn = AutomationTriggersOn::Incidents;
    logic.triggersWhen = AutomationTriggersWhen::Created;
    logic.conditions = QList<AutomationCondition>();
    p.triggeringLogic = logic;
    p.actions = QList<AutomationAction>();
    openEditor(new rules::AutomationEditor(m_service, rule, this));
}

void RulesPage::newTuning()
{
    AlertTuningRule rule;
    AlertTuningRuleProperties &p = rule.props();
    p.enabled = true;
    p.action = TuningAction::Hide;
    p.applyToExistingAlerts = false;
    p.expirationTimeUtc.setNull();
    // Defender for Cloud's alerts are the ones this console is about.
    p.serviceSources = QList<Enum<ServiceSource>> {ServiceSource::microsoftDefenderForCloud};
    openEditor(new rules::TuningEditor(m_service, rule, this));
}

void RulesPage::toggleSelected(int tab)
{
    switch (Tab(tab)) {
    case AnalyticsTab:
        if (auto rule = m_service->incidentCreationRule(m_analytics->currentName())) {
            rule->props().enabled = !rule->props().enabled.valueOr(false);
            m_service->save(*rule);
        }
        break;
    case AutomationTab:
        if (auto rule = m_service->automationRule(m_automation->currentName())) {
            const bool on = rule->isEnabled();
            rule->props().triggeringLogic.mutableValue().isEnabled = !on;
            m_service->save(*rule);
        }
        break;
    case TuningTab:
        if (auto rule = m_service->tuningRule(m_tuning->currentName())) {
            rule->props().enabled = !rule->props().enabled.valueOr(false);
            m_service->save(*rule);
        }
        break;
    }
}

void RulesPage::confirmDelete(int tab)
{
    RuleTab *t = tab == AnalyticsTab ? m_analytics : tab == AutomationTab ? m_automation : m_tuning;
    const QString name = t->currentName();
    const int row = t->model()->rowOf(name);
    if (row < 0)
        return;
    const int nameColumn = tab == AutomationTab ? RulesModel::AutomationName : 0;
    const QString shown = t->model()->index(row, nameColumn).data().toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete rule"),
        tr("Delete the rule “%1”? This cannot be undone.").arg(shown),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::Yes)->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    const RuleKind kind = t->kind();
    connect(box, &QMessageBox::finished, this, [this, kind, name](int result) {
        if (result == QMessageBox::Yes)
            m_service->remove(kind, name);
    });
    box->open();
}

// ---- state of the buttons

void RulesPage::updateButtons()
{
    struct TabState
    {
        RuleTab *tab;
        bool write;
        const QString &why;
    };
    for (const TabState &s : {TabState {m_analytics, m_workspaceWrite, m_workspaceWhy},
             TabState {m_automation, m_workspaceWrite, m_workspaceWhy},
             TabState {m_tuning, m_tuningWrite, m_tuningWhy}}) {
        const QString name = s.tab->currentName();
        const int row = s.tab->model()->rowOf(name);
        const bool selected = row >= 0;
        const bool enabled
            = selected && s.tab->model()->index(row, 0).data(RulesModel::EnabledRole).toBool();
        const bool deleting = selected && m_service->isDeleting(s.tab->kind(), name);
        const bool workspaceKnown
            = s.tab->kind() == RuleKind::Tuning || !m_service->workspaceResourceId().isEmpty();
        for (QPushButton *b : s.tab->findChildren<QPushButton *>()) {
            const QString n = b->objectName();
            if (n.startsWith(u"refresh") || n.startsWith(u"errorBanner") || n.isEmpty())
                continue;
            const bool writes = !n.startsWith(u"edit");
            bool possible = true; // besides write access
            if (n.startsWith(u"new") || n.startsWith(u"create"))
                possible = workspaceKnown;
            else if (n.startsWith(u"edit"))
                possible = selected && !deleting;
            else if (n == QLatin1StringView("moveUpButton"))
                possible = selected && !deleting && row > 0;
            else if (n == QLatin1StringView("moveDownButton"))
                possible = selected && !deleting && row + 1 < s.tab->model()->rowCount();
            else
                possible = selected && !deleting;
            b->setEnabled(possible && (!writes || s.write));
            if (writes && !s.write)
                b->setToolTip(s.why);
            else
                b->setToolTip(b->property("normalToolTip").toString());
            if (n.startsWith(u"toggle"))
                b->setText(selected && enabled ? tr("Disable") : tr("Enable"));
        }
    }
}

// ---- translation

void RulesPage::retranslate()
{
    m_tabs->setTabText(AnalyticsTab, tr("Analytics rules"));
    m_tabs->setTabText(AutomationTab, tr("Automation rules"));
    m_tabs->setTabText(TuningTab, tr("Alert tuning"));
    m_tabs->setAccessibleName(tr("Rules"));
    auto set = [](RuleTab *tab, const char *name, const QString &text, const QString &tip) {
        if (QPushButton *b = button(tab, name)) {
            b->setText(text);
            b->setProperty("normalToolTip", tip);
            b->setAccessibleDescription(tip);
        }
    };
    const QString edit = m_workspaceWrite ? tr("Edit…") : tr("View…");
    set(m_analytics, "createFromTemplateButton", tr("Create from Defender for Cloud template…"),
        tr("A rule that makes a Sentinel incident from each Microsoft Defender for Cloud alert"));
    set(m_analytics, "editAnalyticsButton", edit, tr("Open the selected rule"));
    set(m_analytics, "toggleAnalyticsButton", tr("Disable"),
        tr("Turn the selected rule on or off"));
    set(m_analytics, "deleteAnalyticsButton", tr("Delete…"), tr("Delete the selected rule"));
    set(m_analytics, "refreshAnalyticsButton", tr("Refresh"), tr("Read the rules again"));
    set(m_automation, "newAutomationButton", tr("New rule…"), tr("Create an automation rule"));
    set(m_automation, "editAutomationButton", edit, tr("Open the selected rule"));
    set(m_automation, "toggleAutomationButton", tr("Disable"),
        tr("Turn the selected rule on or off"));
    set(m_automation, "moveUpButton", tr("Move up"), tr("Run the selected rule earlier"));
    set(m_automation, "moveDownButton", tr("Move down"), tr("Run the selected rule later"));
    set(m_automation, "deleteAutomationButton", tr("Delete…"), tr("Delete the selected rule"));
    set(m_automation, "refreshAutomationButton", tr("Refresh"), tr("Read the rules again"));
    const QString editTuning = m_tuningWrite ? tr("Edit…") : tr("View…");
    set(m_tuning, "newTuningButton", tr("New rule…"), tr("Create an alert tuning rule"));
    set(m_tuning, "editTuningButton", editTuning, tr("Open the selected rule"));
    set(m_tuning, "toggleTuningButton", tr("Disable"), tr("Turn the selected rule on or off"));
    set(m_tuning, "deleteTuningButton", tr("Delete…"), tr("Delete the selected rule"));
    set(m_tuning, "refreshTuningButton", tr("Refresh"), tr("Read the rules again"));
    m_analytics->table()->setAccessibleName(tr("Incident creation rules"));
    m_automation->table()->setAccessibleName(tr("Automation rules in run order"));
    m_tuning->table()->setAccessibleName(tr("Alert tuning rules"));
    m_analytics->setEmptyTexts(tr("Reading the analytics rules…"),
        tr("No incident creation rules: Sentinel makes no incidents from Microsoft security "
           "alerts. “Create from Defender for Cloud template…” adds one."),
        tr("The analytics rules could not be read; the message above says why."));
    m_automation->setEmptyTexts(tr("Reading the automation rules…"),
        tr("No automation rules. “New rule…” adds one, for example to close the incidents of "
           "alert types you do not want."),
        tr("The automation rules could not be read; the message above says why."));
    m_tuning->setEmptyTexts(tr("Reading the alert tuning rules…"),
        tr("No alert tuning rules. “New rule…” adds one to hide or resolve alerts you expect."),
        tr("The alert tuning rules could not be read; the message above says why."));
    for (RuleTab *t : {m_analytics, m_automation, m_tuning})
        t->model()->retranslate();
    updateButtons();
}

void RulesPage::showEvent(QShowEvent *event)
{
    // Others change rules too: coming back to the page reads them again.
    if (m_shownBefore)
        m_service->refresh();
    m_shownBefore = true;
    QWidget::showEvent(event);
}

void RulesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace wf::ui

// Manage pane: builds Graph PATCH bodies from the analyst's choices.
#include "managepane.h"

#include "domain/enums.h"
#include "item/queuemodel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wf::ui::queue {

namespace {
QString wire(AlertDetermination d)
{
    return EnumInfo<AlertDetermination>::names().name(int(d));
}

// Which determinations go with a classification (as the Defender portal offers them).
QList<AlertDetermination> determinationsOf(const QString &classification)
{
    using D = AlertDetermination;
    if (classification == u"truePositive")
        return {D::multiStagedAttack, D::maliciousUserActivity, D::compromisedAccount, D::malware,
            D::phishing, D::unwantedSoftware, D::apt, D::other};
    if (classification == u"informationalExpectedActivity")
        return {D::securityTesting, D::lineOfBusinessApplication, D::confirmedActivity,
            D::securityPersonnel, D::other};
    if (classification == u"falsePositive")
        return {D::notMalicious, D::notEnoughDataToValidate, D::other};
    QList<D> all;
    for (int i = 1; i < int(D::unknownFutureValue); ++i)
        all.append(D(i));
    return all;
}
} // namespace

ManagePane::ManagePane(bool incidents, QWidget *parent)
    : QWidget(parent)
    , m_incidents(incidents)
{
    setObjectName(QStringLiteral("managePane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("manageTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Beside a wide table the pane is narrow: a field goes under its label before it is cut.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);

    auto addRow = [this](QLabel *&label, QWidget *field) {
        label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(QString(), int(Scope::Current));
    m_scope->addItem(QString(), int(Scope::Selected));
    m_scope->addItem(QString(), int(Scope::AllMatching));
    addRow(m_scopeLabel, m_scope);
    connect(m_scope, &QComboBox::activated, this, [this] {
        m_allPinned = scope() == Scope::AllMatching;
        updateApplyText();
    });

    m_assignMe = new QPushButton(this);
    m_assignMe->setObjectName(QStringLiteral("assignToMeButton"));
    connect(
        m_assignMe, &QPushButton::clicked, this, [this] { Q_EMIT assignToMeRequested(scope()); });

    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    addRow(m_assigneeLabel, m_assignee);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->addItem(QString(), QString());
    if (incidents) {
        m_status->addItem(QString(), QStringLiteral("active"));
    } else {
        m_status->addItem(QString(), QStringLiteral("new"));
    }
    m_status->addItem(QString(), QStringLiteral("inProgress"));
    m_status->addItem(QString(), QStringLiteral("resolved"));
    addRow(m_statusLabel, m_status);

    m_classification = new QComboBox(this);
    m_classification->setObjectName(QStringLiteral("classificationCombo"));
    m_classification->addItem(QString(), QString());
    m_classification->addItem(QString(), QStringLiteral("truePositive"));
    m_classification->addItem(QString(), QStringLiteral("informationalExpectedActivity"));
    m_classification->addItem(QString(), QStringLiteral("falsePositive"));
    addRow(m_classificationLabel, m_classification);
    connect(
        m_classification, &QComboBox::currentIndexChanged, this, &ManagePane::fillDeterminations);

    m_determination = new QComboBox(this);
    m_determination->setObjectName(QStringLiteral("determinationCombo"));
    addRow(m_determinationLabel, m_determination);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setClearButtonEnabled(true);
    addRow(m_tagsLabel, m_tags);
    if (!incidents) {
        // Graph's alerts have no custom tags.
        m_tags->hide();
        m_tagsLabel->hide();
    }

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setClearButtonEnabled(true);
    m_comment->setMaxLength(30000);
    addRow(m_commentLabel, m_comment);

    auto *buttons = new QHBoxLayout;
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetManageButton"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    buttons->addWidget(m_assignMe);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_reset, &QPushButton::clicked, this, &ManagePane::resetFields);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const Request r = request();
        if (r.isEmpty() || targetCount() == 0)
            return;
        Q_EMIT applyRequested(r);
        resetFields();
        m_allPinned = false;
    });

    for (QWidget *w : {static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_status),
             static_cast<QWidget *>(m_assignee), static_cast<QWidget *>(m_classification),
             static_cast<QWidget *>(m_determination), static_cast<QWidget *>(m_tags),
             static_cast<QWidget *>(m_comment), static_cast<QWidget *>(m_apply)})
        w->installEventFilter(this);

    for (QComboBox *combo : {m_scope, m_status, m_assignee, m_classification, m_determination}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    retranslateUi();
    fillDeterminations();
}

bool ManagePane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *combo = qobject_cast<QComboBox *>(watched);
        const bool popupOpen = combo && combo->view() && combo->view()->isVisible();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !popupOpen) {
            m_apply->click();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !popupOpen) {
            Q_EMIT leaveRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ManagePane::setCounts(
    int selected, bool hasCurrent, int matching, Scope automatic, bool userAction)
{
    m_selected = selected;
    m_hasCurrent = hasCurrent;
    m_matching = matching;
    if (userAction)
        m_allPinned = false;
    if (!m_allPinned)
        setScope(automatic);
    updateApplyText();
}

void ManagePane::setSingleItem(const QString &title)
{
    m_single = true;
    m_singleTitle = title;
    m_form->setRowVisible(m_scope, false);
    setCounts(0, true, 1, Scope::Current, true);
    retranslateUi();
}

void ManagePane::setAssignees(const QStringList &known, const QString &me)
{
    m_me = me;
    const QString text = m_assignee->currentText();
    m_assignee->blockSignals(true);
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"));
    if (!me.isEmpty())
        m_assignee->addItem(me);
    for (const QString &s : known) {
        if (!s.isEmpty() && s.compare(me, Qt::CaseInsensitive) != 0)
            m_assignee->addItem(s);
    }
    m_assignee->setCurrentIndex(-1);
    m_assignee->setEditText(text);
    m_assignee->blockSignals(false);
}

ManagePane::Scope ManagePane::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void ManagePane::setScope(Scope s)
{
    m_scope->setCurrentIndex(m_scope->findData(int(s)));
    m_allPinned = s == Scope::AllMatching;
    updateApplyText();
}

int ManagePane::targetCount() const
{
    switch (scope()) {
    case Scope::Current:
        return m_hasCurrent ? 1 : 0;
    case Scope::Selected:
        return m_selected;
    case Scope::AllMatching:
        return m_matching;
    }
    return 0;
}

ManagePane::Request ManagePane::request() const
{
    Request r;
    r.scope = scope();
    if (!m_status->currentData().toString().isEmpty())
        r.patch.insert(QStringLiteral("status"), m_status->currentData().toString());
    const QString assignee = m_assignee->currentText().trimmed();
    if (!assignee.isEmpty())
        r.patch.insert(
            QStringLiteral("assignedTo"), assignee == tr("Unassigned") ? QString() : assignee);
    if (!m_classification->currentData().toString().isEmpty())
        r.patch.insert(
            QStringLiteral("classification"), m_classification->currentData().toString());
    if (!m_determination->currentData().toString().isEmpty())
        r.patch.insert(QStringLiteral("determination"), m_determination->currentData().toString());
    if (m_incidents) {
        for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
            const QString tag = t.trimmed();
            if (!tag.isEmpty() && !r.addTags.contains(tag))
                r.addTags.append(tag);
        }
    }
    r.comment = m_comment->text().trimmed();
    return r;
}

void ManagePane::prepareResolve()
{
    m_status->setCurrentIndex(m_status->findData(QStringLiteral("resolved")));
    m_comment->setFocus(Qt::ShortcutFocusReason);
    m_comment->selectAll();
}

void ManagePane::prepareClassify()
{
    m_classification->setFocus(Qt::ShortcutFocusReason);
}

void ManagePane::prepareTags()
{
    if (m_incidents)
        m_tags->setFocus(Qt::ShortcutFocusReason);
}

void ManagePane::prepareComment()
{
    m_comment->setFocus(Qt::ShortcutFocusReason);
}

void ManagePane::resetFields()
{
    m_status->setCurrentIndex(0);
    m_assignee->setCurrentIndex(-1);
    m_assignee->setEditText(QString());
    m_classification->setCurrentIndex(0);
    m_determination->setCurrentIndex(0);
    m_tags->clear();
    m_comment->clear();
}

void ManagePane::fillDeterminations()
{
    const QString chosen = m_determination->currentData().toString();
    m_determination->clear();
    m_determination->addItem(tr("No change"), QString());
    for (AlertDetermination d : determinationsOf(m_classification->currentData().toString()))
        m_determination->addItem(item::determinationText(int(d)), wire(d));
    const int again = m_determination->findData(chosen);
    m_determination->setCurrentIndex(again >= 0 ? again : 0);
}

void ManagePane::updateApplyText()
{
    const int n = targetCount();
    // No "%n" plurals: without a loaded translation they show as "incident(s)".
    if (m_incidents)
        m_apply->setText(n == 1 ? tr("Apply to 1 incident") : tr("Apply to %1 incidents").arg(n));
    else
        m_apply->setText(n == 1 ? tr("Apply to 1 alert") : tr("Apply to %1 alerts").arg(n));
    m_apply->setEnabled(n > 0);
    m_assignMe->setEnabled(n > 0);
    m_scope->setItemText(0, tr("Current row"));
    m_scope->setItemText(1, tr("Selected rows (%1)").arg(m_selected));
    m_scope->setItemText(2, tr("All %1 matching the filter").arg(m_matching));
}

void ManagePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ManagePane::retranslateUi()
{
    m_title->setText(m_single ? m_singleTitle
                     : m_incidents ? tr("Manage incidents") : tr("Manage alerts"));
    m_scopeLabel->setText(tr("A&pply to:"));
    m_statusLabel->setText(tr("&Status:"));
    m_assigneeLabel->setText(tr("Assi&gned to:"));
    m_classificationLabel->setText(tr("C&lassification:"));
    m_determinationLabel->setText(tr("&Determination:"));
    m_tagsLabel->setText(tr("Add &tags:"));
    m_commentLabel->setText(tr("Reason / co&mment:"));
    m_assignMe->setText(tr("Assign to me"));
    m_assignee->lineEdit()->setPlaceholderText(tr("No change"));
    m_tags->setPlaceholderText(tr("Comma-separated; added to each incident"));
    m_comment->setPlaceholderText(tr("Optional; Enter applies"));
    m_reset->setText(tr("Clear"));
    m_status->setItemText(0, tr("No change"));
    if (m_incidents) {
        m_status->setItemText(1, item::incidentStatusText(int(IncidentStatus::active)));
        m_status->setItemText(2, item::incidentStatusText(int(IncidentStatus::inProgress)));
        m_status->setItemText(3, item::incidentStatusText(int(IncidentStatus::resolved)));
    } else {
        m_status->setItemText(1, item::alertStatusText(int(AlertStatus::new_)));
        m_status->setItemText(2, item::alertStatusText(int(AlertStatus::inProgress)));
        m_status->setItemText(3, item::alertStatusText(int(AlertStatus::resolved)));
    }
    m_classification->setItemText(0, tr("No change"));
    m_classification->setItemText(
        1, item::classificationText(int(AlertClassification::truePositive)));
    m_classification->setItemText(
        2, item::classificationText(int(AlertClassification::informationalExpectedActivity)));
    m_classification->setItemText(
        3, item::classificationText(int(AlertClassification::falsePositive)));
    fillDeterminations();
    if (m_assignee->count() > 0)
        m_assignee->setItemText(0, tr("Unassigned"));
    updateApplyText();
}

} // namespace wf::ui::queue

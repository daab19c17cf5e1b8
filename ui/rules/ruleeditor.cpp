// RuleEditor and ExpiryEdit.
#include "ruleeditor.h"

#include "shell/errorbanner.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wf::ui::rules {

// ---- ExpiryEdit

ExpiryEdit::ExpiryEdit(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(new QDateTimeEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_check->setObjectName(QStringLiteral("expiresCheck"));
    m_edit->setObjectName(QStringLiteral("expiryEdit"));
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // Room for the whole date next to the calendar button, enabled or not.
    m_edit->setMinimumWidth(
        m_edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88 88:88"))
        + 4 * m_edit->fontMetrics().averageCharWidth() + 32);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &ExpiryEdit::changed);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &ExpiryEdit::changed);
    setExpiry({});
    retranslate();
}

void ExpiryEdit::setExpiry(const Field<Timestamp> &t)
{
    const QSignalBlocker b1(m_check), b2(m_edit);
    m_check->setChecked(t.hasValue());
    m_edit->setEnabled(t.hasValue());
    const QDateTime when = t.hasValue() ? QDateTime::fromMSecsSinceEpoch(t->toMSecs(), Qt::UTC)
                                        : QDateTime::currentDateTimeUtc().addDays(7);
    m_edit->setDateTime(when);
}

Field<Timestamp> ExpiryEdit::expiry() const
{
    Field<Timestamp> out;
    if (m_check->isChecked())
        out = Timestamp::fromMSecs(m_edit->dateTime().toMSecsSinceEpoch());
    else
        out.setNull();
    return out;
}

void ExpiryEdit::retranslate()
{
    m_check->setText(tr("Expires (UTC)"));
    m_check->setToolTip(tr("The rule stops applying after this time"));
    m_edit->setAccessibleName(tr("Expiry date and time, UTC"));
}

// ---- RuleEditor

RuleEditor::RuleEditor(
    integration::RuleService *service, integration::RuleKind kind, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_kind(kind)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_saving(new QLabel(this))
    , m_error(new ErrorBanner(this))
    , m_footer(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_error->setObjectName(QStringLiteral("editorError"));
    layout->addWidget(m_error);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    layout->addLayout(m_form);
    layout->addStretch(1); // spare height below the form, not inside its rows
    layout->addLayout(m_footer);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_saving->setObjectName(QStringLiteral("savingLabel"));
    m_saving->hide();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_saving);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_save, &QPushButton::clicked, this, &RuleEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_error, &ErrorBanner::retryRequested, this, &RuleEditor::save);

    // The server's answer to our save: closed on success, its sentence on failure.
    connect(service, &integration::RuleService::saved, this,
        [this](integration::RuleKind k, const QString &name) {
            if (k == m_kind && name == m_waitingFor)
                accept();
        });
    connect(service, &integration::RuleService::failed, this,
        [this](integration::RuleKind k, const QString &name, const QString &sentence) {
            if (k != m_kind || name != m_waitingFor || !m_busy)
                return;
            m_busy = false;
            m_saving->hide();
            m_error->showMessage(sentence);
            refresh();
        });
}

void RuleEditor::setWritable(bool writable, const QString &why)
{
    m_writable = writable;
    m_why = why;
    refresh();
}

QString RuleEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->message();
}

void RuleEditor::save()
{
    if (!m_writable || !problem().isEmpty() || !readyToSave() || m_busy)
        return;
    m_error->hide();
    m_busy = true;
    m_saving->show();
    m_waitingFor = submit();
    refresh();
}

void RuleEditor::refresh()
{
    const QString why = problem();
    m_problem->setText(why);
    m_save->setEnabled(m_writable && why.isEmpty() && readyToSave() && !m_busy);
    m_save->setToolTip(m_writable ? QString() : m_why);
}

void RuleEditor::addRow(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
}

void RuleEditor::setRowLabel(QWidget *field, const QString &text)
{
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
        l->setText(text);
}

void RuleEditor::setRowVisible(QWidget *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void RuleEditor::addFooterWidget(QWidget *widget)
{
    m_footer->addWidget(widget);
}

void RuleEditor::retranslateBase()
{
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    m_saving->setText(tr("Saving…"));
    refresh();
}

void RuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace wf::ui::rules

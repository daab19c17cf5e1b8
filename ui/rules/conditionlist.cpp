// ConditionList: a grid of rows, renumbered (object names included) when one goes.
#include "conditionlist.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wf::ui::rules {

ConditionList::ConditionList(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setColumnStretch(2, 1);
    layout->addLayout(m_grid);
    m_empty->setObjectName(QStringLiteral("conditionsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    m_add->setObjectName(QStringLiteral("addConditionButton"));
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch(1);
    layout->addLayout(addLine);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        if (QComboBox *c = propertyCombo(count() - 1))
            c->setFocus();
    });
    layoutRows();
}

void ConditionList::setChoices(const QList<Choice> &properties, const QList<Choice> &operators)
{
    m_properties = properties;
    m_operators = operators;
    for (int i = 0; i < m_rows.size(); ++i)
        retranslateRow(i);
}

void ConditionList::setValueHint(std::function<QString(const QString &)> hint)
{
    m_hint = std::move(hint);
    for (const Widgets &w : std::as_const(m_rows))
        updateHint(w);
}

void ConditionList::setTexts(const QString &addText, const QString &emptyText)
{
    m_add->setText(addText);
    m_empty->setText(emptyText);
}

void ConditionList::fill(QComboBox *combo, const QList<Choice> &choices, const QString &value)
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (const Choice &c : choices)
        combo->addItem(c.label, c.value);
    int at = combo->findData(value);
    if (at < 0 && !value.isEmpty()) {
        // A value this console has no words for: shown (and kept) as the API names it.
        combo->addItem(value, value);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, at));
}

void ConditionList::updateHint(const Widgets &w)
{
    w.values->setPlaceholderText(m_hint ? m_hint(w.property->currentData().toString()) : QString());
}

void ConditionList::retranslateRow(int index)
{
    const Widgets &w = m_rows.at(index);
    fill(w.property, m_properties, w.property->currentData().toString());
    fill(w.op, m_operators, w.op->currentData().toString());
    updateHint(w);
    w.remove->setText(tr("Remove"));
    w.remove->setToolTip(tr("Remove this condition"));
    w.remove->setAccessibleName(tr("Remove condition %1").arg(index + 1));
    w.property->setAccessibleName(tr("Condition %1: property").arg(index + 1));
    w.op->setAccessibleName(tr("Condition %1: operator").arg(index + 1));
    w.values->setAccessibleName(tr("Condition %1: values").arg(index + 1));
}

void ConditionList::setRows(const QList<Row> &rows)
{
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    for (const Row &r : rows)
        addRow(r);
}

QList<ConditionList::Row> ConditionList::rows() const
{
    QList<Row> out;
    for (const Widgets &w : m_rows)
        out.append({w.property->currentData().toString(), w.op->currentData().toString(),
            RuleLabels::splitValues(w.values->text())});
    return out;
}

void ConditionList::addRow(const Row &row)
{
    Widgets w;
    w.property = new QComboBox(this);
    w.property->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    w.op = new QComboBox(this);
    w.values = new QLineEdit(this);
    w.values->setClearButtonEnabled(true);
    w.remove = new QToolButton(this);
    w.remove->setAutoRaise(true);
    m_rows.append(w);
    fill(w.property, m_properties, row.property);
    fill(w.op, m_operators, row.op);
    w.values->setText(RuleLabels::joinValues(row.values));
    updateHint(w);
    connect(w.property, &QComboBox::currentIndexChanged, this, [this, values = w.values] {
        for (const Widgets &x : std::as_const(m_rows)) {
            if (x.values == values)
                updateHint(x);
        }
        Q_EMIT changed();
    });
    connect(w.op, &QComboBox::currentIndexChanged, this, &ConditionList::changed);
    connect(w.values, &QLineEdit::textChanged, this, &ConditionList::changed);
    connect(w.remove, &QToolButton::clicked, this, [this, remove = w.remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).remove == remove) {
                removeRow(i);
                return;
            }
        }
    });
    layoutRows();
    Q_EMIT changed();
}

void ConditionList::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const Widgets w = m_rows.takeAt(index);
    for (QWidget *x : {static_cast<QWidget *>(w.property), static_cast<QWidget *>(w.op),
             static_cast<QWidget *>(w.values), static_cast<QWidget *>(w.remove)}) {
        m_grid->removeWidget(x);
        x->deleteLater();
    }
    layoutRows();
    Q_EMIT changed();
}

void ConditionList::layoutRows()
{
    // Re-placed from the top so that no empty grid rows stay behind, and renamed so that a
    // row's object names follow its place.
    for (int i = 0; i < m_rows.size(); ++i) {
        const Widgets &w = m_rows.at(i);
        const QString n = QString::number(i);
        w.property->setObjectName(QString(u"conditionProperty_" + n));
        w.op->setObjectName(QString(u"conditionOperator_" + n));
        w.values->setObjectName(QString(u"conditionValues_" + n));
        w.remove->setObjectName(QString(u"removeCondition_" + n));
        m_grid->addWidget(w.property, i, 0);
        m_grid->addWidget(w.op, i, 1);
        m_grid->addWidget(w.values, i, 2);
        m_grid->addWidget(w.remove, i, 3);
        retranslateRow(i);
        for (QWidget *x : {static_cast<QWidget *>(w.property), static_cast<QWidget *>(w.op),
                 static_cast<QWidget *>(w.remove)})
            x->setEnabled(!m_readOnly);
        w.values->setReadOnly(m_readOnly);
    }
    m_empty->setVisible(m_rows.isEmpty());
    m_add->setEnabled(!m_readOnly);
}

void ConditionList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    layoutRows();
}

QComboBox *ConditionList::propertyCombo(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).property : nullptr;
}

QComboBox *ConditionList::operatorCombo(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).op : nullptr;
}

QLineEdit *ConditionList::valuesEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).values : nullptr;
}

} // namespace wf::ui::rules

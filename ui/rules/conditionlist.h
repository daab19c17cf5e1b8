// Rows of "property – operator – values" conditions that the automation and alert tuning
// editors share: add and remove rows, values typed in one box separated by semicolons.
#pragma once

#include "rulelabels.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace wf::ui::rules {

class ConditionList : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString property; // wire value
        QString op; // wire value
        QStringList values;
        bool operator==(const Row &) const = default;
    };

    explicit ConditionList(QWidget *parent = nullptr);

    // The choices of the two combo boxes (the first ones are a new row's); kept rows keep
    // their values. Call again after a language change.
    void setChoices(const QList<Choice> &properties, const QList<Choice> &operators);
    // The placeholder of a row's values box, by property (e.g. "High; Medium").
    void setValueHint(std::function<QString(const QString &property)> hint);
    void setTexts(const QString &addText, const QString &emptyText);

    void setRows(const QList<Row> &rows);
    QList<Row> rows() const;
    int count() const { return int(m_rows.size()); }
    void addRow(const Row &row = {});
    void removeRow(int index);
    void setReadOnly(bool readOnly);

    QComboBox *propertyCombo(int index) const;
    QComboBox *operatorCombo(int index) const;
    QLineEdit *valuesEdit(int index) const;
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void changed();

private:
    struct Widgets
    {
        QComboBox *property;
        QComboBox *op;
        QLineEdit *values;
        QToolButton *remove;
    };
    void layoutRows();
    void fill(QComboBox *combo, const QList<Choice> &choices, const QString &value);
    void updateHint(const Widgets &w);
    void retranslateRow(int index);

    QGridLayout *m_grid;
    QLabel *m_empty;
    QPushButton *m_add;
    QList<Widgets> m_rows;
    QList<Choice> m_properties, m_operators;
    std::function<QString(const QString &)> m_hint;
    bool m_readOnly = false;
};

} // namespace wf::ui::rules

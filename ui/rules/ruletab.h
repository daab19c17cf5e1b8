// One tab of the Rules page: the failure banner, a bar of buttons, the rules table and what
// shows instead of it while the list is read, empty or unreadable. The current rule is kept
// by name across the list's refreshes.
#pragma once

#include "integration/ruleservice.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace wf::ui {
class ErrorBanner;
}

namespace wf::ui::rules {

class RulesModel;

class RuleTab : public QWidget
{
    Q_OBJECT
public:
    // `prefix` names the tab's widgets: "<prefix>Table", "<prefix>Banner", "<prefix>Empty".
    RuleTab(integration::RuleService *service, integration::RuleKind kind, const QString &prefix,
        QWidget *parent = nullptr);

    integration::RuleKind kind() const { return m_kind; }
    RulesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }
    QLabel *emptyLabel() const { return m_empty; }
    // A button on the bar: `trailing` ones go to its right end.
    QPushButton *addButton(const QString &objectName, bool trailing = false);

    QString currentName() const { return m_current; }
    bool selectName(const QString &name);
    // What shows instead of the table: while reading, when empty, when the read failed.
    void setEmptyTexts(const QString &loading, const QString &empty, const QString &failed);

Q_SIGNALS:
    void currentChanged(const QString &name);
    void activated(const QString &name); // double-click or Enter
    void deleteRequested(); // the Delete key on the table

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmpty();
    void fitColumns();

    integration::RuleService *m_service;
    integration::RuleKind m_kind;
    RulesModel *m_model;
    ErrorBanner *m_banner;
    QHBoxLayout *m_bar;
    int m_leadingButtons = 0;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QString m_current;
    QString m_loadingText, m_emptyText, m_failedText;
};

} // namespace wf::ui::rules

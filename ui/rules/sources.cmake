# ui/rules: the Rules area (Sentinel incident-creation and automation rules, Defender XDR
# alert tuning rules) and its editors
target_sources(watchfloor_ui PRIVATE
    rules/rulespage.h rules/rulespage.cpp
    rules/ruletab.h rules/ruletab.cpp
    rules/rulesmodel.h rules/rulesmodel.cpp
    rules/rulelabels.h rules/rulelabels.cpp
    rules/conditionlist.h rules/conditionlist.cpp
    rules/ruleeditor.h rules/ruleeditor.cpp
    rules/incidentruleeditor.h rules/incidentruleeditor.cpp
    rules/automationeditor.h rules/automationeditor.cpp
    rules/tuningeditor.h rules/tuningeditor.cpp
)

# ui/incident: the incident page and the tabs of open investigations
target_sources(watchfloor_ui PRIVATE
    incident/incidentpage.h incident/incidentpage.cpp
    incident/investigationarea.h incident/investigationarea.cpp
)

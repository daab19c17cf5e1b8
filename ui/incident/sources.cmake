# ui/incident: the incident page (attack story, alerts, assets), entity pages, and the
# tabs of open investigations
target_sources(watchfloor_ui PRIVATE
    incident/incidentpage.h incident/incidentpage.cpp
    incident/investigationarea.h incident/investigationarea.cpp
    incident/attackstoryview.h incident/attackstoryview.cpp
    incident/storyitems.h incident/storyitems.cpp
    incident/assetstab.h incident/assetstab.cpp
    incident/entitypage.h incident/entitypage.cpp
)

# ui/incident: the Assets tab, entity pages (the graph and the incident page list theirs apart)
target_sources(watchfloor_ui PRIVATE
    incident/assetstab.h incident/assetstab.cpp
    incident/entitypage.h incident/entitypage.cpp
)
